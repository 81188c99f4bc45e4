import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ocdsSchemaCheck } from '@kravspar/testing';
import { GOTLAND, procureToSignedContract } from './support/gotland';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

/**
 * Open data (api.md: GET /ocds/releases and /ocds/records/{ocid}, public; `npm run audit -- export-ocds`):
 * the Gotland procurement as OCDS 1.1 with its social goal and placement counts, valid against the
 * OCDS 1.1.5 schemas with the sustainability extension merged, with nothing sealed before the award
 * notification and no candidate data ever.
 */
jest.setTimeout(120_000);

const CLI = path.resolve(__dirname, '../dist/apps/audit-cli/src/main.js');
const PREFIX = 'ocds-kravspar'; // the default OCDS_OCID_PREFIX
const CANARIES = ['Öppen Dataström-4411', 'Licens Granskadotter-2290'];
const check = ocdsSchemaCheck();
const dataDir = mkdtempSync(path.join(tmpdir(), 'kravspar-ocds-'));
let system: SystemUnderTest;
let story: Story;

interface Release { ocid: string; id: string; tag: string[]; tender: Record<string, any>; awards?: any[]; contracts?: any[] }
interface ReleasePackage { releases: Release[]; links?: { next: string }; uri: string; publisher: { name: string } }

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`);
  system = await SystemUnderTest.start();
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
});
afterAll(async () => {
  await system?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Waits until the OCDS projection has applied every event of the streams it reads. */
async function ocdsCaughtUp(): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { rows } = await system.database.pool.query<{ wanted: string | null; done: string | null }>(
      `SELECT (SELECT max(position) FROM events WHERE stream_id ~ '^(procurement|contract|commitment)-') AS wanted,
              (SELECT position FROM projection_checkpoints WHERE name = 'ocds.v1') AS done`,
    );
    if (rows[0].done !== null && Number(rows[0].done) >= Number(rows[0].wanted ?? 0)) return;
    if (Date.now() > deadline) throw new Error(`the OCDS projection did not catch up: ${JSON.stringify(rows[0])}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function feed(query = ''): Promise<ReleasePackage> {
  await ocdsCaughtUp();
  const answer = await system.queries.get<ReleasePackage>(`/ocds/releases${query}`);
  expect(answer.status).toBe(200);
  return answer.body;
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: system.database.url, DATA_DIR: dataDir };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let ocid = '';
let bidSecrets: string[] = [];

it('publishes the Gotland procurement without a bid, tenderer or award before the award notification', async () => {
  const { procurementId, contractId } = await procureToSignedContract(story, {
    async beforeAwardNotification(id) {
      const before = await feed();
      const sealed = JSON.stringify(before);
      expect(before.releases.map((r) => r.tag.join('+'))).toEqual(['planning', 'planningUpdate', 'tender']);
      const { rows } = await system.database.pool.query<{ data: { bidId: string } }>(`SELECT data FROM events WHERE type = 'BidReceived' AND stream_id = $1`, [`procurement-${id}`]);
      bidSecrets = [rows[0].data.bidId, GOTLAND.supplierId, '5400000', 'Tre arbetsträningsplatser"'];
      for (const secret of [...bidSecrets, 'tenderers', 'numberOfTenderers', 'awards', 'Enda kvalificerade']) expect([secret, sealed.includes(secret)]).toEqual([secret, false]);
      expect(check.releasePackageErrors(before)).toEqual([]);
    },
  });
  ocid = `${PREFIX}-${procurementId}`;
  await story.eventually<{ commitments: unknown[] }>(`/contracts/${contractId}`, (c) => c.commitments?.length === 1);

  const after = await feed();
  const award = after.releases.find((r) => r.tag.includes('award'))!;
  expect(award.awards).toEqual([expect.objectContaining({ status: 'pending', suppliers: [{ id: `supplier-${GOTLAND.supplierId}`, name: GOTLAND.supplierId }], value: { amount: 5_400_000, currency: 'SEK' } })]);
  expect(award.tender).toMatchObject({ status: 'complete', numberOfTenderers: 1 });
  // The standstill timer's StandstillEnded (an awardUpdate) may land before or after the signing, or not at all.
  expect(after.releases.map((r) => r.tag.join('+')).slice(3).filter((tag) => tag !== 'awardUpdate')).toEqual(['award', 'contract']);
  expect(after.releases.at(-1)!.awards).toEqual([expect.objectContaining({ status: 'active' })]);
});

