import { DomainError } from '../kernel';
import {
  isFilled,
  isOneOf,
  REPORTING_SCHEDULES,
  type Instrument,
  type PlacementType,
  type ReportingSchedule,
} from './vocabulary';

/** A social criterion of a procurement (domain.md §2, "Social criterion fields"). */
export interface SocialCriterion {
  readonly criterionId: string;
  readonly instrument: Instrument;
  /** The UHM criterion id, e.g. `11554` (the employment requirement). */
  readonly uhmCriterionId?: string;
  readonly description?: string;
  /** Present on a placement criterion, which then needs the fields P1 lists. */
  readonly placementType?: PlacementType;
  readonly unitsRequired?: number;
  readonly minMonths?: number;
  readonly firstPlacementDueDays?: number;
  readonly reportingSchedule?: ReportingSchedule;
  readonly sanctions?: readonly string[];
  readonly targetGroupCode?: string;
  readonly matchingUnitId?: string;
}

/** Every field, so that comparison and copying cannot forget one that is added later. */
const FIELDS = [
  'criterionId',
  'instrument',
  'uhmCriterionId',
  'description',
  'placementType',
  'unitsRequired',
  'minMonths',
  'firstPlacementDueDays',
  'reportingSchedule',
  'sanctions',
  'targetGroupCode',
  'matchingUnitId',
] as const satisfies readonly (keyof SocialCriterion)[];

export function isPlacementCriterion(criterion: SocialCriterion): boolean {
  return criterion.placementType !== undefined;
}

/** The P1 fields a placement criterion lacks; empty for a complete one and for any non-placement criterion. */
export function missingPlacementFields(criterion: SocialCriterion): string[] {
  if (!isPlacementCriterion(criterion)) return [];
  const { unitsRequired, sanctions } = criterion;
  const missing: string[] = [];
  if (!isFilled(criterion.targetGroupCode)) missing.push('targetGroupCode');
  // Placements are counted, so a fractional number of units is as meaningless as zero.
  if (typeof unitsRequired !== 'number' || !Number.isInteger(unitsRequired) || unitsRequired <= 0) {
    missing.push('unitsRequired (a whole number > 0)');
  }
  if (!isOneOf(REPORTING_SCHEDULES, criterion.reportingSchedule)) missing.push('reportingSchedule');
  if (!Array.isArray(sanctions) || sanctions.length === 0 || !sanctions.every(isFilled)) {
    missing.push('sanctions (at least one, none blank)');
  }
  if (!isFilled(criterion.matchingUnitId)) missing.push('matchingUnitId');
  return missing;
}

/** P1 for one criterion: throws when a placement criterion is incomplete. */
export function assertPlacementCriterionComplete(criterion: SocialCriterion): void {
  const missing = missingPlacementFields(criterion);
  if (missing.length > 0) {
    throw new DomainError(
      'P1',
      `Placement criterion '${criterion.criterionId}' (${String(criterion.placementType)}) lacks: ${missing.join(', ')}.`,
    );
  }
}

/** True when both describe the same criterion, field by field (an absent field equals `undefined`). */
export function sameCriterion(a: SocialCriterion, b: SocialCriterion): boolean {
  return FIELDS.every((field) => {
    const x = a[field];
    const y = b[field];
    if (Array.isArray(x) && Array.isArray(y)) {
      return x.length === y.length && x.every((item, index) => item === y[index]);
    }
    return x === y;
  });
}

/** A plain copy holding only the known fields that are set: event data stays plain JSON. */
export function criterionData(criterion: SocialCriterion): SocialCriterion {
  const copy: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = criterion[field];
    if (value !== undefined) copy[field] = Array.isArray(value) ? [...value] : value;
  }
  return copy as unknown as SocialCriterion;
}
