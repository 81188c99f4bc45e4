import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { GOTLAND, procureToSignedContract } from './support/gotland';
import { projectionsSettled } from './support/database-rows';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

// Time travel: at several moments of the Gotland procurement the read model is recorded, and afterwards
// GET /audit/streams/{id}/state?asOf=<moment> (and `npm run audit -- state`) must tell the same story.

jest.setTimeout(120_000);

const CLI = path.resolve(__dirname, '../dist/apps/audit-cli/src/main.js');

interface Snapshot {
  readonly at: string;
  readonly document: Record<string, any>;
}

interface StateAnswer {
  readonly streamId: string;
  readonly revision: number;
  readonly state: Record<string, any>;
  readonly events: { revision: number; type: string; occurredAt: string; recordedAt: string }[];
  readonly withheld?: string[];
}

let system: SystemUnderTest;
let story: Story;
let auditor: string;
let procurementId: string;
const snapshots: Snapshot[] = [];

async function head(): Promise<number> {
  const { rows } = await system.database.pool.query<{ head: string }>('SELECT coalesce(max(position), 0) AS head FROM events');
  return Number(rows[0].head);
}

/** The read model as it stands once the projections have everything, and the (test-clock) moment it stood so. */
async function snapshot(): Promise<void> {
  for (;;) {
    await projectionsSettled(system.database.pool);
    const before = await head();
    const document = await system.queries.get(`/procurements/${procurementId}`, story.tokens.officer);
    const at = (await system.commands.get<{ now: string }>('/test-clock', story.tokens.admin)).body.now;
    // A timer may have appended meanwhile (the standstill's end): then the moment is not this document's.
    if ((await head()) === before && document.status === 200) return void snapshots.push({ at, document: document.body });
  }
}

beforeAll(async () => {
  system = await SystemUnderTest.start();
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
  auditor = await system.token({ role: 'auditor', unitId: 'internal-audit', userId: 'auditor-1' });
  const command = story.command.bind(story);
  story.command = (async (...args: Parameters<Story['command']>) => {
    const answer = await command(...args);
    if (args[0] === '/procurements') procurementId = (answer as { id: string }).id;
    if (args[0].startsWith('/procurements')) await snapshot();
    return answer;
  }) as Story['command'];
  await procureToSignedContract(story);
  await snapshot(); // after signing: the contract workflow and the standstill timer have run
});
afterAll(async () => {
  await system?.stop();
});

async function stateAt(at: string): Promise<StateAnswer> {
  const answer = await system.queries.get<StateAnswer>(`/audit/streams/procurement-${procurementId}/state?asOf=${encodeURIComponent(at)}`, auditor);
  expect(answer.status).toBe(200);
  return answer.body;
}

describe('state as of a recorded time', () => {
  it('equals what the read model showed at each recorded moment', async () => {
    expect(snapshots.length).toBeGreaterThanOrEqual(10);
    expect(new Set(snapshots.map((s) => s.document.status)).size).toBeGreaterThanOrEqual(6);
    for (const { at, document } of snapshots) {
      const answer = await stateAt(at);
      const seen = {
        revision: answer.revision,
        status: answer.state.status,
        title: answer.state.title,
        buyerUnitId: answer.state.buyerUnitId,
        estimatedValue: answer.state.estimatedValue,
        criteria: Object.keys(answer.state.criteria ?? {}).sort(),
        tenderDeadline: answer.state.tenderDeadline,
      };
      expect({ at, ...seen }).toEqual({
        at,
        revision: document.revision,
        status: document.status,
        title: document.title,
        buyerUnitId: document.buyerUnitId,
        estimatedValue: document.estimatedValue,
        criteria: document.socialCriteria.map((c: { criterionId: string }) => c.criterionId).sort(),
        tenderDeadline: document.tenderDeadline,
      });
      expect(answer.events.map((e) => e.revision)).toEqual([...Array(document.revision + 1).keys()]);
      for (const event of answer.events) {
        expect(Date.parse(event.recordedAt)).toBeLessThanOrEqual(Date.parse(at));
        expect(Number.isNaN(Date.parse(event.occurredAt))).toBe(false);
      }
    }
  });

  it('shows business time beside recorded time', async () => {
    const answer = await stateAt(snapshots[snapshots.length - 1].at);
    const opened = answer.events.find((e) => e.type === 'BidsOpened')!;
    expect(opened.occurredAt).toBe('2026-04-08T09:00:00+02:00');
    expect(opened.recordedAt).not.toBe(opened.occurredAt);
  });

  it('withholds the bids from the auditor while P5 holds, and shows them once disclosed', async () => {
    // Disclosure is today's fact: after the award notification the bids of every moment are public.
    const disclosed = await stateAt(snapshots.find((s) => s.document.bids?.length === 1 && s.document.status === 'Published')!.at);
    expect(disclosed.withheld).toBeUndefined();
    expect(Object.keys(disclosed.state.bids)).toHaveLength(1);

    const post = async (path: string, token: string, body: unknown) => {
      const answer = await system.commands.post<{ id: string; bidId: string }>(path, token, body);
      expect(answer.status).toBeLessThan(300);
      return answer.body;
    };
    const { now } = (await system.commands.get<{ now: string }>('/test-clock', story.tokens.admin)).body;
    const { id } = await post('/procurements', story.tokens.buyer, { title: 'Vinterväghållning', buyerUnitId: GOTLAND.buyerUnitId, procedure: 'open', regime: 'directive', estimatedValue: { amount: 2_000_000, currency: 'SEK' } });
    await post(`/procurements/${id}/publish`, story.tokens.officer, { publishedAt: now, tenderDeadline: '2026-09-30T12:00:00+02:00', electronicTenders: true });
    await post(`/procurements/${id}/bids`, story.tokens.supplier, { price: { amount: 1_900_000, currency: 'SEK' } });
    await projectionsSettled(system.database.pool);
    const answer = await system.queries.get<StateAnswer>(`/audit/streams/procurement-${id}/state`, auditor);
    expect(answer.body.state.status).toBe('Published');
    expect(answer.body.withheld).toEqual(expect.arrayContaining(['bids']));
    expect(answer.body.state.bids).toBeUndefined();
    expect(answer.body.events.map((e) => e.type)).toEqual(['ProcurementInitiated', 'ProcurementPublished', 'BidReceived']);
  });

  it('answers before the first event with revision -1, and 400 for a time without a zone, 404 for no stream, 403 for others', async () => {
    const before = await stateAt('2020-01-01T00:00:00Z');
    expect([before.revision, before.state.status, before.events]).toEqual([-1, 'Absent', []]);
    expect((await system.queries.get(`/audit/streams/procurement-${procurementId}/state?asOf=2026-03-02T10:00:00`, auditor)).status).toBe(400);
    expect((await system.queries.get('/audit/streams/procurement-none/state', auditor)).status).toBe(404);
    expect((await system.queries.get(`/audit/streams/procurement-${procurementId}/state`, story.tokens.officer)).status).toBe(403);
  });

  it('audit-cli state --as-of folds the same state', async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`);
    const { at } = snapshots[snapshots.length - 1];
    const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: system.database.url };
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [CLI, 'state', `procurement-${procurementId}`, '--as-of', at, '--json'], { env }, (error, out) => (error ? reject(error) : resolve(out))),
    );
    const cli = JSON.parse(stdout) as StateAnswer;
    const http = await stateAt(at);
    expect(cli.revision).toBe(http.revision);
    expect(cli.state).toEqual(http.state);
    expect(cli.events).toEqual(http.events);
  });
});
