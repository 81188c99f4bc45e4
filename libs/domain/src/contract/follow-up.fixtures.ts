import type { Actor, Instant } from '../kernel';
import { registered, started } from './contract.fixtures';
import type {
  CompleteContract, ContractCompleted, ContractTerminated, Deviation, DeviationRecorded, DeviationRectified, FollowUpMeeting,
  FollowUpMeetingHeld, HoldFollowUpMeeting, ImposePenalty, Penalty, PenaltyImposed, PenaltyWaived, RecordDeviation, RecordRectification,
  RectificationRequested, RequestRectification, TerminateContract, WaivePenalty,
} from './follow-up-messages';

// Test data for the contract follow-up specs (not exported from the lib): the Gotland contract, started on
// 1 June 2026, followed up in the autumn.

export const LATER: Instant = '2026-10-15T10:00:00+02:00';
const owner: Actor = { userId: 'buyer-1', role: 'buyer', unitId: 'unit-waste' };
const meta = (now: Instant = LATER) => ({ actor: owner, now });
/** The contract registered and started: the history every follow-up spec starts from. */
export const running = () => [registered(), started()];

const meeting: FollowUpMeeting = { heldAt: '2026-09-10T13:00:00+02:00', participants: ['buyer', 'supplier', 'labour-market'] };
export const holdMeeting = (data: Partial<FollowUpMeeting> = {}, now: Instant = LATER): HoldFollowUpMeeting => ({
  type: 'HoldFollowUpMeeting', data: { ...meeting, ...data }, metadata: meta(now),
});
export const meetingHeld = (data: Partial<FollowUpMeeting> = {}): FollowUpMeetingHeld => {
  const held = { ...meeting, ...data };
  return { type: 'FollowUpMeetingHeld', data: held, metadata: { occurredAt: held.heldAt, ruleRefs: ['C3', 'T1'] } };
};

const deviation: Deviation = {
  deviationId: 'dev-1',
  observedAt: '2026-10-01T09:00:00+02:00',
  criterionId: 'crit-work-training',
  severity: 'major',
  description: 'Ingen arbetsträningsplats har startat',
};
export const recordDeviation = (data: Partial<Deviation> = {}): RecordDeviation => ({ type: 'RecordDeviation', data: { ...deviation, ...data }, metadata: meta() });
export const deviationRecorded = (data: Partial<Deviation> = {}): DeviationRecorded => {
  const recorded = { ...deviation, ...data };
  return { type: 'DeviationRecorded', data: recorded, metadata: { occurredAt: recorded.observedAt, ruleRefs: ['C3', 'T1'] } };
};

export const requestRectification = (deadline = '2026-11-15', deviationId = 'dev-1', now: Instant = LATER): RequestRectification => ({
  type: 'RequestRectification', data: { deviationId, deadline }, metadata: meta(now),
});
export const rectificationRequested = (deadline = '2026-11-15', deviationId = 'dev-1'): RectificationRequested => ({
  type: 'RectificationRequested', data: { deviationId, deadline }, metadata: { occurredAt: LATER, ruleRefs: ['C3'] },
});

export const recordRectification = (date = '2026-10-14', deviationId = 'dev-1'): RecordRectification => ({
  type: 'RecordRectification', data: { deviationId, date }, metadata: meta(),
});
export const deviationRectified = (date = '2026-10-14', deviationId = 'dev-1'): DeviationRectified => ({
  type: 'DeviationRectified', data: { deviationId, date }, metadata: { occurredAt: '2026-10-13T22:00:00.000Z', ruleRefs: ['C3', 'T1'] },
});

const penalty: Penalty = { penaltyId: 'pen-1', deviationId: 'dev-1', sanction: 'vite-per-saknad-plats', amount: { amount: 25_000, currency: 'SEK' } };
export const imposePenalty = (data: Partial<Penalty> = {}): ImposePenalty => ({ type: 'ImposePenalty', data: { ...penalty, ...data }, metadata: meta() });
export const penaltyImposed = (data: Partial<Penalty> = {}): PenaltyImposed => ({
  type: 'PenaltyImposed',
  data: { ...penalty, ...data, criterionId: 'crit-work-training' },
  metadata: { occurredAt: LATER, ruleRefs: ['C1', 'C2', 'C3'] },
});

const JUSTIFICATION = 'Platsen startade inom rättelsetiden; vitet vore oproportionerligt';
export const waivePenalty = (justification = JUSTIFICATION, penaltyId = 'pen-1'): WaivePenalty => ({
  type: 'WaivePenalty', data: { penaltyId, justification }, metadata: meta(),
});
export const penaltyWaived = (justification = JUSTIFICATION, penaltyId = 'pen-1'): PenaltyWaived => ({
  type: 'PenaltyWaived', data: { penaltyId, justification }, metadata: { occurredAt: LATER, ruleRefs: ['C3'] },
});

export const terminate = (date = '2026-10-15', reason = 'Väsentligt avtalsbrott'): TerminateContract => ({
  type: 'TerminateContract', data: { date, reason }, metadata: meta(),
});
export const terminated = (date = '2026-10-15', reason = 'Väsentligt avtalsbrott'): ContractTerminated => ({
  type: 'ContractTerminated', data: { date, reason }, metadata: { occurredAt: '2026-10-14T22:00:00.000Z', ruleRefs: ['C3', 'T1'] },
});
export const complete = (date = '2026-10-15'): CompleteContract => ({ type: 'CompleteContract', data: { date }, metadata: meta() });
export const completed = (date = '2026-10-15'): ContractCompleted => ({
  type: 'ContractCompleted', data: { date }, metadata: { occurredAt: '2026-10-14T22:00:00.000Z', ruleRefs: ['C3', 'T1'] },
});
