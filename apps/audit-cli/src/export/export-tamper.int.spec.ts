import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  auditMigrations, CheckpointSigner, computeEventHash, eventStoreMigrations, sealCheckpoint, type RecordedEvent, type SignedCheckpoint,
} from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { appendLog, LOG_SIZE } from '../../../../libs/event-store/src/audit/tamper.fixtures';
import { verifyExport } from './verify-export';
import { writeExport } from './write-export';

// The tamper suite on an exported copy: the file is edited instead of the database, and verified offline
// with nothing but the public key.

const signer = new CheckpointSigner(generateKeyPairSync('ed25519').privateKey);
const folder = mkdtempSync(path.join(tmpdir(), 'kravspar-export-'));
let database: TestDatabase;
let lines: string[];
let checkpoint: SignedCheckpoint;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, auditMigrations);
  await appendLog(database.pool);
  await sealCheckpoint(database.pool, signer, { now: async () => new Date('2026-03-02T12:00:00.000Z') });
  const file = path.join(folder, 'whole.jsonl');
  await writeExport(database.pool, file, { since: 0, keyId: signer.keyId, exportedAt: '2026-03-02T12:05:00.000Z' });
  lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  checkpoint = JSON.parse(lines.find((line) => line.includes('"kind":"checkpoint"'))!);
}, 60_000);
afterAll(async () => {
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

const eventIndex = (position: number) => lines.findIndex((line) => line.startsWith(`{"kind":"event","position":${position},`));
const parse = (line: string) => JSON.parse(line) as RecordedEvent & { kind: 'event' };

async function verifyLines(edited: readonly string[], extraCheckpoints: SignedCheckpoint[] = []) {
  const file = path.join(folder, 'edited.jsonl');
  writeFileSync(file, `${edited.join('\n')}\n`);
  return verifyExport(file, { publicKey: signer.publicKey, extraCheckpoints });
}

function editLine(position: number, edit: (line: string) => string): string[] {
  const copy = [...lines];
  const index = eventIndex(position);
  copy[index] = edit(copy[index]);
  expect(copy[index]).not.toBe(lines[index]);
  return copy;
}

function swapLines(p: number, q: number, keepPositions: boolean): string[] {
  const copy = [...lines];
  const [i, j] = [eventIndex(p), eventIndex(q)];
  const [a, b] = [parse(lines[i]), parse(lines[j])];
  copy[i] = JSON.stringify(keepPositions ? { ...b, position: p } : b);
  copy[j] = JSON.stringify(keepPositions ? { ...a, position: q } : a);
  return copy;
}

function insertLine(position: number): string[] {
  const model = parse(lines[eventIndex(position)]);
  const metadata = { ...model.metadata, eventId: '11111111-1111-4111-8111-111111111111', prevHash: '0'.repeat(64) };
  const forged = { ...model, streamId: 'forged-1', revision: 0, data: { note: 'never reported' }, position, metadata };
  const hashed = { ...forged, metadata: { ...metadata, hash: computeEventHash(forged) } };
  const shifted = lines.map((line) => {
    if (!line.startsWith('{"kind":"event"')) return line;
    const event = parse(line);
    return event.position >= position ? JSON.stringify({ ...event, position: event.position + 1 }) : line;
  });
  shifted.splice(eventIndex(position), 0, JSON.stringify(hashed));
  return shifted;
}

function rehashStreamFrom(position: number): string[] {
  const target = parse(lines[eventIndex(position)]);
  let prevHash = target.metadata.prevHash;
  return lines.map((line) => {
    if (!line.startsWith('{"kind":"event"')) return line;
    const event = parse(line);
    if (event.streamId !== target.streamId || event.revision < target.revision) return line;
    const data = event.position === position ? { ...event.data, note: 'edited afterwards' } : event.data;
    const metadata = { ...event.metadata, prevHash };
    const hash = computeEventHash({ ...event, data, metadata });
    prevHash = hash;
    return JSON.stringify({ ...event, data, metadata: { ...metadata, hash } });
  });
}

const truncated = (keepThrough: number, withCheckpoint: boolean) =>
  lines
    .filter((line) => !line.startsWith('{"kind":"event"') || parse(line).position <= keepThrough)
    .filter((line) => withCheckpoint || !line.includes('"kind":"checkpoint"'))
    .map((line) => (line.includes('"kind":"header"') ? line.replace(`"head":${LOG_SIZE}`, `"head":${keepThrough}`) : line));

describe(`verify --export over ${LOG_SIZE} exported events, with only the public key`, () => {
  it('passes the untouched export', async () => {
    expect(await verifyLines(lines)).toMatchObject({ ok: true, checked: LOG_SIZE, checkpointsChecked: 1, keyId: signer.keyId });
  });

  it.each([
    ['a changed byte in the data of an event', () => editLine(4321, (l) => l.replace('"placement report', '"Placement report')), 4321, 'modified'],
    ['a changed byte in the metadata of an event', () => editLine(777, (l) => l.replace('"corr-', '"Corr-')), 777, 'modified'],
    ['a deleted event', () => lines.toSpliced(eventIndex(5000), 1), 5000, 'deleted'],
    ['two swapped event lines', () => swapLines(3000, 7000, false), 3000, 'reordered'],
    ['two events swapped, their positions renumbered', () => swapLines(3000, 7000, true), 3000, 'reordered'],
    ['an inserted event', () => insertLine(5000), 5000, 'inserted'],
    ['a truncated export', () => truncated(9000, true), 9001, 'truncated'],
    ['a stream re-hashed consistently after an edit', () => rehashStreamFrom(4000), 4000, 'modified'],
    ['a garbled line', () => editLine(6000, (l) => l.slice(0, 40)), 6000, 'modified'],
  ])('names %s', async (_, tamper, position, problem) => {
    expect(await verifyLines(tamper())).toMatchObject({ ok: false, firstBadPosition: position, problem });
  });

  it('catches a truncation that also removed the checkpoint, given the checkpoint the auditor kept', async () => {
    const edited = truncated(9000, false);
    expect(await verifyLines(edited)).toMatchObject({ ok: true, checkpointsChecked: 0 });
    expect(await verifyLines(edited, [checkpoint])).toMatchObject({ ok: false, firstBadPosition: 9001, problem: 'truncated' });
  });

  it('verifies a partial export from the frontier of the positions before it, and catches an edit in it', async () => {
    const file = path.join(folder, 'since.jsonl');
    await writeExport(database.pool, file, { since: 4000, keyId: signer.keyId, exportedAt: '2026-03-02T12:05:00.000Z' });
    expect(await verifyExport(file, { publicKey: signer.publicKey })).toMatchObject({ ok: true, checked: LOG_SIZE - 4000, checkpointsChecked: 1 });
    const edited = readFileSync(file, 'utf8').replace('"placement report', '"Placement report');
    writeFileSync(file, edited);
    expect(await verifyExport(file, { publicKey: signer.publicKey })).toMatchObject({ ok: false, firstBadPosition: 4001, problem: 'modified' });
  });

  it('refuses checkpoints signed by another key', async () => {
    const other = generateKeyPairSync('ed25519').publicKey;
    const file = path.join(folder, 'whole.jsonl');
    expect(await verifyExport(file, { publicKey: other })).toMatchObject({ ok: false, problem: 'signature' });
  });
});
