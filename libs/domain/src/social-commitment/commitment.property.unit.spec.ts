import fc from 'fast-check';
import { isDomainError, isInFuture, type Actor, type Instant, type RuleId } from '../kernel';
import { placementCriterion } from '../procurement/procurement.fixtures';
import { commitmentDecider } from './commitment.decider';
import { terms } from './commitment.fixtures';
import { holdsAUnit, isLive, unitsCommitted } from './counts';
import { INTERRUPTION_REASONS, PLACEMENT_OUTCOMES, type CommitmentCommand, type CommitmentEvent } from './messages';
import { slotsOf, type CommitmentState, type SlotStatus } from './state';

const NOW: Instant = '2026-07-01T10:00:00+02:00';
const actor: Actor = { userId: 'u', role: 'system', unitId: 'system' };
const metadata = { actor, now: NOW };

// Small pools, so that the same slot, referral and date come up again and again.
const slotId = fc.constantFrom('slot-1', 'slot-2', 'slot-3');
const referralId = fc.constantFrom('ref-1', 'ref-2', 'ref-3');
const date = fc.constantFrom('2026-06-01', '2026-06-05', '2026-06-20', '2026-07-01', '2026-07-01', '2026-07-02');
/** Before the contract start (S1), in the future (T1), or acceptable. */
const matchedAt = fc.constantFrom('2026-05-31T12:00:00+02:00', '2026-06-05T09:00:00+02:00', '2026-06-05T09:00:00+02:00', '2026-06-20T09:00:00+02:00', '2026-07-01T12:00:00+02:00');
const supplierId = fc.constantFrom('s1', 's1', 's1', 's2');

const command: fc.Arbitrary<CommitmentCommand> = fc.oneof(
  fc.constantFrom('2026-06-01', '2026-06-02').map((contractStartDate): CommitmentCommand => ({ type: 'ActivateCommitment', data: { contractStartDate }, metadata })),
  { arbitrary: fc.record({ slotId, supplierId }).map(({ slotId: id, supplierId: by }): CommitmentCommand => ({
    type: 'OfferSlot',
    data: { slotId: id, supplierId: by, site: 'ÅVC', startWindow: { from: '2026-06-01', to: '2026-09-30' } },
    metadata,
  })), weight: 1 },
  // Only slot-3 is ever withdrawn (slot-9 does not exist), so that the others can run their whole course.
  fc.record({ slotId: fc.constantFrom('slot-3', 'slot-9'), supplierId }).map((data): CommitmentCommand => ({ type: 'WithdrawSlot', data, metadata })),
  { arbitrary: fc.record({ slotId, referralId, matchedAt }).map((data): CommitmentCommand => ({ type: 'MatchSlot', data: { ...data, candidateErased: false }, metadata })), weight: 4 },
  { arbitrary: fc.record({ slotId, date }).map((data): CommitmentCommand => ({ type: 'StartPlacement', data, metadata })), weight: 4 },
  { arbitrary: fc.record({ slotId, date, reasonCode: fc.constantFrom(...INTERRUPTION_REASONS, 'whim' as never) }).map(
    (data): CommitmentCommand => ({ type: 'InterruptPlacement', data, metadata }),
  ), weight: 2 },
  { arbitrary: fc.record({ slotId, date, outcomeCode: fc.constantFrom(...PLACEMENT_OUTCOMES, 'bliss' as never), monthsServed: fc.constantFrom(0, 3, 6, -1) }).map(
    (data): CommitmentCommand => ({ type: 'CompletePlacement', data, metadata }),
  ), weight: 3 },
);

/** Mostly on an active commitment (three in four), so that sequences get far into the slot lifecycle. */
const scenario = fc.record({
  units: fc.integer({ min: 1, max: 3 }),
  active: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
  commands: fc.array(command, { minLength: 5, maxLength: 50, size: 'max' }),
});

const RULES_OF_THIS_DECIDER = new Set<RuleId>(['STATE', 'T1', 'S1', 'S2', 'S3', 'S4', 'S5', 'S8']);
/** The slot moves of domain.md §3; Started → Offered is an interruption with its reopening. */
const SLOT_MOVES = new Set(['Offered→Matched', 'Offered→Withdrawn', 'Matched→Started', 'Started→Completed', 'Started→Offered']);

function checkInvariants(before: CommitmentState, after: CommitmentState, events: readonly CommitmentEvent[]): void {
  const slots = slotsOf(after);
  expect(slots.filter(holdsAUnit).length).toBeLessThanOrEqual(unitsCommitted(after));
  const live = slots.filter(isLive).map((slot) => slot.referralId);
  expect(new Set(live).size).toBe(live.length);
  for (const slot of slots) {
    const was = slotsOf(before).find((earlier) => earlier.slotId === slot.slotId)?.status;
    if (was !== undefined && was !== slot.status) expect(SLOT_MOVES).toContain(`${was}→${slot.status}`);
  }
  for (const event of events) expect(isInFuture(event.metadata.occurredAt, NOW)).toBe(false);
}

describe('commitment decider, random command sequences', () => {
  it('never holds more units than committed nor a referral in two live slots, and refuses only by its rules', () => {
    const refusedWith = new Set<string>();
    const reached = new Set<SlotStatus>();
    fc.assert(
      fc.property(scenario, ({ units, active, commands }) => {
        const opening: CommitmentEvent[] = [
          { type: 'CommitmentEstablished', data: { ...terms, criterion: { ...placementCriterion, unitsRequired: units } }, metadata: { occurredAt: NOW } },
        ];
        if (active) opening.push({ type: 'CommitmentActivated', data: { contractStartDate: '2026-06-01' }, metadata: { occurredAt: NOW } });
        let state = opening.reduce(commitmentDecider.evolve, commitmentDecider.initialState);
        for (const next of commands) {
          let events: readonly CommitmentEvent[];
          try {
            events = commitmentDecider.decide(next, state);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            expect(RULES_OF_THIS_DECIDER).toContain(error.rule);
            refusedWith.add(error.rule);
            continue;
          }
          const after = events.reduce(commitmentDecider.evolve, state);
          checkInvariants(state, after, events);
          // Repeats are quiet: once its effect is in the state, the same command decides nothing.
          if (events.length > 0) expect(commitmentDecider.decide(next, after)).toEqual([]);
          state = after;
          for (const slot of slotsOf(state)) reached.add(slot.status);
        }
      }),
      { numRuns: 500 },
    );
    // The generators must reach every slot stage at rest and every refusal, or the property proves little.
    expect([...reached].sort()).toEqual(['Completed', 'Matched', 'Offered', 'Started', 'Withdrawn']);
    expect([...refusedWith].sort()).toEqual([...RULES_OF_THIS_DECIDER].sort());
  });
});