it('adds the placements as counts once the contract runs, and never a candidate', async () => {
  const contractId = (await feed()).releases.at(-1)!.contracts![0].id;
  await story.moveClockTo('2026-06-01T08:00:00+02:00');
  await story.command(`/contracts/${contractId}/start`, { date: '2026-06-01' }, story.tokens.buyer);
  const contract = await story.eventually<{ commitments: { id: string; status?: string }[] }>(`/contracts/${contractId}`, (c) => c.commitments?.length === 1);
  const commitmentId = contract.commitments[0].id;
  await story.eventually<{ status: string }>(`/commitments/${commitmentId}`, (c) => c.status === 'Active');
  const slots: string[] = [];
  for (const site of ['Visby ÅVC', 'Slite ÅVC', 'Hemse ÅVC']) {
    slots.push((await story.command<{ slotId: string }>(`/commitments/${commitmentId}/slots`, { site, startWindow: { from: '2026-06-15', to: '2026-08-31' } }, story.tokens.supplier, 201)).slotId);
  }
  const referrals: string[] = [];
  for (const [i, name] of CANARIES.entries()) {
    const { id } = await story.command<{ id: string }>('/referrals', { targetGroupCode: 'far-from-labour-market', candidate: { name, personalNumber: `19800101-${1000 + i}` } }, story.tokens.labourMarket, 201);
    referrals.push(id);
    await story.command(`/commitments/${commitmentId}/slots/${slots[i]}/match`, { referralId: id, matchedAt: '2026-06-01T08:00:00+02:00' }, story.tokens.labourMarket);
  }

  const pkg = await feed();
  expect(check.releasePackageErrors(pkg)).toEqual([]);
  const latest = pkg.releases.at(-1)!;
  expect(latest.ocid).toBe(ocid);
  expect(latest.tag).toEqual(['implementationUpdate']);
  expect(latest.tender).toMatchObject({ hasSustainability: true, sustainability: [{ goal: 'social.disadvantagedEmploymentOpportunities', strategies: ['contractPerformanceConditions'] }] });
  const [agreed] = latest.contracts![0].agreedMetrics;
  expect(agreed.observations).toEqual([{ id: 'committed', measure: 3, unit: { name: 'placements' } }]);
  const delivered = Object.fromEntries(latest.contracts![0].implementation.metrics[0].observations.map((o: { id: string; measure: number }) => [o.id, o.measure]));
  expect(delivered).toEqual({ offered: 3, matched: 2, started: 0, completed: 0, interrupted: 0 });

  const record = await system.queries.get<{ records: { ocid: string; releases: Release[]; compiledRelease: Release }[] }>(`/ocds/records/${ocid}`);
  expect(record.status).toBe(200);
  expect(check.recordPackageErrors(record.body)).toEqual([]);
  expect(record.body.records[0]).toMatchObject({ ocid, compiledRelease: { ...latest, id: `${ocid}-compiled`, tag: ['compiled'] } });

  const published = JSON.stringify([pkg, record.body]);
  for (const secret of [...CANARIES, ...referrals, ...slots, 'Visby ÅVC', '19800101', 'far-from-labour-market', 'arbetsliv-och-etablering']) {
    expect([secret, published.includes(secret)]).toEqual([secret, false]);
  }
});

it('pages the feed, filters it by recorded time, and answers 404 and 400 as the contract says', async () => {
  const all = await feed();
  const first = await feed('?pageSize=4');
  expect(first.releases).toEqual(all.releases.slice(0, 4));
  const next = new URL(first.links!.next);
  expect(next.searchParams.get('page')).toBe('2');
  expect((await feed(next.search)).releases).toEqual(all.releases.slice(4, 8));
  expect((await feed('?pageSize=200')).links).toBeUndefined();

  expect((await feed('?since=2100-01-01T00:00:00Z')).releases).toEqual([]);
  const { rows } = await system.database.pool.query<{ at: Date }>(`SELECT recorded_at AS at FROM ocds_releases_v1 ORDER BY position OFFSET 5 LIMIT 1`);
  expect((await feed(`?since=${encodeURIComponent(rows[0].at.toISOString())}`)).releases).toEqual(all.releases.slice(5));

  expect((await system.queries.get('/ocds/records/ocds-kravspar-unknown')).status).toBe(404);
  expect((await system.queries.get(`/ocds/records/ocds-other1-${ocid.slice(PREFIX.length + 1)}`)).status).toBe(404);
  expect((await system.queries.get('/ocds/releases?since=yesterday')).status).toBe(400);
  expect((await system.queries.get('/ocds/releases?pageSize=201')).status).toBe(400);
  const docs = await system.queries.get<{ paths: Record<string, unknown> }>('/docs-json');
  expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/ocds/releases', '/ocds/records/{ocid}']));
});

it('exports the same releases with npm run audit -- export-ocds, folded from the log itself', async () => {
  const out = path.join(dataDir, 'ocds.json');
  const run = await cli('export-ocds', '--out', out, '--json');
  expect(run).toMatchObject({ code: 0 });
  expect(JSON.parse(run.stdout)).toMatchObject({ file: out, processes: 1 });
  const exported = JSON.parse(readFileSync(out, 'utf8')) as ReleasePackage;
  expect(check.releasePackageErrors(exported)).toEqual([]);
  expect(exported.uri).toMatch(/^file:\/\//);
  expect(exported.releases).toEqual((await feed('?pageSize=200')).releases);

  const later = await cli('export-ocds', '--since', '2100-01-01T00:00:00Z');
  expect(later.code).toBe(0);
  expect(JSON.parse(later.stdout).releases).toEqual([]);
  const bad = await cli('export-ocds', '--since', 'yesterday');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--since must be an ISO 8601 time with a zone');
});
