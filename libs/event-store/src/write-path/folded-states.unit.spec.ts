import { DomainError, type Command, type Decider, type DomainEvent } from '@kravspar/domain/kernel';
import { SteppingClock } from '@kravspar/testing';
import { WrongExpectedRevisionError } from '../errors';
import type { EventStore, ReadStreamOptions } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { FoldedStates } from './folded-states';
import { handleCommand } from './handle-command';

// A counter whose state is an object (so freezing can be checked) and whose rule depends on the whole history.
type Add = Command<'Add', { amount: number }>;
type Added = DomainEvent<'Added', { amount: number }>;
interface Total { readonly total: number; readonly amounts: readonly number[] }
const counter: Decider<Add, Added, Total> = {
  initialState: { total: 0, amounts: [] },
  evolve: (state, event) => ({ total: state.total + event.data.amount, amounts: [...state.amounts, event.data.amount] }),
  isTerminal: () => false,
  decide: (command, state) => {
    if (command.data.amount === 0) return [];
    if (state.total + command.data.amount > 10) throw new DomainError('P1', `at most 10 (now ${state.total})`);
    return [{ type: 'Added', data: { amount: command.data.amount }, metadata: { occurredAt: command.metadata.now } }];
  },
};
const actor = { userId: 'u-7', role: 'buyer' as const, unitId: 'waste' };
const add = (amount: number): Add => ({ type: 'Add', data: { amount }, metadata: { actor, now: '2026-03-02T10:00:00+01:00' } });

/** The real in-memory store, recording what each stream read asked for and how many events it returned. */
class ReadCountingStore extends InMemoryEventStore {
  readonly reads: Array<{ fromRevision?: number; events: number }> = [];
  failNextAppend = false;
  override async readStream(streamId: string, options?: ReadStreamOptions) {
    const events = await super.readStream(streamId, options);
    this.reads.push({ fromRevision: options?.fromRevision, events: events.length });
    return events;
  }
  override async append(...args: Parameters<EventStore['append']>) {
    if (this.failNextAppend) {
      this.failNextAppend = false;
      throw new Error('connection lost');
    }
    return super.append(...args);
  }
}

