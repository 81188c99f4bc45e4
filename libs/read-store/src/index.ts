/**
 * PostgreSQL access for the read models (architecture §2, §5): their tables and migrations, projection
 * checkpoints, and the queries query-api serves. Every function takes a `Queryable` — a pool for reads,
 * the projector's transaction client for writes — so read-model writes and checkpoints commit together.
 */

/**
 * The tables (`projection_checkpoints`; `procurements_v2`, `procurement_timeline_v2` and
 * `procurement_timeline_state_v2`, which replace the v1 tables; the follow-up's `contracts_v1`,
 * `contract_commitments_v1`, `commitments_v1` and `referrals_v1`), owner `read-store`.
 */
export { readStoreMigrations } from './read-store.migrations';
/** Runs those migrations at module init. */
export { ReadStoreModule } from './read-store.module';
export type { Queryable } from './queryable';

/** Checkpoints: read one, lock it for the transaction, advance it (forward only). */
export { advanceCheckpoint, lockCheckpoint, readCheckpoint } from './projection-checkpoints';

/**
 * Procurement documents: the projector's locked load and guarded save; query-api's single read and the
 * standstill board (the documents in standstill, by last day).
 */
export {
  findProcurement,
  listProcurementsInStandstill,
  loadProcurementForUpdate,
  saveProcurement,
  type StoredProcurement,
} from './procurement-documents';

/** The procurement list with its filters and paging. */
export {
  listProcurements,
  MAX_PAGE_SIZE,
  type Page,
  type ProcurementListFilter,
  type ProcurementListRow,
} from './procurement-list';

/**
 * The audit timeline of a procurement: idempotent insert, a flag added to an earlier entry, reads in stream
 * order, and the timeline projection's per-procurement state.
 */
export {
  addTimelineFlag,
  insertTimelineEntry,
  loadTimelineStateForUpdate,
  readTimeline,
  saveTimelineState,
} from './procurement-timeline';

/**
 * Contracts: the projector's locked loads and guarded saves of a contract and of its entry per commitment
 * (which also maps a commitment to its contract); query-api's read of a contract with its commitments.
 */
export {
  findContract,
  loadContractCommitmentForUpdate,
  loadContractForUpdate,
  saveContract,
  saveContractCommitment,
  type StoredContract,
  type StoredContractCommitment,
} from './contracts';

/** Commitments with their funnel columns, and the placement KPIs summed from them per unit and year. */
export {
  findCommitment,
  loadCommitmentForUpdate,
  saveCommitment,
  sumPlacementFunnels,
  type FunnelCounts,
  type PlacementKpiRow,
  type StoredCommitment,
} from './commitments';

/** Referrals of the matching context (an opaque candidate reference, never an identity). */
export { findReferral, loadReferralForUpdate, saveReferral, type StoredReferral } from './referrals';
