import { generateKeyPairSync } from 'node:crypto';
import type { EventToAppend, RecordedEvent } from '../event-store.port';
import { GENESIS_HASH } from '../integrity';
import { sealEvents } from '../seal';
import { CheckpointSigner, type SignedCheckpoint } from './checkpoint-signing';
import { LogChecker } from './log-checker';
import { logLeafHash } from './log-leaf';
import { MerkleAccumulator } from './merkle';

// The checker on small logs in memory: what each kind of tampering looks like, and what it is called.

const signer = new CheckpointSigner(generateKeyPairSync('ed25519').privateKey);
const stranger = new CheckpointSigner(generateKeyPairSync('ed25519').privateKey);

const toAppend = (n: number): EventToAppend => ({
  type: 'Counted',
  data: { n },
  metadata: {
    eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    actor: { userId: 'u', role: 'buyer', unitId: 'waste' },
    occurredAt: '2026-03-01T10:00:00+01:00',
    correlationId: 'c',
    causationId: 'c',
    schemaVersion: 1,
  },
});

/** Three streams appended round-robin, 30 events at positions 1..30. */
function buildLog(): RecordedEvent[] {
  const heads = new Map<string, string>();
  const log: RecordedEvent[] = [];
  for (let round = 0; round < 10; round++) {
    for (const streamId of ['a-1', 'b-1', 'c-1']) log.push(appendTo(streamId, round, heads, log.length + 1));
  }
  return log;
}

function appendTo(streamId: string, revision: number, heads: Map<string, string>, position: number): RecordedEvent {
  const [sealed] = sealEvents(streamId, revision, heads.get(streamId) ?? GENESIS_HASH, [toAppend(position)], '2026-03-01T09:00:00.000Z');
  heads.set(streamId, sealed.metadata.hash);
  return { ...sealed, position };
}

function checkpointOf(log: readonly RecordedEvent[], by = signer, id = 1): SignedCheckpoint {
  const tree = new MerkleAccumulator();
  log.forEach((event) => tree.push(logLeafHash(event.position, event.metadata.hash)));
  const fields = { treeSize: log.length, root: tree.root().toString('hex'), signedAt: '2026-03-01T10:00:00.000Z' };
  return { id, ...fields, keyId: by.keyId, signature: by.sign(fields) };
}

const original = buildLog();
const checkpoint = checkpointOf(original);
const sealedOriginal = original.map((event) => event.metadata.hash);

function verify(log: readonly RecordedEvent[], options: { sealed?: readonly string[]; checkpoints?: SignedCheckpoint[]; head?: number } = {}) {
  const checker = new LogChecker({ checkpoints: options.checkpoints ?? [checkpoint], publicKeys: [signer.publicKey] });
  (options.sealed ?? sealedOriginal).forEach((hash, index) => checker.sealed(index + 1, hash));
  log.forEach((event) => checker.event(event));
  return checker.finish(options.head ?? log.length);
}

/** `log` with the events from `from` on re-sealed after `edit`, as an editor with the code would. */
function rehashStream(log: readonly RecordedEvent[], position: number): RecordedEvent[] {
  const target = log[position - 1];
  const heads = new Map<string, string>();
  return log.map((event) => {
    if (event.streamId !== target.streamId || event.revision < target.revision) return event;
    const edited = event.position === position ? { ...toAppend(event.position), data: { n: -1 } } : toAppend(event.position);
    const prev = heads.get(event.streamId) ?? event.metadata.prevHash;
    const [sealed] = sealEvents(event.streamId, event.revision, prev, [edited], event.metadata.recordedAt);
    heads.set(event.streamId, sealed.metadata.hash);
    return { ...sealed, position: event.position };
  });
}

const renumber = (log: readonly RecordedEvent[]) => log.map((event, index) => ({ ...event, position: index + 1 }));

describe('LogChecker', () => {
  it('passes the untouched log and counts what it checked', () => {
    expect(verify(original)).toEqual({ ok: true, checked: 30, checkpointsChecked: 1, sealedUpTo: 30 });
  });

  it.each([
    ['a changed byte of data', (log: RecordedEvent[]) => log.map((e) => (e.position === 7 ? { ...e, data: { n: 70 } } : e)), 7, 'modified'],
    ['a deleted event', (log: RecordedEvent[]) => log.filter((e) => e.position !== 7), 7, 'deleted'],
    ['a deleted event, later positions renumbered', (log: RecordedEvent[]) => renumber(log.filter((e) => e.position !== 7)), 7, 'deleted'],
    ['two events of different streams swapped', (log: RecordedEvent[]) => renumber([...log.slice(0, 6), log[7], log[6], ...log.slice(8)]), 7, 'reordered'],
    ['two events of one stream swapped', (log: RecordedEvent[]) => renumber([...log.slice(0, 6), log[9], ...log.slice(7, 9), log[6], ...log.slice(10)]), 7, 'reordered'],
    ['an event inserted, later positions renumbered', (log: RecordedEvent[]) => renumber([...log.slice(0, 6), appendTo('d-1', 0, new Map(), 7), ...log.slice(6)]), 7, 'inserted'],
    ['a truncated log', (log: RecordedEvent[]) => log.slice(0, 25), 26, 'truncated'],
    ['a stream re-hashed after an edit', (log: RecordedEvent[]) => rehashStream(log, 7), 7, 'modified'],
  ])('names %s at its first position', (_, tamper, position, problem) => {
    expect(verify(tamper([...original]), { head: 30 })).toMatchObject({ ok: false, firstBadPosition: position, problem });
  });

  it('bounds a change to the range after the last good checkpoint when the sealed hashes were re-written to match', () => {
    const rehashed = rehashStream(original, 17);
    const early = { ...checkpointOf(original.slice(0, 12)), id: 1 };
    const report = verify(rehashed, { sealed: rehashed.map((e) => e.metadata.hash), checkpoints: [early, { ...checkpoint, id: 2 }] });
    expect(report).toMatchObject({ ok: false, firstBadPosition: 13, problem: 'checkpoint', checkpointsChecked: 2 });
  });

  it('reports sealed hashes altered while the log itself still hashes to the signed root', () => {
    const sealed = sealedOriginal.map((hash, index) => (index === 4 ? 'f'.repeat(64) : hash));
    expect(verify(original, { sealed })).toMatchObject({ ok: false, firstBadPosition: 5, problem: 'checkpoint' });
  });

  it('refuses a checkpoint signed by another key, or with its root altered', () => {
    expect(verify(original, { checkpoints: [checkpointOf(original, stranger)] })).toMatchObject({ ok: false, firstBadPosition: 30, problem: 'signature' });
    const altered = { ...checkpoint, root: checkpointOf(original.slice(0, 29)).root };
    expect(verify(original, { checkpoints: [altered] })).toMatchObject({ ok: false, problem: 'signature' });
  });

  it('reads a partial log from the frontier of the tree before it', () => {
    const tree = new MerkleAccumulator();
    original.slice(0, 10).forEach((event) => tree.push(logLeafHash(event.position, event.metadata.hash)));
    const checker = new LogChecker({ checkpoints: [checkpoint], publicKeys: [signer.publicKey], start: { after: 10, frontier: tree.frontier() } });
    original.slice(10).forEach((event) => checker.event(event));
    expect(checker.finish(30)).toMatchObject({ ok: true, checked: 20, checkpointsChecked: 1 });
  });
});
