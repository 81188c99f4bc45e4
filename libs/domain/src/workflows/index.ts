/** Process managers (domain.md §6): pure functions from an event to what must happen next. */
export * from './standstill-timer';
/** The contract workflow: `ContractSigned` → contract, `ContractRegistered`/`ContractStarted` → commitments. */
export { commitmentIdFor, commitmentWorkflow, contractWorkflow } from './contract-workflow';
export type { CommitmentWorkflowCommand } from './contract-workflow';
export type { WorkflowCommand, WorkflowTrigger } from './workflow-command';
