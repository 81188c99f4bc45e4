import { DomainError, type Command, type Decider, type DomainEvent } from '@kravspar/domain/kernel';
import { SteppingClock } from '@kravspar/testing';
import { WrongExpectedRevisionError } from '../errors';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { handleCommand } from './handle-command';

// A small decider keeps these tests about the write path, not about procurement rules.
type Add = Command<'Add', { amount: number }>;
type Added = DomainEvent<'Added', { amount: number }>;
const counter: Decider<Add, Added, number> = {
  initialState: 0,
  evolve: (total, event) => total + event.data.amount,
  isTerminal: () => false,
  decide: (command, total) => {
    if (command.data.amount < 0) throw new DomainError('STATE', 'amounts are positive');
    if (command.data.amount === 0) return [];
    if (total + command.data.amount > 10) throw new DomainError('P1', 'at most 10');
    return [{ type: 'Added', data: { amount: command.data.amount }, metadata: { occurredAt: command.metadata.now, ruleRefs: ['P1'] } }];
  },
};
const actor = { userId: 'u-7', role: 'buyer' as const, unitId: 'waste' };
const add = (amount: number): Add => ({ type: 'Add', data: { amount }, metadata: { actor, now: '2026-03-02T10:00:00+01:00' } });

describe('handleCommand', () => {
  let store: InMemoryEventStore;
  beforeEach(() => (store = new InMemoryEventStore(new SteppingClock())));

  it('appends what the decider decides, with the actor, business time, rules and tracing ids', async () => {
    const outcome = await handleCommand(store, 'counter-1', counter, add(2), { correlationId: 'c-1' });
    expect(outcome).toEqual({ streamId: 'counter-1', revision: 0, appended: 1, repeated: false });
    const [stored] = await store.readStream('counter-1');
    expect(stored.type).toBe('Added');
    expect(stored.metadata).toMatchObject({
      actor, occurredAt: '2026-03-02T10:00:00+01:00', ruleRefs: ['P1'], correlationId: 'c-1', causationId: 'c-1', schemaVersion: 1,
    });
  });

  it('decides against the folded history', async () => {
    await handleCommand(store, 'counter-1', counter, add(6));
    await expect(handleCommand(store, 'counter-1', counter, add(5))).rejects.toMatchObject({ rule: 'P1' });
    expect(await store.readStream('counter-1')).toHaveLength(1);
  });

  it('stores nothing when the decider stays quiet', async () => {
    await handleCommand(store, 'counter-1', counter, add(1));
    expect(await handleCommand(store, 'counter-1', counter, add(0))).toMatchObject({ revision: 0, appended: 0 });
  });

  it('refuses a stale If-Match with the current revision and stores nothing', async () => {
    await handleCommand(store, 'counter-1', counter, add(1));
    await handleCommand(store, 'counter-1', counter, add(1));
    const attempt = handleCommand(store, 'counter-1', counter, add(1), { expectedRevision: 0 });
    await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(attempt).rejects.toMatchObject({ actual: 1 });
    expect(await handleCommand(store, 'counter-1', counter, add(1), { expectedRevision: 1 })).toMatchObject({ revision: 2 });
  });

  it('answers a repeated idempotency key with the first outcome and stores nothing new', async () => {
    const first = await handleCommand(store, 'counter-1', counter, add(3), { idempotencyKey: 'k-1' });
    await handleCommand(store, 'counter-1', counter, add(1));
    for (let i = 0; i < 5; i++) {
      const again = await handleCommand(store, 'counter-1', counter, add(3), { idempotencyKey: 'k-1', expectedRevision: 7 });
      expect(again).toEqual({ ...first, appended: 0, repeated: true });
    }
    expect((await store.readStream('counter-1')).map((e) => e.data)).toEqual([{ amount: 3 }, { amount: 1 }]);
  });

  it('lets exactly one of two concurrent writers win; the other gets a concurrency error', async () => {
    await handleCommand(store, 'counter-1', counter, add(1));
    const results = await Promise.allSettled([
      handleCommand(store, 'counter-1', counter, add(2)),
      handleCommand(store, 'counter-1', counter, add(3)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('counter-1')).toHaveLength(2);
  });
});
