import type { Actor, CommandMetadata, Instant } from '../kernel';
import type {
  AddSocialCriterion,
  CancelProcurement,
  CancelProcurementData,
  InitiateProcurement,
  ProcurementDetails,
  PublishProcurement,
  PublishProcurementData,
} from './commands';
import type {
  ProcurementCancelled,
  ProcurementInitiated,
  ProcurementPublished,
  Publication,
  SocialCriterionAdded,
} from './events';
import type { SocialCriterion } from './social-criterion';

// Test data for the procurement specs (not exported from the lib): the Gotland recycling-station story.

export const NOW: Instant = '2026-03-02T09:00:00+01:00';
export const officer: Actor = { userId: 'officer-1', role: 'procurement-officer', unitId: 'unit-procurement' };
export const meta = (now: Instant = NOW): CommandMetadata => ({ actor: officer, now });

export const details: ProcurementDetails = {
  procurementId: 'gotland-2026-01',
  title: 'Städning av återvinningscentraler',
  buyerUnitId: 'unit-waste',
  procedure: 'open',
  regime: 'directive',
  estimatedValue: { amount: 4_000_000, currency: 'SEK' },
  cpv: '90910000-9',
};

export const initiate = (data: Partial<ProcurementDetails> = {}, now: Instant = NOW): InitiateProcurement => ({
  type: 'InitiateProcurement',
  data: { ...details, ...data },
  metadata: meta(now),
});

export const initiated = (data: Partial<ProcurementDetails> = {}, at: Instant = NOW): ProcurementInitiated => ({
  type: 'ProcurementInitiated',
  data: { ...details, ...data },
  metadata: { occurredAt: at },
});

export const placementCriterion: SocialCriterion = {
  criterionId: 'crit-work-training',
  instrument: 'specialContractCondition',
  uhmCriterionId: '11554',
  description: 'Tre arbetsträningsplatser för personer långt från arbetsmarknaden',
  placementType: 'workTraining',
  unitsRequired: 3,
  minMonths: 6,
  firstPlacementDueDays: 180,
  reportingSchedule: 'quarterly',
  sanctions: ['vite-per-saknad-plats'],
  targetGroupCode: 'far-from-labour-market',
  matchingUnitId: 'unit-arbetsliv-och-etablering',
};

export const awardCriterion: SocialCriterion = {
  criterionId: 'crit-award',
  instrument: 'awardCriterion',
  description: 'Plan för social hänsyn',
};

export const addCriterion = (data: SocialCriterion = placementCriterion, now: Instant = NOW): AddSocialCriterion => ({
  type: 'AddSocialCriterion',
  data,
  metadata: meta(now),
});

export const criterionAdded = (data: SocialCriterion = placementCriterion, at: Instant = NOW): SocialCriterionAdded => ({
  type: 'SocialCriterionAdded',
  data,
  metadata: data.placementType === undefined ? { occurredAt: at } : { occurredAt: at, ruleRefs: ['P1'] },
});

/** Published an hour before NOW; tender deadline 40 Stockholm days later (across the March DST change). */
export const publication: PublishProcurementData = {
  publishedAt: '2026-03-02T08:00:00+01:00',
  tenderDeadline: '2026-04-11T12:00:00+02:00',
  electronicTenders: false,
  noticeRef: 'TED-2026-123456',
  otherRegimeMinimumTenderDays: 10,
};

export const publish = (data: Partial<PublishProcurementData> = {}, now: Instant = NOW): PublishProcurement => ({
  type: 'PublishProcurement',
  data: { ...publication, ...data },
  metadata: meta(now),
});

export const published = (data: Partial<Publication> = {}, ruleRefs = ['P1', 'P2', 'T1']): ProcurementPublished => {
  const { otherRegimeMinimumTenderDays: _configOnly, ...recorded } = publication;
  const event = { ...recorded, minimumTenderDays: 35, ...data };
  return { type: 'ProcurementPublished', data: event, metadata: { occurredAt: event.publishedAt, ruleRefs } };
};

export const cancellation: CancelProcurementData = {
  reasonCategory: 'insufficientCompetition',
  justification: 'Only one tender was expected; the market dialogue showed no interest.',
  cancelledAt: '2026-03-02T08:30:00+01:00',
};

export const cancel = (data: Partial<CancelProcurementData> = {}, now: Instant = NOW): CancelProcurement => ({
  type: 'CancelProcurement',
  data: { ...cancellation, ...data },
  metadata: meta(now),
});

export const cancelled = (data: Partial<CancelProcurementData> = {}): ProcurementCancelled => {
  const event = { ...cancellation, ...data };
  return { type: 'ProcurementCancelled', data: event, metadata: { occurredAt: event.cancelledAt, ruleRefs: ['P10', 'T1'] } };
};

/** An instant `minutes` after `instant`, written in UTC. */
export const plusMinutes = (instant: Instant, minutes: number): Instant =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();
