import fc from 'fast-check';
import { standstillLastDay, stockholmDateOf } from '../calendar';
import { instantMs, isDomainError, isInFuture, RULES, type RuleId } from '../kernel';
import type { ProcurementCommand } from './commands';
import type { ProcurementEvent } from './events';
import { procurementDecider } from './procurement.decider';
import { commandFor, START, step } from './procurement.scenarios';
import { plusMinutes } from './procurement.fixtures';
import { isDirectAward, signingHolds } from './standstill';
import type { ProcurementState, ProcurementStatus } from './state';
import { bidsOf } from './state-queries';

const FORWARD: Record<ProcurementStatus, readonly ProcurementStatus[]> = {
  Absent: ['Planning'],
  Planning: ['Published', 'Cancelled'],
  Published: ['BidsOpened', 'Cancelled'],
  BidsOpened: ['Evaluating', 'Cancelled'],
  Evaluating: ['AwardDecided', 'Cancelled'],
  // A court's correction sends an award back to Evaluating; a review filed within the standstill but
  // registered after it ended puts ReadyToContract back in Standstill.
  AwardDecided: ['Standstill', 'ReadyToContract', 'Concluded', 'Evaluating', 'Cancelled'],
  Standstill: ['ReadyToContract', 'Concluded', 'Evaluating', 'Cancelled'],
  ReadyToContract: ['Standstill', 'Concluded', 'Evaluating', 'Cancelled'],
  Concluded: [],
  Cancelled: [],
};

/** The award always rests on an opening and an evaluation of exactly the qualified bids (P6). */
function checkAward(state: ProcurementState): void {
  if (!('award' in state) || state.award === undefined) return;
  expect(state.opening).toBeDefined();
  const ranked = state.ranking!.map((entry) => entry.bidId);
  const qualified = bidsOf(state).filter((bid) => bid.assessment?.verdict === 'qualified').map((bid) => bid.bidId);
  expect([...ranked].sort()).toEqual([...qualified].sort());
  for (const winner of state.award.winnerBidIds) expect(ranked).toContain(winner);
}

/** P4: bids within the deadline, opened after it by two openers. */
function checkTender(state: ProcurementState): void {
  if (state.status === 'Absent' || state.status === 'Planning' || state.tenderDeadline === undefined) return;
  for (const bid of bidsOf(state)) expect(instantMs(bid.receivedAt)).toBeLessThanOrEqual(instantMs(state.tenderDeadline));
  const opening = 'opening' in state ? state.opening : undefined;
  if (opening === undefined) return;
  expect(instantMs(opening.openedAt)).toBeGreaterThan(instantMs(state.tenderDeadline));
  expect(new Set(opening.openers).size).toBeGreaterThanOrEqual(2);
}

/** P7: a running standstill is never shorter than its notification's. */
function checkStandstill(state: ProcurementState): void {
  if (state.status !== 'Standstill') return;
  expect(state.standstillLastDay >= standstillLastDay(state.notification.sentAt, state.notification.channel)).toBe(true);
}

function checkStep(before: ProcurementState, after: ProcurementState, command: ProcurementCommand, events: readonly ProcurementEvent[]): void {
  if (before.status !== after.status) expect(FORWARD[before.status]).toContain(after.status);
  if (before.status === 'Cancelled') {
    expect(events).toEqual([]);
    expect(after).toBe(before);
  }
  if (before.status === 'Concluded') {
    for (const event of events) expect(event.type).toBe('ContractAwardNoticePublished');
    const { awardNotice: _notice, eventTypes: _types, ...facts } = after as typeof before;
    expect(facts).toEqual((({ awardNotice: _n, eventTypes: _t, ...rest }) => rest)(before));
  }
  for (const event of events) {
    expect(isInFuture(event.metadata.occurredAt, command.metadata.now)).toBe(false);
    for (const rule of event.metadata.ruleRefs ?? []) expect(Object.keys(RULES)).toContain(rule);
    if (event.type === 'ContractSigned') {
      // P9: never signed inside the standstill, with an undecided review filed during it, or an interim order.
      expect(signingHolds(before, stockholmDateOf(event.data.signedAt))).toEqual([]);
      if (before.status !== 'Absent' && !isDirectAward(before)) expect('notification' in before).toBe(true);
    }
  }
  checkAward(after);
  checkTender(after);
  checkStandstill(after);
}

describe('procurement decider, random lifecycles', () => {
  it('never breaks an invariant, refuses only with its rules, and reaches every stage', () => {
    const reached = new Set<ProcurementStatus>();
    const refusedWith = new Set<RuleId>();

    fc.assert(
      fc.property(fc.array(step, { minLength: 30, maxLength: 80, size: 'max' }), (steps) => {
        let state = procurementDecider.initialState;
        let now = START;
        for (const s of steps) {
          now = plusMinutes(now, s.advance);
          const command = commandFor(state, s, now);
          let events: readonly ProcurementEvent[];
          try {
            events = procurementDecider.decide(command, state);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            expect(Object.keys(RULES)).toContain(error.rule);
            if (state.status === 'Cancelled') expect(error.rule).toBe('P10');
            refusedWith.add(error.rule);
            continue;
          }
          const next = events.reduce(procurementDecider.evolve, state);
          checkStep(state, next, command, events);
          // Repeats are quiet: once its effect is in the state, the same command decides nothing.
          if (events.length > 0) expect(procurementDecider.decide(command, next)).toEqual([]);
          state = next;
          reached.add(state.status);
        }
      }),
      { numRuns: 400 },
    );

    // The generators must reach every stage and the refusals of each rule, or the property proves little.
    expect([...reached].sort()).toEqual(
      ['AwardDecided', 'BidsOpened', 'Cancelled', 'Concluded', 'Evaluating', 'Planning', 'Published', 'ReadyToContract', 'Standstill'],
    );
    for (const rule of ['STATE', 'T1', 'P4', 'P6', 'P7', 'P8', 'P9', 'P10'] as const) expect(refusedWith).toContain(rule);
  });
});