describe('the write path with remembered folded states', () => {
  let store: ReadCountingStore;
  let states: FoldedStates;
  const run = (amount: number, context = {}, streamId = 'counter-1') => handleCommand(store, streamId, counter, add(amount), context, states);
  beforeEach(() => {
    store = new ReadCountingStore(new SteppingClock());
    states = new FoldedStates();
  });

  it('reads the whole stream once, then only the events after the remembered revision', async () => {
    await run(1);
    await run(1);
    await run(1);
    expect(store.reads).toEqual([
      { fromRevision: undefined, events: 0 }, // a new stream: nothing to remember yet
      { fromRevision: undefined, events: 1 },
      { fromRevision: 1, events: 1 }, // the event the previous command appended, read back as stored
    ]);
    expect(states.get(counter, 'counter-1')).toMatchObject({ revision: 1, state: { total: 2 } });
  });

  it('decides against events another writer appended behind its back', async () => {
    await run(4);
    await run(1);
    // Another process (no shared memory) appends twice.
    await handleCommand(store, 'counter-1', counter, add(2));
    await handleCommand(store, 'counter-1', counter, add(2));
    await expect(run(2)).rejects.toMatchObject({ rule: 'P1', message: 'at most 10 (now 9)' });
    expect(store.reads.at(-1)).toEqual({ fromRevision: 1, events: 3 });
    expect(await run(1)).toMatchObject({ revision: 4, appended: 1 });
  });

  it('refuses a stale If-Match with the store\'s current revision, not the remembered one', async () => {
    await run(1);
    await run(1);
    await handleCommand(store, 'counter-1', counter, add(1)); // behind the remembered revision's back
    const attempt = run(1, { expectedRevision: 1 });
    await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(attempt).rejects.toMatchObject({ actual: 2 });
    expect(await run(1, { expectedRevision: 2 })).toMatchObject({ revision: 3 });
    expect((await store.readStream('counter-1')).map((e) => e.data.amount)).toEqual([1, 1, 1, 1]);
  });

  it('is not poisoned by a lost race, a refused rule or a failed append', async () => {
    await run(1);
    const raced = await Promise.allSettled([run(2), run(3)]);
    expect(raced.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(WrongExpectedRevisionError)]);
    await expect(run(9)).rejects.toMatchObject({ rule: 'P1' });
    store.failNextAppend = true;
    await expect(run(1)).rejects.toThrow('connection lost');
    // Whatever won the race, the next decision sees exactly the stored events.
    const stored = (await store.readStream('counter-1')).map((e) => e.data.amount as number);
    const total = stored.reduce((sum, amount) => sum + amount, 0);
    await expect(run(11 - total)).rejects.toMatchObject({ message: `at most 10 (now ${total})` });
    expect(await run(10 - total)).toMatchObject({ revision: stored.length, appended: 1 });
  });

  it('answers a repeated idempotency key from the remembered ids, also for a key stored by another writer', async () => {
    const first = await run(3, { idempotencyKey: 'k-1' });
    await run(1);
    await handleCommand(store, 'counter-1', counter, add(2), { idempotencyKey: 'k-2' }); // behind its back
    await run(1);
    expect(await run(3, { idempotencyKey: 'k-1', expectedRevision: 7 })).toEqual({ ...first, appended: 0, repeated: true });
    expect(await run(2, { idempotencyKey: 'k-2' })).toEqual({ streamId: 'counter-1', revision: 2, appended: 0, repeated: true });
    expect(store.reads.filter((read) => read.fromRevision === undefined)).toHaveLength(3); // the first two commands here and the other writer's; the repeats read only what they missed
    expect((await store.readStream('counter-1')).map((e) => e.data.amount)).toEqual([3, 1, 2, 1]);
  });

  it('forgets the least recently used stream beyond its bound, and then reads that stream whole again', async () => {
    states = new FoldedStates(2);
    for (const streamId of ['counter-a', 'counter-b', 'counter-c']) await handleCommand(store, streamId, counter, add(1));
    store.reads.length = 0;
    for (const streamId of ['counter-a', 'counter-b', 'counter-a', 'counter-c', 'counter-b', 'counter-c']) await run(1, {}, streamId);
    expect(states.size).toBe(2);
    expect(store.reads).toEqual([
      { fromRevision: undefined, events: 1 }, // a: remembered
      { fromRevision: undefined, events: 1 }, // b: remembered
      { fromRevision: 1, events: 1 }, // a: known, now the most recently used
      { fromRevision: undefined, events: 1 }, // c: remembered, b (least recently used) forgotten
      { fromRevision: undefined, events: 2 }, // b: read whole again; a forgotten
      { fromRevision: 1, events: 1 }, // c: still known
    ]);
  });

  it('keeps states apart per decider and refuses a bound below one', () => {
    const other = { ...counter };
    states.remember(counter, 's', { revision: 3, state: { total: 3, amounts: [1, 1, 1] }, keyedEventIds: new Map() });
    expect(states.get(other, 's')).toBeUndefined();
    expect(states.get(counter, 's')?.revision).toBe(3);
    expect(() => new FoldedStates(0)).toThrow(RangeError);
  });

  it('keeps the later of two states and freezes what it remembers, so nothing can change it afterwards', () => {
    const later = { total: 2, amounts: [1, 1] };
    states.remember(counter, 's', { revision: 1, state: later, keyedEventIds: new Map() });
    states.remember(counter, 's', { revision: 0, state: { total: 1, amounts: [1] }, keyedEventIds: new Map() });
    expect(states.get<Total>(counter, 's')?.state).toBe(later);
    expect(() => (later.amounts as number[]).push(5)).toThrow(TypeError);
    expect(() => Object.assign(later, { total: 9 })).toThrow(TypeError);
  });
});
