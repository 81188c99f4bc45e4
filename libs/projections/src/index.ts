/**
 * The read-model projections that write PostgreSQL (architecture §5): each projection's `apply`, the
 * transaction that applies an event with its checkpoint, and the blue/green rebuild and diff of
 * `audit-cli` (decision 009). The projector runs them live; the workflows, which are no read models, stay
 * in the projector.
 */
export { PROJECTIONS, type Projection, type ReadModelProjection } from './projection';
export { applyBatchInTransaction, applyInTransaction, EventApplyFailure, type ApplyOutcome } from './apply-in-transaction';
/** Every read model, each with the tables it alone writes. */
export { READ_MODEL_PROJECTIONS } from './read-model-projections';
export { commitmentsProjection } from './commitments.projection';
export { complianceProjection } from './compliance.projection';
export { contractsProjection } from './contracts.projection';
export { ocdsProjection } from './ocds.projection';
export { placementOutcomesProjection } from './placement-outcomes.projection';
export { procurementTimelineProjection } from './procurement-timeline.projection';
export { procurementsProjection } from './procurements.projection';
export { referralsProjection } from './referrals.projection';
/** Build a new version from position 0 beside the live one and swap it in; or build it and compare. */
export { rebuildReadModels, type BuildTarget, type RebuildReport } from './rebuild/rebuild';
export { diffReadModels, type DiffReport, type ProjectionDifference } from './rebuild/diff';
export type { TableDifference } from './rebuild/compare-tables';
export { buildsMigrations } from './rebuild/builds.migrations';
