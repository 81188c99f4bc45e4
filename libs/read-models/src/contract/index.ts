/** The contract detail (domain.md §3, §4): the contract stream plus the commitments established for it. */
export {
  COMMITMENT_STATUSES,
  CONTRACT_STATUSES,
  type CommitmentStatus,
  type ContractCommitment,
  type ContractDetail,
  type ContractDocument,
  type ContractStatus,
} from './contract-document';
export { commitmentIdOf, contractIdOf, projectContract, projectContractCommitment } from './project-contract';
