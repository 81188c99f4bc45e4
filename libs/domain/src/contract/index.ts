/** The contract stream (`contract-<id>`): the signed contract and its follow-up, domain.md §3. */
export { contractDecider } from './contract.decider';
export type * from './messages';
export type * from './state';
export { initialContractState, isContractEnded, registrationOf } from './state';
export { CONTRACT_STREAM_CATEGORY, contractStreamId } from './stream';
/** The contract's follow-up: meetings, deviations, rectification, penalties (C1, C2) and its end (C3). */
export * from './follow-up-messages';
export type { ContractFollowUp, DeviationFacts, PenaltyFacts } from './follow-up-state';
export { contractFollowUpOf } from './follow-up-state';
