import { randomUUID } from 'node:crypto';
import type { Clock } from '@kravspar/clock';
import type { Actor } from '@kravspar/domain/kernel';
import {
  DuplicateEventIdError, findIntegrityProblem, GENESIS_HASH, WrongExpectedRevisionError, type EventStore,
  type EventToAppend, type RecordedEvent,
} from '@kravspar/event-store';

/** A clock the suite moves by hand, so recorded times are known. */
export class SteppingClock implements Clock {
  constructor(private current = new Date('2026-03-02T09:00:00.000Z')) {}
  async now(): Promise<Date> {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Guarantees the port leaves to the adapter; the suite checks those an adapter declares. */
export interface AdapterGuarantees {
  /** Positions run 1, 2, 3… without gaps (PostgreSQL, in-memory). Otherwise only increasing (KurrentDB). */
  readonly gapFreePositions: boolean;
  /** An event id already stored anywhere is refused (a global id index; KurrentDB has none). */
  readonly eventIdsUniqueAcrossStreams: boolean;
}

export const ALL_GUARANTEES: AdapterGuarantees = { gapFreePositions: true, eventIdsUniqueAcrossStreams: true };

export interface EventStoreUnderTest {
  readonly store: EventStore;
  readonly clock: SteppingClock;
  /** A second store over the same storage (another process, as far as the store can tell). */
  readonly sibling?: () => Promise<EventStore>;
}

const actor: Actor = { userId: 'u-1', role: 'procurement-officer', unitId: 'procurement-support' };

export function anEvent(type = 'SomethingHappened', data: Record<string, unknown> = {}, eventId = randomUUID()): EventToAppend {
  return {
    type,
    data: { note: 'ok', ...data } as EventToAppend['data'],
    metadata: { eventId, actor, occurredAt: '2026-03-01T10:00:00+01:00', correlationId: eventId, causationId: eventId, schemaVersion: 1 },
  };
}

export function events(count: number, type?: string): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => anEvent(type, { n: i }));
}

export const newStreamId = (category = 'test') => `${category}-${randomUUID()}`;

export async function expectRejection<E extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

export function positionsOf(recorded: readonly RecordedEvent[]): number[] {
  return recorded.map((event) => event.position);
}

export function expectIntact(recorded: readonly RecordedEvent[]): void {
  const byStream = new Map<string, RecordedEvent[]>();
  for (const event of recorded) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
  for (const stream of byStream.values()) {
    expect(stream[0].metadata.prevHash).toBe(GENESIS_HASH);
    expect(findIntegrityProblem(stream)).toBeUndefined();
  }
}

export { DuplicateEventIdError, WrongExpectedRevisionError };
