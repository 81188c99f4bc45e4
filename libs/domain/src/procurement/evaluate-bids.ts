import { DomainError } from '../kernel';
import type { EvaluateBids } from './award-commands';
import type { BidsEvaluated } from './award-events';
import { requireStatus, sameList } from './guards';
import type { RankEntry } from './records';
import type { BidsOpenedProcurement, EvaluatingProcurement, ProcurementState } from './state';
import { findBid } from './state-queries';

const sameEntry = (a: RankEntry, b: RankEntry) => a.bidId === b.bidId && a.score === b.score;

/** P6: every opened bid is qualified or excluded, and the ranking covers exactly the qualified ones. */
function assertRankable(state: BidsOpenedProcurement | EvaluatingProcurement, ranking: readonly RankEntry[]): void {
  const opened = state.opening.bidIds.map((bidId) => findBid(state, bidId)!);
  const unassessed = opened.filter((bid) => bid.assessment === undefined).map((bid) => bid.bidId);
  if (unassessed.length > 0) {
    throw new DomainError('P6', `Every opened bid must be qualified or excluded first; not yet: ${unassessed.join(', ')}.`);
  }
  const qualified = opened.filter((bid) => bid.assessment?.verdict === 'qualified').map((bid) => bid.bidId);
  const ranked = ranking.map((entry) => entry.bidId);
  const extra = ranked.filter((bidId) => !qualified.includes(bidId));
  const missing = qualified.filter((bidId) => !ranked.includes(bidId));
  if (extra.length > 0 || missing.length > 0 || new Set(ranked).size !== ranked.length) {
    throw new DomainError(
      'P6',
      `The ranking must list each qualified bid once (${qualified.join(', ') || 'none'}); ` +
        `not qualified: ${extra.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}.`,
    );
  }
  const unscored = ranking.filter((entry) => typeof entry.score !== 'number' || !Number.isFinite(entry.score));
  if (unscored.length > 0) {
    throw new DomainError('P6', `Every ranked bid needs a finite score: ${unscored.map((e) => e.bidId).join(', ')}.`);
  }
}

/**
 * Records the evaluation. It is decided once, except that a court's correction (P8) reopens it: the
 * procurement is then back in Evaluating with `reopenedBy` set, and one new ranking may replace the old.
 */
export function evaluateBids(command: EvaluateBids, state: ProcurementState): BidsEvaluated[] {
  const { ranking } = command.data;
  const recorded = 'ranking' in state ? state.ranking : undefined;
  if (recorded !== undefined && sameList(recorded, ranking, sameEntry)) return [];
  requireStatus(state, command, ['BidsOpened', 'Evaluating']);
  if (state.status === 'Evaluating' && state.reopenedBy === undefined) {
    throw new DomainError('STATE', 'The bids were already evaluated with another ranking.');
  }
  assertRankable(state, ranking);
  const copy = ranking.map(({ bidId, score }) => ({ bidId, score }));
  return [{ type: 'BidsEvaluated', data: { ranking: copy }, metadata: { occurredAt: command.metadata.now, ruleRefs: ['P6'] } }];
}

export function evolveBidsEvaluated(state: ProcurementState, event: BidsEvaluated): ProcurementState {
  const { ranking } = event.data;
  if (state.status === 'BidsOpened') return { ...state, status: 'Evaluating', ranking, reviews: {} };
  if (state.status !== 'Evaluating') return state;
  const { reopenedBy: _used, ...rest } = state;
  return { ...rest, ranking };
}
