import { randomUUID } from 'node:crypto';
import { resetProjections } from '@kravspar/read-store';
import { checkpoints, everyTableAsText, projectionsSettled, readModelRows } from './support/database-rows';
import { GOTLAND } from './support/gotland';
import { activeCommitmentWithSlots, inBatches, refer } from './support/placements';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

/**
 * Erasure of candidates (domain.md §3, R3): 200 referrals with canary identities, 50 of them erased over
 * HTTP. Afterwards no table, log line or answer holds an erased identity, the other 150 still decrypt,
 * nothing new is proposed or matched for the erased, and a rebuild from position 0 gives the same rows.
 */
let system: SystemUnderTest;
let story: Story;
let placement: Awaited<ReturnType<typeof activeCommitmentWithSlots>>;
const captured: string[] = [];
const people = Array.from({ length: 200 }, (_, i) => ({ name: `Kanarie${String(i).padStart(3, '0')} Raderasdotter`, personalNumber: `19230517-${String(i).padStart(4, '0')}` }));
const isErased = (i: number) => i % 4 === 0;
const erasedMarks = people.filter((_, i) => isErased(i)).flatMap(({ name, personalNumber }) => [name, personalNumber]);
const leaksIn = (text: string) => erasedMarks.filter((mark) => text.includes(mark));
const ids: string[] = [];
const refs: string[] = [];
const MATCHED_AT = '2026-06-01T08:00:00+02:00';

interface Referral { candidateRef: string; candidate: { name: string } | null; erased: boolean; candidateErasedAt?: string }

beforeAll(async () => {
  system = await SystemUnderTest.start({ logs: true });
  const capture = (chunk: string | Uint8Array): boolean => captured.push(String(chunk)) > 0;
  jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
  placement = await activeCommitmentWithSlots(story, 3);
}, 60_000);
afterAll(async () => {
  jest.restoreAllMocks();
  await system.stop();
});

const lm = () => story.tokens.labourMarket;
const slotPath = (slot: number, act: string) => `/commitments/${placement.commitmentId}/slots/${placement.slotIds[slot]}/${act}`;
const readAll = () => inBatches(ids, 10, (id, i) => story.eventually<Referral>(`/referrals/${id}`, (r) => !isErased(i) || r.candidateErasedAt !== undefined, lm()));

