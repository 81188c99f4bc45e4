/** The procurement stream (`procurement-<id>`): the tender lifecycle under LOU, domain.md §2. */

/** The decider and its two pure functions. */
export { procurementDecider } from './procurement.decider';
export { decide } from './decide';
export { evolve } from './evolve';

/** Commands, events and the lifecycle state union. */
export type * from './commands';
export type * from './events';
export type * from './state';
export { initialProcurementState, isTerminal, findCriterion } from './state';

/** Social criteria and the P1 completeness check of a placement criterion. */
export type { SocialCriterion } from './social-criterion';
export { isPlacementCriterion, missingPlacementFields } from './social-criterion';

/** P2 day arithmetic in Europe/Stockholm, shared with read models that flag short tender periods. */
export {
  DIRECTIVE_OPEN_ELECTRONIC_MINIMUM_DAYS,
  DIRECTIVE_OPEN_MINIMUM_DAYS,
  minimumTenderDays,
  stockholmCalendarDaysBetween,
  stockholmDate,
} from './tender-period';

/** The closed code lists (procedures, regimes, instruments, placement types, reasons...). */
export {
  CANCELLATION_REASONS,
  INSTRUMENTS,
  PLACEMENT_TYPES,
  PROCEDURES,
  REGIMES,
  REPORTING_SCHEDULES,
} from './vocabulary';
export type {
  CancellationReason,
  Instrument,
  Money,
  PlacementType,
  Procedure,
  Regime,
  ReportingSchedule,
} from './vocabulary';

/** Stream naming. */
export { PROCUREMENT_STREAM_CATEGORY, procurementStreamId } from './stream';
