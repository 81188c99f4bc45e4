import { randomUUID } from 'node:crypto';
import type { QueryResultRow } from 'pg';
import { procurementIdOf, projectProcurement, projectTimeline, type ProcurementDocument, type ProcurementTimeline, type ProjectedEvent, type TimelineEntry } from '@kravspar/read-models';
import { AllInOneProcess, sleep } from './support/all-in-one-process';

const CLIENTS = 8;
// Long enough for dozens of acknowledged commands, short enough that every client still has one in flight.
const KILL_AFTER_MS = 400;
const CATCH_UP_MS = 10_000;
const PROJECTIONS = ['procurements.v2', 'procurement-timeline.v2'];

const procurement = (title: string) => ({ title, buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 4_000_000, currency: 'SEK' } });
const criterion = { instrument: 'specialContractCondition', placementType: 'workTraining', unitsRequired: 3, reportingSchedule: 'quarterly', sanctions: ['vite-per-saknad-plats'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering' };
const publication = { publishedAt: '2026-01-12T09:00:00+01:00', tenderDeadline: '2026-02-21T09:00:00+01:00', electronicTenders: false };

/** One POST /procurements of the burst: what was sent, and what came back if anything did. */
type Sent = { readonly key: string; readonly title: string; status?: number; id?: string; lost?: boolean };

let app: AllInOneProcess;
let officer: string;

beforeAll(async () => {
  app = await AllInOneProcess.start();
  officer = await app.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' });
}, 90_000);
afterAll(() => app?.dispose(), 60_000);

const sql = <Row extends QueryResultRow>(text: string) => app.sql<Row>(text);

async function initiate(request: Pick<Sent, 'key' | 'title'>) {
  return app.commandApi.post<{ id: string }>('/procurements', officer, procurement(request.title), { 'idempotency-key': request.key });
}

/** CLIENTS clients send commands back to back until the process is SIGKILLed after `ms`. */
async function burstKilledAfter(ms: number): Promise<Sent[]> {
  const sent: Sent[] = [];
  let killed = false;
  const client = async (): Promise<void> => {
    while (!killed) {
      const key = randomUUID();
      const request: Sent = { key, title: `Burst ${key}` };
      sent.push(request);
      const answer = await initiate(request).catch(() => undefined);
      if (!answer) return void (request.lost = true);
      request.status = answer.status;
      request.id = answer.body?.id;
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);
  await sleep(ms);
  // Set in the tick that sends the signal: no request starts after the kill, so every lost one was in flight.
  killed = true;
  const exit = app.kill('SIGKILL');
  await Promise.all(clients);
  expect(await exit).toEqual({ code: null, signal: 'SIGKILL' });
  return sent;
}

/** The head of the log once the checkpoint of each procurement projection has reached it. */
async function headOnceProjected(): Promise<number> {
  const deadline = Date.now() + CATCH_UP_MS;
  for (;;) {
    const [{ head }] = await sql<{ head: number }>('SELECT coalesce(max(position), 0)::int AS head FROM events');
    const checkpoints = await sql<{ name: string; position: number }>('SELECT name, position::int AS position FROM projection_checkpoints');
    const reached = Object.fromEntries(checkpoints.map((row) => [row.name, row.position]));
    if (PROJECTIONS.every((name) => reached[name] === head)) return head;
    if (Date.now() > deadline) throw new Error(`projections did not reach ${head}: ${JSON.stringify(reached)}`);
    await sleep(100);
  }
}

/** The read models folded with the pure projections from position 0, as the projector would store them. */
async function rebuildFromPositionZero() {
  const rows = await sql<{ position: string; stream_id: string; revision: number; type: string; data: ProjectedEvent['data']; metadata: ProjectedEvent['metadata'] }>(
    `SELECT position, stream_id, revision, type, data, metadata FROM events WHERE stream_id LIKE 'procurement-%' ORDER BY position`,
  );
  const documents: Record<string, ProcurementDocument> = {};
  const folded: Record<string, ProcurementTimeline> = {};
  for (const row of rows) {
    const event: ProjectedEvent = { streamId: row.stream_id, revision: row.revision, position: Number(row.position), type: row.type, data: row.data, metadata: row.metadata };
    const id = procurementIdOf(event.streamId);
    const next = projectProcurement(documents[id], event);
    if (next) documents[id] = next;
    const timeline = projectTimeline(folded[id], event);
    if (timeline) folded[id] = timeline;
  }
  const timelines: Record<string, TimelineEntry[]> = Object.fromEntries(Object.entries(folded).map(([id, t]) => [id, [...t.entries]]));
  // Stored as JSON, which leaves out undefined fields.
  return JSON.parse(JSON.stringify({ documents, timelines })) as { documents: typeof documents; timelines: typeof timelines };
}

describe('all-in-one across restarts', () => {
  it('loses no acknowledged command when killed during a burst, and its read models equal a rebuild from position 0', async () => {
    // A stream with several event types, so the rebuild folds more than first events.
    const seed = await initiate({ key: randomUUID(), title: 'Städning av återvinningscentraler' });
    expect((await app.commandApi.post(`/procurements/${seed.body.id}/social-criteria`, officer, criterion)).status).toBe(201);
    expect((await app.commandApi.post(`/procurements/${seed.body.id}/publish`, officer, publication)).status).toBe(200);

    const sent = await burstKilledAfter(KILL_AFTER_MS);
    const acknowledged = sent.filter((request) => request.status === 201);
    const lost = sent.filter((request) => request.lost);
    expect(sent.filter((request) => !request.lost && request.status !== 201)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);
    // The embedded server outlives a SIGKILLed parent: the restart has to take over its data folder.
    expect(await app.processesOnDataDir()).toHaveLength(1);

    await app.restart();
    const initiated = await sql<{ stream_id: string; title: string }>(`SELECT stream_id, data->>'title' AS title FROM events WHERE type = 'ProcurementInitiated'`);
    const titleOf = new Map(initiated.map((row) => [procurementIdOf(row.stream_id), row.title]));
    expect(acknowledged.filter((request) => titleOf.get(request.id!) !== request.title)).toEqual([]);

    // A client retries what got no answer with the same key: each is stored once, whether or not it was before.
    for (const request of lost) {
      const retry = await initiate(request);
      expect(retry.status).toBe(201);
      request.id = retry.body.id;
    }
    expect(await sql(`SELECT data->>'title' AS title FROM events WHERE type = 'ProcurementInitiated' GROUP BY 1 HAVING count(*) > 1`)).toEqual([]);

    const head = await headOnceProjected();
    const rebuilt = await rebuildFromPositionZero();
    for (const request of [...acknowledged, ...lost]) {
      const answer = await app.queryApi.get(`/procurements/${request.id}`, officer);
      expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: rebuilt.documents[request.id!] });
    }
    const stored = await sql<{ id: string; revision: number; status: string; title: string; buyer_unit_id: string; document: ProcurementDocument }>(
      'SELECT id, revision, status, title, buyer_unit_id, document FROM procurements_v2',
    );
    expect(Object.fromEntries(stored.map((row) => [row.id, row.document]))).toEqual(rebuilt.documents);
    // The columns the list filters on are copies of the document.
    expect(stored.filter((row) => row.revision !== row.document.revision || row.status !== row.document.status || row.title !== row.document.title || row.buyer_unit_id !== row.document.buyerUnitId)).toEqual([]);
    const entries = await sql<{ procurement_id: string; entry: TimelineEntry }>('SELECT procurement_id, entry FROM procurement_timeline_v2 ORDER BY procurement_id, revision');
    const timelines: Record<string, TimelineEntry[]> = {};
    for (const row of entries) (timelines[row.procurement_id] ??= []).push(row.entry);
    expect(timelines).toEqual(rebuilt.timelines);
    expect(Object.keys(rebuilt.documents)).toHaveLength(1 + acknowledged.length + lost.length);
    expect(head).toBe(3 + acknowledged.length + lost.length);
  }, 60_000);

  it('keeps its data across a graceful restart', async () => {
    const created = await initiate({ key: randomUUID(), title: 'Vinterväghållning' });
    expect(created.status).toBe(201);
    const head = await headOnceProjected();
    const before = await app.queryApi.get(`/procurements/${created.body.id}`, officer);
    expect(before.status).toBe(200);

    expect(await app.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    // A graceful stop takes the embedded server down with the apps.
    expect(await app.processesOnDataDir()).toEqual([]);
    await app.restart();

    const after = await app.queryApi.get(`/procurements/${created.body.id}`, officer);
    expect({ status: after.status, body: after.body, etag: after.headers.get('etag') }).toEqual({ status: 200, body: before.body, etag: '"0"' });
    expect(await headOnceProjected()).toBe(head);
  }, 60_000);
});
