import { SystemUnderTest } from './support/system-under-test';
import { GOTLAND, procureToSignedContract } from './support/gotland';
import { Story } from './support/story';

/**
 * The story the product exists for (domain.md §0): Region Gotland's waste department, three
 * work-training placements, "two of three matched" — and no candidate's name anywhere but the vault.
 */
let system: SystemUnderTest;
let story: Story;
const captured: string[] = [];
const CANARIES = ['Kanarie Testsson-7731', 'Fågel Provsdotter-5512', 'Siska Exempelberg-9043'];

beforeAll(async () => {
  system = await SystemUnderTest.start({ logs: true });
  const capture = (chunk: string | Uint8Array): boolean => captured.push(String(chunk)) > 0;
  jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
});
afterAll(async () => {
  jest.restoreAllMocks();
  await system.stop();
});

interface Funnel { committed: number; offered: number; matched: number; started: number; ongoing: number; completed: number; interrupted: number }

it('follows three work-training placements from the signed contract to "two of three matched"', async () => {
  const { contractId } = await procureToSignedContract(story);
  const contract = await story.eventually<{ commitments: { id: string }[] }>(`/contracts/${contractId}`, (c) => c.commitments?.length === 1);

  await story.moveClockTo('2026-06-01T08:00:00+02:00');
  await story.command(`/contracts/${contractId}/start`, { date: '2026-06-01' }, story.tokens.buyer);
  const commitmentId = contract.commitments[0].id;
  await story.eventually<{ status: string }>(`/commitments/${commitmentId}`, (c) => c.status === 'Active');

  const slots: string[] = [];
  for (const site of ['Visby ÅVC', 'Slite ÅVC', 'Hemse ÅVC']) {
    const { slotId } = await story.command<{ slotId: string }>(`/commitments/${commitmentId}/slots`, { site, startWindow: { from: '2026-06-15', to: '2026-08-31' } }, story.tokens.supplier, 201);
    slots.push(slotId);
  }
  const referrals: string[] = [];
  for (const name of CANARIES) {
    const { id } = await story.command<{ id: string }>('/referrals', { targetGroupCode: 'far-from-labour-market', candidate: { name, contact: { phone: '0498-000000' } } }, story.tokens.labourMarket, 201);
    referrals.push(id);
  }
  for (const i of [0, 1]) {
    await story.command(`/commitments/${commitmentId}/slots/${slots[i]}/match`, { referralId: referrals[i], matchedAt: '2026-06-01T08:00:00+02:00' }, story.tokens.labourMarket);
  }

  const twoOfThree = { committed: 3, offered: 3, matched: 2 };
  await story.eventually<Funnel>(`/commitments/${commitmentId}/funnel`, (f) => f.matched === 2);
  expect(await story.eventually<Funnel>(`/commitments/${commitmentId}/funnel`, () => true)).toMatchObject(twoOfThree);
  const kpis = await story.eventually<{ items: Array<Funnel & { unitId: string; year: number }> }>(`/kpis/placements?unitId=${GOTLAND.buyerUnitId}&year=${GOTLAND.year}`, (k) => k.items[0]?.matched === 2);
  expect(kpis.items).toEqual([expect.objectContaining({ unitId: GOTLAND.buyerUnitId, year: GOTLAND.year, ...twoOfThree })]);

  const again = await system.commands.post(`/commitments/${commitmentId}/slots/${slots[0]}/match`, story.tokens.labourMarket, { referralId: referrals[2], matchedAt: '2026-06-01T08:00:00+02:00' });
  expect(again.body).toMatchObject({ status: 422, rule: 'S2' });

  await story.command(`/commitments/${commitmentId}/slots/${slots[2]}/match`, { referralId: referrals[2], matchedAt: '2026-06-01T08:00:00+02:00' }, story.tokens.labourMarket);
  const { slotId: fourth } = await story.command<{ slotId: string }>(`/commitments/${commitmentId}/slots`, { site: 'Roma ÅVC', startWindow: { from: '2026-06-15', to: '2026-08-31' } }, story.tokens.supplier, 201);
  const { id: fourthReferral } = await story.command<{ id: string }>('/referrals', { targetGroupCode: 'far-from-labour-market', candidate: { name: 'Reserv Kandidatsson-1180' } }, story.tokens.labourMarket, 201);
  const overCommitted = await system.commands.post(`/commitments/${commitmentId}/slots/${fourth}/match`, story.tokens.labourMarket, { referralId: fourthReferral, matchedAt: '2026-06-01T08:00:00+02:00' });
  expect(overCommitted.body).toMatchObject({ status: 422, rule: 'S1' });

  const referral = await story.eventually<{ candidate?: { name: string } }>(`/referrals/${referrals[0]}`, (r) => Boolean(r.candidate), story.tokens.labourMarket);
  expect(referral.candidate?.name).toBe(CANARIES[0]);
  expect((await system.queries.get(`/referrals/${referrals[0]}`, story.tokens.buyer)).status).toBe(403);
});

it('keeps candidate names out of every event, table and log line', async () => {
  const { rows: tables } = await system.database.pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['events', 'pii_candidate_data', 'pii_candidate_keys']));
  for (const { table_name } of tables) {
    const { rows } = await system.database.pool.query<{ row: string }>(`SELECT t::text AS row FROM ${table_name} t`);
    const text = rows.map((r) => r.row).join('\n');
    for (const canary of [...CANARIES, 'Reserv Kandidatsson-1180']) expect([table_name, text.includes(canary)]).toEqual([table_name, false]);
  }
  const logs = captured.join('');
  expect(logs.length).toBeGreaterThan(0);
  for (const canary of CANARIES) expect(logs.includes(canary)).toBe(false);
});
