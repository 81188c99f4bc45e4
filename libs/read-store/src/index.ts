/**
 * PostgreSQL access for the read models (architecture §2, §5): their tables and migrations, projection
 * checkpoints, and the queries query-api serves. Every function takes a `Queryable` — a pool for reads,
 * the projector's transaction client for writes — so read-model writes and checkpoints commit together.
 */

/**
 * The tables (`projection_checkpoints`; `procurements_v2`, `procurement_timeline_v2` and
 * `procurement_timeline_state_v2`, which replace the v1 tables; the follow-up's `contracts_v1`,
 * `contract_commitments_v1`, `commitments_v1` and `referrals_v1`; the outcome statistics'
 * `placement_outcome_commitments_v1` and `placement_outcomes_v1`), owner `read-store`.
 */
export { readStoreMigrations } from './read-store.migrations';
/** Every read-model migration set, in order (the apps at start; a rebuild in its scratch schema). */
export { READ_MODEL_MIGRATIONS } from './read-model-migrations';
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

/**
 * Referrals of the matching context (an opaque candidate reference, never an identity), and the referrals
 * of one candidate, which its erasure must reach.
 */
export { findReferral, findReferralIdsByCandidate, loadReferralForUpdate, saveReferral, type StoredReferral } from './referrals';

/** Ended placements for the outcome statistics: each commitment's unit and year, one row per ending, sums. */
export {
  findOutcomeCommitment,
  saveOutcomeCommitment,
  savePlacementOutcome,
  sumPlacementOutcomes,
  type PlacementOutcomeSum,
  type StoredOutcomeCommitment,
  type StoredPlacementOutcome,
} from './placement-outcomes';

/** Empties the read models and resets the checkpoints, for a rebuild from position 0. */
export { resetProjections } from './reset-projections';

/**
 * Commitment compliance (`contract_compliance_v1`, `commitment_compliance_v1`, migration owner
 * `read-store.compliance`): locked loads and guarded saves, the contract's read with its commitments, and
 * the rows the social-criteria coverage is counted from.
 */
export {
  complianceMigrations,
  findContractCompliance,
  listCoverageRows,
  loadCommitmentComplianceForUpdate,
  loadContractComplianceForUpdate,
  saveCommitmentCompliance,
  saveContractCompliance,
  type CoverageRowRecord,
  type StoredCommitmentCompliance,
  type StoredContractCompliance,
} from './compliance';

/**
 * The OCDS read model (`ocds_processes_v1`, `ocds_stream_links_v1`, `ocds_releases_v1`, migration owner
 * `read-store.ocds`): the projector's locked load and guarded save of a process, the stream links, and
 * idempotent release inserts; query-api's release feed (log order, `since` a recorded time) and one process's releases.
 */
export {
  findOcdsReleases,
  findOcdsStreamLink,
  insertOcdsRelease,
  listOcdsReleases,
  loadOcdsProcessForUpdate,
  ocdsMigrations,
  saveOcdsProcess,
  saveOcdsStreamLink,
  type StoredOcdsRelease,
} from './ocds';

/**
 * The notifier's tables (`notifier_inbox`, `notifications`, migration owner `notifications`): the inbox and
 * notification writes of the notifier, its outbox claims, and the inbox query-api serves per reader.
 */
export { notificationMigrations } from './notifications/notification-tables';
export {
  claimUnpublishedNotifications,
  insertNotifications,
  listNotificationsFor,
  markNotificationsPublished,
  recordInboxEntry,
  type InboxEntry,
  type NotificationReader,
  type NotificationRecipient,
  type StoredNotification,
} from './notifications/notification-rows';
