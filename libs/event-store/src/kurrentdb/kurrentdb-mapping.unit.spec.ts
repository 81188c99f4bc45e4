import { ErrorType, NO_STREAM, START, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { WrongExpectedRevisionError } from '../errors';
import type { RecordedEvent } from '../event-store.port';
import { computeEventHash } from '../integrity';
import { sealEvents } from '../seal';
import { toEventData, toRecordedEvent } from './event-mapping';
import { escapeRegex, isSystemEvent, serverFilterFor } from './filters';
import { checkRepeat, firstRevisionAfter } from './idempotency';
import { startAfter, toKurrentPosition, toPortPosition, UnrepresentablePositionError } from './positions';
import { fromCurrentState, isStreamNotFound, toConflict, toStreamState } from './stream-state';

const actor = { userId: 'u-1', role: 'procurement-officer', unitId: 'procurement-support' } as const;
const sealed = sealEvents('procurement-1', 0, '0'.repeat(64), [
  { type: 'ProcurementOpened', data: { title: 'Städning' }, metadata: { eventId: '6f1c1b8e-1f0a-4c1e-9d7a-0b1e2c3d4e5f', actor, occurredAt: '2026-03-01T10:00:00+01:00', correlationId: 'c', causationId: 'c', schemaVersion: 1 } },
], '2026-03-02T09:00:00.000Z');

describe('KurrentDB positions', () => {
  it('maps a commit position to the port number and back', () => {
    expect(toPortPosition({ commit: 1234n, prepare: 1234n }, 'e')).toBe(1234);
    expect(toKurrentPosition(1234)).toEqual({ commit: 1234n, prepare: 1234n });
    expect(startAfter(0)).toBe(START);
    expect(startAfter(88)).toEqual({ commit: 88n, prepare: 88n });
  });

  it('refuses positions at or above 2^53 rather than rounding them', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    expect(toPortPosition({ commit: max, prepare: max }, 'e')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toPortPosition({ commit: max + 1n, prepare: max + 1n }, 's@3')).toThrow(/s@3 is not below 2\^53/);
    expect(() => toKurrentPosition(2 ** 53)).toThrow(UnrepresentablePositionError);
    expect(() => toKurrentPosition(-1)).toThrow(UnrepresentablePositionError);
  });

  it('refuses events without a position and events of explicit transactions', () => {
    expect(() => toPortPosition(undefined, 's@0')).toThrow(/no \$all position for s@0/);
    expect(() => toPortPosition({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n }, 's@0')).toThrow(/no \$all position/);
    expect(() => toPortPosition({ commit: 500n, prepare: 420n }, 's@0')).toThrow(/explicit transaction/);
  });
});

describe('expected revisions and conflicts', () => {
  it('asks for an exact stream state, never ANY', () => {
    expect(toStreamState('no-stream')).toBe(NO_STREAM);
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(41)).toBe(41n);
    expect(() => toStreamState(-1)).toThrow(RangeError);
    expect(fromCurrentState(NO_STREAM)).toBe('no-stream');
    expect(fromCurrentState(7n)).toBe(7);
  });

  it("maps WrongExpectedVersionError to the port's conflict with the stream's revision now", () => {
    const wrong = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 3n });
    const conflict = toConflict(wrong, 's', 0);
    expect(conflict).toBeInstanceOf(WrongExpectedRevisionError);
    expect(conflict).toMatchObject({ streamId: 's', expected: 0, actual: 3 });
    const missing = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: NO_STREAM });
    expect(toConflict(missing, 's', 0)?.actual).toBe('no-stream');
    expect(toConflict(new Error('unavailable'), 's', 0)).toBeUndefined();
    expect(isStreamNotFound({ type: ErrorType.STREAM_NOT_FOUND })).toBe(true);
    expect(isStreamNotFound(wrong)).toBe(false);
  });
});

