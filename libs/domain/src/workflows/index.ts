/** Process managers (domain.md §6): pure functions from an event to what must happen next. */
export * from './standstill-timer';
/** The contract workflow: `ContractSigned` → contract, `ContractRegistered`/`ContractStarted` → commitments. */
export { commitmentIdFor, commitmentWorkflow, contractWorkflow } from './contract-workflow';
export type { CommitmentWorkflowCommand } from './contract-workflow';
export type { WorkflowCommand, WorkflowTrigger } from './workflow-command';
/** The follow-up timers: `CommitmentActivated` → report, first-placement (S6) and period-end timers, and what each sends. */
export * from './follow-up-timers';
