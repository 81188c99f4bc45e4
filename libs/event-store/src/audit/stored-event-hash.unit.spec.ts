import fc from 'fast-check';
import type { JsonObject, RecordedEvent } from '../event-store.port';
import { computeEventHash } from '../integrity';
import { logLeafHash } from './log-leaf';
import { leafHash } from './merkle';
import { storedEventHash } from './stored-event-hash';

describe('hashes used by verification', () => {
  it('hashes any event read back from JSON exactly as computeEventHash does', () => {
    const json = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as JsonObject);
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.string(), fc.dictionary(fc.string(), json), fc.dictionary(fc.string(), json), (streamId, revision, type, data, extra) => {
        const metadata = { ...extra, prevHash: 'p'.repeat(64), recordedAt: '2026-03-02T09:00:00.000Z', hash: 'h'.repeat(64) };
        const event = JSON.parse(JSON.stringify({ streamId, revision, type, data, metadata, position: 1 })) as RecordedEvent;
        expect(storedEventHash(event)).toBe(computeEventHash(event));
      }),
      { numRuns: 500 },
    );
  });

  it('makes the leaf of a log position the RFC 9162 leaf of uint64be(position) and the event hash', () => {
    const eventHash = 'ab'.repeat(32);
    const leaf = Buffer.concat([Buffer.from('0000000000002710', 'hex'), Buffer.from(eventHash, 'hex')]);
    expect(logLeafHash(10_000, eventHash).equals(leafHash(leaf))).toBe(true);
    expect(logLeafHash(10_001, eventHash).equals(leafHash(leaf))).toBe(false);
  });
});
