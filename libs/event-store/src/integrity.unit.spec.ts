import { createHash } from 'node:crypto';
import type { EventToAppend } from './event-store.port';
import { computeEventHash, findIntegrityProblem, GENESIS_HASH } from './integrity';
import { sealEvents } from './seal';

const toAppend = (n: number): EventToAppend => ({
  type: 'Counted',
  data: { n, nested: { b: 2, a: [1, 'två'] } },
  metadata: {
    eventId: `00000000-0000-4000-8000-00000000000${n}`,
    actor: { userId: 'u', role: 'buyer', unitId: 'waste' },
    occurredAt: '2026-03-01T10:00:00+01:00',
    correlationId: 'c',
    causationId: 'c',
    schemaVersion: 1,
  },
});
const chain = () => sealEvents('test-1', 0, GENESIS_HASH, [toAppend(1), toAppend(2), toAppend(3)], '2026-03-01T09:00:00.000Z');

describe('event integrity', () => {
  it('hashes the RFC 8785 canonical JSON of streamId, revision, type, data and metadata without hash', () => {
    const [first] = chain();
    const { hash, ...metadata } = first.metadata;
    // Keys sorted at every level, no whitespace, UTF-8: written out by hand to pin the definition.
    const canonical =
      '{"data":{"n":1,"nested":{"a":[1,"två"],"b":2}},"metadata":{"actor":{"role":"buyer","unitId":"waste","userId":"u"},' +
      '"causationId":"c","correlationId":"c","eventId":"00000000-0000-4000-8000-000000000001",' +
      `"occurredAt":"2026-03-01T10:00:00+01:00","prevHash":"${GENESIS_HASH}","recordedAt":"2026-03-01T09:00:00.000Z",` +
      '"schemaVersion":1},"revision":0,"streamId":"test-1","type":"Counted"}';
    expect(hash).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
    expect(computeEventHash({ ...first, metadata })).toBe(hash);
  });

  it('chains each event to the one before it, starting from 64 zeros', () => {
    const events = chain();
    expect(events.map((e) => e.metadata.prevHash)).toEqual([GENESIS_HASH, events[0].metadata.hash, events[1].metadata.hash]);
    expect(findIntegrityProblem(events)).toBeUndefined();
  });

  it('finds a modified event', () => {
    const events = chain();
    events[1] = { ...events[1], data: { ...events[1].data, n: 99 } };
    expect(findIntegrityProblem(events)).toEqual({ revision: 1, problem: 'modified' });
  });

  it('finds a removed event as a broken chain', () => {
    const [first, , third] = chain();
    expect(findIntegrityProblem([first, third])).toEqual({ revision: 2, problem: 'broken-chain' });
  });
});
