import { COUNT, ID, TEXT, codes } from '../json-schema';
import { INSTRUMENTS, PLACEMENT_TYPES, REPORTING_SCHEDULES, type Instrument, type PlacementType, type ReportingSchedule } from '../vocabulary';

/** A social criterion as published in the procurement documents (public). */
export interface SocialCriterionV1 {
  readonly criterionId: string;
  readonly instrument: Instrument;
  readonly uhmCriterionId?: string;
  readonly description?: string;
  /** Present on a placement criterion (work training, internship, employment). */
  readonly placementType?: PlacementType;
  readonly unitsRequired?: number;
  readonly minMonths?: number;
  readonly firstPlacementDueDays?: number;
  readonly reportingSchedule?: ReportingSchedule;
  readonly sanctions?: readonly string[];
  /** The target group's code (a category, never a person). */
  readonly targetGroupCode?: string;
  /** The labour-market unit that matches candidates to the placements. */
  readonly matchingUnitId?: string;
}

export const SOCIAL_CRITERION_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['criterionId', 'instrument'],
  properties: {
    criterionId: ID,
    instrument: codes(INSTRUMENTS),
    uhmCriterionId: TEXT,
    description: { type: 'string' },
    placementType: codes(PLACEMENT_TYPES),
    unitsRequired: COUNT,
    minMonths: COUNT,
    firstPlacementDueDays: COUNT,
    reportingSchedule: codes(REPORTING_SCHEDULES),
    sanctions: { type: 'array', items: TEXT },
    targetGroupCode: TEXT,
    matchingUnitId: ID,
  },
} as const;
