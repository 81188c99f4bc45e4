/**
 * The closed code lists public messages use. They repeat the domain's lists on purpose: contracts import
 * nothing, and a change here is a change of the public contract (the gateway's tests check that every
 * domain value fits).
 */
export const PROCEDURES = ['open', 'restricted', 'negotiated', 'simplified', 'direct'] as const;
export const REGIMES = ['directive', 'national', 'direct'] as const;
export const INSTRUMENTS = ['specialContractCondition', 'reservedParticipation', 'reservedExecution', 'awardCriterion'] as const;
export const PLACEMENT_TYPES = ['workTraining', 'internship', 'employment'] as const;
export const REPORTING_SCHEDULES = ['quarterly', 'semiannual', 'annual'] as const;
export const CANCELLATION_REASONS = [
  'insufficientCompetition', 'unforeseenEvents', 'flawedEvaluationModel', 'priceAboveBudget', 'courtOrdered', 'other',
] as const;
export const NOTIFICATION_CHANNELS = ['electronic', 'other'] as const;
export const REVIEW_OUTCOMES = ['rejected', 'correction', 'redo'] as const;

export type Procedure = (typeof PROCEDURES)[number];
export type Regime = (typeof REGIMES)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type PlacementType = (typeof PLACEMENT_TYPES)[number];
export type ReportingSchedule = (typeof REPORTING_SCHEDULES)[number];
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
