import { awardCriterion, details, officer, placementCriterion, plusMinutes } from './procurement.fixtures';
import { at, DAY, meta, nth, START, supplierActor, wild, type Build } from './scenario-steps';
import type { ProcurementState } from './state';
import { bidsOf } from './state-queries';

// The tender period's commands for the random lifecycles (not exported from the lib).

const suppliers = ['s1', 's2', 's3'];
const deadlineOf = (state: ProcurementState) => ('tenderDeadline' in state && state.tenderDeadline ? state.tenderDeadline : START);

export const TENDER = {
  initiate: (_state, s, now) => {
    const [procedure, regime] = nth([['open', 'directive'], ['open', 'directive'], ['open', 'national'], ['direct', 'direct']] as const, s.pick)!;
    return { type: 'InitiateProcurement', data: { ...details, procedure, regime }, metadata: meta(now) };
  },
  addCriterion: (_state, s, now) => ({ type: 'AddSocialCriterion', data: s.pick % 2 ? placementCriterion : awardCriterion, metadata: meta(now) }),
  removeCriterion: (_state, s, now) => ({
    type: 'RemoveSocialCriterion',
    data: { criterionId: nth(['crit-award', 'crit-work-training', 'crit-x'], s.pick)! },
    metadata: meta(now),
  }),
  publish: (_state, s, now) => {
    const publishedAt = at(s, now);
    const tenderDeadline = plusMinutes(publishedAt, (wild(s) ? 20 : 35 + (s.pick % 6)) * DAY + 240);
    const data = { publishedAt, tenderDeadline, electronicTenders: s.pick % 3 === 0, otherRegimeMinimumTenderDays: 10 };
    return { type: 'PublishProcurement', data, metadata: meta(now) };
  },
  ask: (_state, s, now) => ({
    type: 'AskClarification',
    data: { questionId: `q${s.pick % 2}`, question: 'Ingår tömning?' },
    metadata: { actor: wild(s) ? officer : supplierActor(nth(suppliers, s.pick)!), now },
  }),
  answer: (_state, s, now) => ({
    type: 'AnswerClarification',
    data: { questionId: `q${s.pick % 3}`, answer: 'Nej.', answeredAt: at(s, now) },
    metadata: meta(now),
  }),
  extend: (state, s, now) => ({
    type: 'ExtendTenderDeadline',
    data: { newDeadline: plusMinutes(deadlineOf(state), (wild(s) ? -1 : 1 + (s.pick % 7)) * DAY), reason: 'Sent svar' },
    metadata: meta(now),
  }),
  bid: (_state, s, now) => {
    const supplierId = nth(suppliers, s.pick)!;
    const data = { bidId: `${supplierId}-${s.pick % 2}`, supplierId, price: { amount: 3_000_000, currency: 'SEK' } };
    return { type: 'ReceiveBid', data, metadata: { actor: supplierActor(supplierId), now } };
  },
  withdraw: (state, s, now) => {
    const bid = nth(bidsOf(state), s.pick);
    const supplierId = bid === undefined || wild(s) ? 's9' : bid.supplierId;
    return { type: 'WithdrawBid', data: { bidId: bid?.bidId ?? 'b-none', supplierId }, metadata: { actor: supplierActor(supplierId), now } };
  },
  open: (_state, s, now) => ({
    type: 'OpenBids',
    data: { openedAt: at(s, now), openers: wild(s) ? ['o1'] : ['o1', 'o2'] },
    metadata: meta(now),
  }),
} satisfies Record<string, Build>;
