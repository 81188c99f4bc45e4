/** The procurement stream (`procurement-<id>`): the tender lifecycle under LOU, domain.md §2. */

/** The decider and its two pure functions. */
export { procurementDecider } from './procurement.decider';
export { decide } from './decide';
export { evolve } from './evolve';

/** Commands, events, the records the state keeps, and the lifecycle state union. */
export type * from './commands';
export type * from './events';
export type * from './records';
export type * from './state';
export { initialProcurementState } from './state';
export { bidsOf, findBid, findCriterion, findReview, isTerminal, nextRevision, reviewsOf } from './state-queries';

/** Social criteria and the P1 completeness check of a placement criterion. */
export type { SocialCriterion } from './social-criterion';
export { isPlacementCriterion, missingPlacementFields } from './social-criterion';

/** P2 day arithmetic in Europe/Stockholm, shared with read models that flag short tender periods. */
export {
  DIRECTIVE_OPEN_ELECTRONIC_MINIMUM_DAYS,
  DIRECTIVE_OPEN_MINIMUM_DAYS,
  minimumTenderDays,
} from './tender-period';

/** P3, P4, P6, P11: thresholds and checks the read side and the notifier share with the decider. */
export { ANSWER_MINIMUM_DAYS_BEFORE_DEADLINE, answerNeedsExtension } from './answer-clarification';
export { MINIMUM_OPENERS } from './open-bids';
export { areConcreteReasons } from './decide-award';
export { AWARD_NOTICE_DUE_DAYS } from './publish-contract-award-notice';

/** P7–P9: the standstill, reviews and interim orders, e.g. for the standstill board. */
export {
  effectiveStandstillLastDay,
  interimOrderInForce,
  isDirectAward,
  isPendingReview,
  isStandstillHolding,
  REVIEW_STANDSTILL_DAYS,
  signingHolds,
  standstillLastDayOf,
} from './standstill';
export type { SigningHold } from './standstill';

/** Which fields of which event a registration correction may name. */
export { CORRECTABLE_FIELDS } from './correctable-fields';

/** The closed code lists (procedures, regimes, instruments, placement types, channels, outcomes, reasons...). */
export {
  CANCELLATION_REASONS,
  INSTRUMENTS,
  NOTIFICATION_CHANNELS,
  PLACEMENT_TYPES,
  PROCEDURES,
  REGIMES,
  REPORTING_SCHEDULES,
  REVIEW_OUTCOMES,
} from './vocabulary';
export type {
  CancellationReason,
  Instrument,
  Money,
  NotificationChannel,
  PlacementType,
  Procedure,
  Regime,
  ReportingSchedule,
  ReviewOutcome,
} from './vocabulary';

/** Stream naming. */
export { PROCUREMENT_STREAM_CATEGORY, procurementStreamId } from './stream';
