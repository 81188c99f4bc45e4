/**
 * Read models (architecture §2, §5): pure projections from stored events to the documents the query side
 * serves. No framework and no I/O; the projector stores what these functions return.
 */

/** The stored event as projections read it (structurally a subset of the event store's `RecordedEvent`). */
export type { ProjectedEvent } from './projected-event';

/**
 * The procurement: `projectProcurement(document, event)` folds events into the list / detail document;
 * `timelineStep(state, event)` gives an audit timeline entry with its flags and the state the next
 * entries need (`projectTimeline` folds both in memory). Both are idempotent by revision.
 */
export * from './procurement';

/** The standstill board: `toStandstillBoardItem(document)` for procurements in standstill. */
export * from './standstill-board';

/**
 * The contract detail: `projectContract(document, event)` folds a contract stream, and
 * `projectContractCommitment(entry, event)` the commitment streams into the contract's list of commitments.
 */
export * from './contract';

/**
 * The commitment detail: `projectCommitment(document, event)` folds a commitment stream into its terms,
 * slots and placement funnel (`placementFunnel` documents each stage).
 */
export * from './commitment';

/**
 * The referral of the matching context: `projectReferral(document, event)` folds the referral stream and
 * the placement events that name it (`referralIdFor` tells which referral an event bears on).
 */
export * from './referral';

/**
 * The outcome statistics: `placementOutcomeOf(commitment, event)` gives the row an ended placement adds;
 * `outcomeStatistics(groups, {exact})` shapes the sums per unit and year, small cells suppressed unless exact.
 */
export * from './placement-outcomes';

/** The id in a `<category>-<id>` stream id. */
export { idInStream } from './stream-id';
/**
 * Commitment compliance: `projectContractCompliance` and `projectCommitmentCompliance` fold the facts,
 * `contractComplianceView` shows them against their due dates; `socialCriteriaCoverage` sums coverage.
 */
export * from './compliance';

/**
 * OCDS 1.1 (open data): `projectOcds(process, event, ocidPrefix)` folds the procurement, contract and
 * commitment streams of one contracting process and gives a release per meaningful event (tags of
 * domain-research §4.6, sustainability and metrics extensions, nothing sealed under P5 before
 * disclosure, no candidate data); `OcdsLogFold` does it over a whole log in memory; `releasePackage` and
 * `recordPackage` wrap releases for publication.
 */
export * from './ocds';