it('erases 50 of 200 candidates: gone from every row, log line and answer; the others still decrypt; R3 refuses', async () => {
  ids.push(...(await inBatches(people, 10, (person) => refer(story, person))));
  // Erasure reaches referrals in several stages: proposed and accepted, matched and completed, proposed.
  await story.command(`/referrals/${ids[4]}/propose`, { commitmentId: placement.commitmentId, slotId: placement.slotIds[0] }, lm());
  await story.command(`/referrals/${ids[4]}/accept`, {}, story.tokens.supplier);
  await story.command(slotPath(1, 'match'), { referralId: ids[0], matchedAt: MATCHED_AT }, lm());
  await story.command(slotPath(1, 'start'), { date: '2026-06-01' }, story.tokens.supplier);
  await story.command(slotPath(1, 'complete'), { date: '2026-06-01', outcomeCode: 'employment', monthsServed: 0 }, story.tokens.supplier);
  await story.command(`/referrals/${ids[1]}/propose`, { commitmentId: placement.commitmentId, slotId: placement.slotIds[0] }, lm());
  refs.push(...(await inBatches(ids, 10, (id) => story.eventually<Referral>(`/referrals/${id}`, () => true, lm()))).map((r) => r.candidateRef));

  // As if an erasure had stopped after destroying the key: R3 holds already, and the DELETE below completes it.
  await system.database.pool.query(`WITH k AS (DELETE FROM pii_candidate_keys WHERE candidate_ref = $1)
    UPDATE pii_candidate_data SET iv = '', ciphertext = '', tag = '' WHERE candidate_ref = $1`, [refs[196]]);
  expect((await system.commands.post(`/referrals/${ids[196]}/propose`, lm(), { commitmentId: placement.commitmentId, slotId: placement.slotIds[2] })).body).toMatchObject({ rule: 'R3' });
  expect((await system.commands.post(slotPath(2, 'match'), lm(), { referralId: ids[196], matchedAt: MATCHED_AT })).body).toMatchObject({ rule: 'R3' });

  const erasures = await inBatches(people.map((_, i) => i).filter(isErased), 10, (i) => system.commands.request('DELETE', `/candidates/${refs[i]}`, { token: lm() }));
  expect(erasures.map((answer) => answer.status)).toEqual(Array(50).fill(204));
  expect((await system.commands.request('DELETE', `/candidates/${refs[0]}`, { token: lm() })).status).toBe(204);
  expect((await system.commands.request('DELETE', `/candidates/${randomUUID()}`, { token: lm() })).status).toBe(404);
  expect((await system.commands.request('DELETE', '/candidates/not-a-reference', { token: lm() })).status).toBe(404);
  expect((await system.commands.request('DELETE', `/candidates/${refs[8]}`, { token: story.tokens.buyer })).status).toBe(403);

  const answers = await readAll();
  answers.forEach((answer, i) => {
    if (isErased(i)) expect([i, answer.candidate, answer.erased]).toEqual([i, null, true]);
    else expect([i, answer.candidate?.name, answer.erased]).toEqual([i, people[i].name, false]);
  });
  const keys = await system.database.pool.query<{ ref: string }>('SELECT candidate_ref AS ref FROM pii_candidate_keys');
  expect(keys.rows.map((row) => row.ref).sort()).toEqual(refs.filter((_, i) => !isErased(i)).sort());
  const { rows } = await system.database.pool.query<{ n: string }>(`SELECT count(*) AS n FROM events WHERE type = 'CandidateDataErased' GROUP BY stream_id`);
  expect(rows.map((row) => Number(row.n))).toEqual(Array(50).fill(1));

  const proposal = await system.commands.post(`/referrals/${ids[8]}/propose`, lm(), { commitmentId: placement.commitmentId, slotId: placement.slotIds[2] });
  expect(proposal.body).toMatchObject({ status: 422, rule: 'R3' });
  const match = await system.commands.post(slotPath(2, 'match'), lm(), { referralId: ids[12], matchedAt: MATCHED_AT });
  expect(match.body).toMatchObject({ status: 422, rule: 'R3' });
  await story.command(slotPath(2, 'match'), { referralId: ids[2], matchedAt: MATCHED_AT }, lm());

  const invalid = await system.commands.post('/referrals', lm(), {
    targetGroupCode: 'far-from-labour-market',
    candidate: { name: `${people[0].name}${'x'.repeat(200)}`, personalNumber: `${people[0].personalNumber}99`, contact: { email: `${people[0].name}@`, phone: people[0].personalNumber.repeat(3) } },
  });
  expect(invalid.status).toBe(400);
  expect((invalid.body as { errors: unknown[] }).errors).toHaveLength(4);
  expect(leaksIn(JSON.stringify(invalid.body))).toEqual([]);

  await projectionsSettled(system.database.pool);
  const reads = [`/commitments/${placement.commitmentId}`, `/commitments/${placement.commitmentId}/funnel`, `/contracts/${placement.contractId}`, '/kpis/placements', '/kpis/placement-outcomes',
    '/procurements', `/procurements/${placement.procurementId}`, `/procurements/${placement.procurementId}/timeline`, '/standstill-board'];
  for (const path of reads) {
    for (const token of [lm(), story.tokens.officer]) {
      const answer = await system.queries.request('GET', path, { token });
      expect([path, answer.status < 500, leaksIn(JSON.stringify(answer.body))]).toEqual([path, true, []]);
    }
  }
  expect(leaksIn(JSON.stringify(await readAll()))).toEqual([]);
  const metrics = await Promise.all([system.commands.get<string>('/metrics'), system.queries.get<string>('/metrics')]);
  expect(metrics.map((answer) => [answer.body.includes('/candidates/:candidateRef') || answer.body.includes('/referrals/:id'), leaksIn(answer.body)])).toEqual([[true, []], [true, []]]);
  for (const [table, text] of Object.entries(await everyTableAsText(system.database.pool))) expect([table, leaksIn(text)]).toEqual([table, []]);
  const logs = captured.join('');
  expect(logs).toContain('/candidates/');
  expect(people.filter(({ name, personalNumber }) => logs.includes(name) || logs.includes(personalNumber))).toEqual([]);
}, 120_000);

it('rebuilds every read model from position 0 to the same rows, the erased still erased', async () => {
  const pool = system.database.pool;
  const before = await readModelRows(pool);
  const reached = await checkpoints(pool);
  const { rows: [{ n: events }] } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
  expect(before.referrals_v1).toHaveLength(200);
  expect(before.placement_outcomes_v1).toHaveLength(1);

  system = await system.restart(async () => {
    const emptied = await resetProjections(pool);
    expect(emptied).toEqual(expect.arrayContaining(['referrals_v1', 'commitments_v1', 'placement_outcomes_v1', 'procurements_v2']));
    expect(Object.values(await checkpoints(pool))).toEqual(Object.values(reached).map(() => 0));
  });
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
  const rebuilt = await projectionsSettled(pool);
  expect(rebuilt).toEqual(reached);
  expect(await readModelRows(pool)).toEqual(before);
  expect((await pool.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0].n).toBe(events);

  const answers = await readAll();
  expect(answers.filter((answer) => answer.erased)).toHaveLength(50);
  answers.forEach((answer, i) => expect(answer.candidate?.name ?? null).toBe(isErased(i) ? null : people[i].name));
}, 120_000);
