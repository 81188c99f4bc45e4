/** The contract stream (`contract-<id>`): the signed contract and its follow-up, domain.md §3. */
export { contractDecider } from './contract.decider';
export type * from './messages';
export type * from './state';
export { initialContractState, isContractEnded, registrationOf } from './state';
export { CONTRACT_STREAM_CATEGORY, contractStreamId } from './stream';
