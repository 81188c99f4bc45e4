import type { Actor } from '../kernel';
import { CORRECTABLE_FIELDS } from './correctable-fields';
import type { ProcurementState } from './state';
import { bidsOf, reviewsOf } from './state-queries';
import { at, meta, nth, wild, type Build } from './scenario-steps';
import { CANCELLATION_REASONS, NOTIFICATION_CHANNELS, REVIEW_OUTCOMES } from './vocabulary';

// From the opening to the award notice, and the acts of any stage, for the random lifecycles.

const TIMER: Actor = { userId: 'standstill-timer', role: 'system', unitId: 'system' };
const rankingOf = (state: ProcurementState) => ('ranking' in state && state.ranking ? state.ranking : []);
const winnersOf = (state: ProcurementState) => ('award' in state && state.award ? state.award.winnerBidIds : []);

export const AWARD = {
  qualify: (state, s, now) => {
    const bidId = 'opening' in state && state.opening ? nth(state.opening.bidIds, s.pick) ?? 'b-none' : 'b-none';
    return s.pick % 4 === 0
      ? { type: 'ExcludeSupplier', data: { bidId, ground: 'LOU 13:3' }, metadata: meta(now) }
      : { type: 'QualifySupplier', data: { bidId }, metadata: meta(now) };
  },
  evaluate: (state, s, now) => {
    const qualified = bidsOf(state).filter((bid) => bid.assessment?.verdict === 'qualified' || (wild(s) && bid.assessment));
    const ranking = qualified.map((bid, index) => ({ bidId: bid.bidId, score: 100 - index - (s.pick % 3) }));
    return { type: 'EvaluateBids', data: { ranking }, metadata: meta(now) };
  },
  award: (state, s, now) => {
    const ranked = rankingOf(state).map((entry) => entry.bidId);
    const winnerBidIds = wild(s) ? ['b-none'] : ranked.slice(0, 1 + (s.pick % 2));
    const reasons = s.pick % 5 === 0 ? 'Lägsta pris' : 'Högst kvalitetspoäng för planen för arbetsträning.';
    return { type: 'DecideAward', data: { winnerBidIds, reasons, decidedAt: at(s, now) }, metadata: meta(now) };
  },
  notify: (_state, s, now) => ({
    type: 'SendAwardNotification',
    data: { sentAt: at(s, now), channel: nth(NOTIFICATION_CHANNELS, s.pick)! },
    metadata: meta(now),
  }),
  fileReview: (_state, s, now) => ({
    type: 'FileReviewApplication',
    data: { caseNo: `FR-${s.pick % 2}`, court: 'Förvaltningsrätten i Stockholm', filedAt: at(s, now) },
    metadata: meta(now),
  }),
  courtAct: (state, s, now) => {
    const caseNo = nth(Object.keys(reviewsOf(state)), s.pick) ?? 'FR-9';
    const data = { caseNo, at: at(s, now) };
    const kind = s.pick % 4;
    if (kind === 0) return { type: 'IssueInterimOrder', data, metadata: meta(now) };
    if (kind === 1) return { type: 'LiftInterimOrder', data, metadata: meta(now) };
    const outcome = s.wild < 30 ? nth(REVIEW_OUTCOMES, s.wild)! : 'rejected';
    return { type: 'DecideReview', data: { ...data, outcome }, metadata: meta(now) };
  },
  endStandstill: (_state, _s, now) => ({ type: 'EndStandstill', data: {}, metadata: { actor: TIMER, now } }),
  sign: (state, s, now) => {
    const bidId = wild(s) ? 'b-none' : nth(winnersOf(state), s.pick) ?? 'b-none';
    const data = { contractId: 'contract-1', bidId, signedAt: at(s, now), period: { start: '2026-01-01', end: '2027-12-31' } };
    return { type: 'SignContract', data, metadata: meta(now) };
  },
  notice: (_state, s, now) => ({
    type: 'PublishContractAwardNotice',
    data: { publishedNoticeAt: at(s, now), noticeRef: 'TED-1' },
    metadata: meta(now),
  }),
  correct: (state, s, now) => {
    const types = state.status === 'Absent' ? [] : state.eventTypes;
    const revision = s.pick % (types.length + 1);
    const type = types[revision];
    const field = (type && nth(CORRECTABLE_FIELDS[type], s.which)) ?? 'price';
    const correctedValue = field.endsWith('At') ? at(s, now) : field === 'channel' ? nth(NOTIFICATION_CHANNELS, s.wild)! : 'rättat';
    return { type: 'CorrectRegistration', data: { revision, field, correctedValue, reason: 'Fel registrerat.' }, metadata: meta(now) };
  },
  cancel: (_state, s, now) => ({
    type: 'CancelProcurement',
    data: { reasonCategory: nth(CANCELLATION_REASONS, s.pick)!, justification: wild(s) ? '' : 'För få anbud.', cancelledAt: at(s, now) },
    metadata: meta(now),
  }),
} satisfies Record<string, Build>;
