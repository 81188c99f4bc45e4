import type { NotificationChannel } from '../calendar';

/**
 * The closed code lists of the procurement stream. They are `as const` arrays so that the contracts and
 * validation layers can reuse them, and `decide` can check values that arrive from outside the type system.
 */
export const PROCEDURES = ['open', 'restricted', 'negotiated', 'simplified', 'direct'] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** `directive`: above the EU thresholds (LOU); `national`: below them (LOU 19 kap.); `direct`: direct award. */
export const REGIMES = ['directive', 'national', 'direct'] as const;
export type Regime = (typeof REGIMES)[number];

/** The instruments of domain.md §2 (LOU 17:1, LOU 4:18, reserved execution, award criterion). */
export const INSTRUMENTS = [
  'specialContractCondition',
  'reservedParticipation',
  'reservedExecution',
  'awardCriterion',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const PLACEMENT_TYPES = ['workTraining', 'internship', 'employment'] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export const REPORTING_SCHEDULES = ['quarterly', 'semiannual', 'annual'] as const;
export type ReportingSchedule = (typeof REPORTING_SCHEDULES)[number];

/** The reason categories a cancellation must name (P10, LOU 12:12). */
export const CANCELLATION_REASONS = [
  'insufficientCompetition',
  'unforeseenEvents',
  'flawedEvaluationModel',
  'priceAboveBudget',
  'courtOrdered',
  'other',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];


export type { NotificationChannel };

/** How the award notification reached the tenderers: P7 runs 10 days after electronic means, 15 otherwise. */
export const NOTIFICATION_CHANNELS = ['electronic', 'other'] as const satisfies readonly NotificationChannel[];

/**
 * A court's decision on a review application (LOU 20:6): `rejected` leaves the award standing; `correction`
 * (rättelse) and `redo` (göras om) both send the procurement back to evaluation here.
 */
export const REVIEW_OUTCOMES = ['rejected', 'correction', 'redo'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface Money {
  readonly amount: number;
  /** ISO 4217, e.g. `SEK`. */
  readonly currency: string;
}

/** True when `value` is one of `list` (for data that may not have passed the type checker, e.g. from JSON). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** True for a string with at least one non-whitespace character. */
export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