describe('server-side filters', () => {
  it('filters on stream prefixes when given, else on exact event types, else excludes system events', () => {
    expect(serverFilterFor({ streamPrefixes: ['procurement-'], eventTypes: ['A'] })).toMatchObject({ filterOn: 'streamName', prefixes: ['procurement-'] });
    expect(serverFilterFor({ eventTypes: ['Opened', 'Bid.Opened'] })).toMatchObject({ filterOn: 'eventType', regex: '^(?:Opened|Bid\\.Opened)$' });
    expect(serverFilterFor(undefined)).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
    expect(serverFilterFor({ streamPrefixes: [], eventTypes: [] })).toMatchObject({ regex: '^[^$].*' });
  });

  it('escapes event types so they match literally, and knows system records', () => {
    expect(new RegExp(`^${escapeRegex('a.b(c)*')}$`).test('a.b(c)*')).toBe(true);
    expect(new RegExp(`^${escapeRegex('a.b')}$`).test('axb')).toBe(false);
    expect(isSystemEvent('$stats-127.0.0.1:2113', 'StatsCollected')).toBe(true);
    expect(isSystemEvent('procurement-1', '$>')).toBe(true);
    expect(isSystemEvent('procurement-1', 'ProcurementOpened')).toBe(false);
  });
});

describe('events to and from KurrentDB', () => {
  const stored = () => {
    const data = toEventData(sealed[0]);
    return {
      event: {
        streamId: 'procurement-1', id: data.id, isJson: true as const, revision: 0n, type: data.type, created: new Date(),
        data: JSON.parse(JSON.stringify(data.data)), metadata: JSON.parse(JSON.stringify(data.metadata)),
        position: { commit: 4096n, prepare: 4096n },
      },
    };
  };

  it('stores the port event id as the KurrentDB id and the sealed metadata as the metadata', () => {
    const data = toEventData(sealed[0]);
    expect(data).toMatchObject({ id: sealed[0].metadata.eventId, type: 'ProcurementOpened', contentType: 'application/json' });
    expect(data.metadata).toMatchObject({ recordedAt: '2026-03-02T09:00:00.000Z', prevHash: '0'.repeat(64), hash: sealed[0].metadata.hash });
  });

  it('reads back an event whose hash still verifies', () => {
    const recorded = toRecordedEvent(stored())!;
    expect(recorded).toMatchObject({ streamId: 'procurement-1', revision: 0, position: 4096, type: 'ProcurementOpened' });
    expect(computeEventHash(recorded)).toBe(recorded.metadata.hash);
  });

  it('passes over system records and unresolved links, and refuses foreign events by name', () => {
    expect(toRecordedEvent({})).toBeUndefined();
    expect(toRecordedEvent({ event: { ...stored().event, streamId: '$settings' } })).toBeUndefined();
    expect(() => toRecordedEvent({ event: { ...stored().event, metadata: { eventId: 'x' } } })).toThrow(/procurement-1@0 .*recordedAt, prevHash, hash/);
  });
});

describe('idempotent retries', () => {
  const at = (revision: number, eventId: string): RecordedEvent => ({
    streamId: 's', revision, position: 100 + revision, type: 'T', data: {}, metadata: { ...sealed[0].metadata, eventId },
  });

  it('answers a repeat with the last stored event, refuses a partial match, ignores new ids', () => {
    const stored = [at(2, 'a'), at(3, 'b')];
    expect(checkRepeat(['a', 'b'], stored)).toEqual({ kind: 'repeat', last: stored[1] });
    expect(checkRepeat(['a', 'c'], stored)).toEqual({ kind: 'clash', eventId: 'a' });
    expect(checkRepeat(['b', 'a'], stored)).toEqual({ kind: 'clash', eventId: 'b' });
    expect(checkRepeat(['a', 'b', 'c'], stored)).toEqual({ kind: 'clash', eventId: 'a' });
    expect(checkRepeat(['x'], stored.slice(0, 1))).toEqual({ kind: 'none' });
    expect(checkRepeat(['x'], [])).toEqual({ kind: 'none' });
    expect(firstRevisionAfter('no-stream')).toBe(0);
    expect(firstRevisionAfter(4)).toBe(5);
  });
});
