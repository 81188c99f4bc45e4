import { GOTLAND } from './support/gotland';
import { activeCommitmentWithSlots, refer } from './support/placements';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

/**
 * Outcome statistics (domain.md §4) for the Gotland placements: 12 interruptions and 2 completions. The
 * labour-market unit sees exact counts; every other internal role sees small cells suppressed.
 */
let system: SystemUnderTest;
let story: Story;

beforeAll(async () => {
  system = await SystemUnderTest.start();
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
}, 60_000);
afterAll(() => system.stop());

interface Cell { code?: string; count: number | null; monthsServed?: number | null; suppressed: boolean }
interface Outcomes {
  items: { unitId: string; year: number; completions: { total: Cell; byOutcome: Cell[] }; interruptions: { total: Cell; byReason: Cell[] } }[];
  suppression: { applied: boolean; threshold: number };
}
const ROUTE = `/kpis/placement-outcomes?unitId=${GOTLAND.buyerUnitId}&year=${GOTLAND.year}`;
const byCode = (cells: Cell[]) => Object.fromEntries(cells.map(({ code, ...cell }) => [code, cell]));

it('counts completions with months served and interruptions by reason per unit and year, suppressed outside the matching unit', async () => {
  const { commitmentId, slotIds } = await activeCommitmentWithSlots(story, 3);
  const people = await Promise.all(['Utfall Ettsson', 'Utfall Tvåsdotter', 'Utfall Tresson'].map((name) => refer(story, { name })));
  const slot = (i: number, act: string) => `/commitments/${commitmentId}/slots/${slotIds[i]}/${act}`;
  const place = async (i: number, date: string) => {
    await story.command(slot(i, 'match'), { referralId: people[i], matchedAt: `${date}T08:00:00+02:00` }, story.tokens.labourMarket);
    await story.command(slot(i, 'start'), { date }, story.tokens.supplier);
  };
  // One commitment stream: its placements are written one after the other.
  for (const [i, reasonCode, times] of [[0, 'participantIll', 5], [1, 'supplierEnded', 6], [2, 'mismatch', 1]] as const) {
    for (let n = 0; n < times; n += 1) {
      await place(i, '2026-06-01');
      await story.command(slot(i, 'interrupt'), { date: '2026-06-01', reasonCode }, story.tokens.supplier);
    }
  }
  await place(0, '2026-06-01');
  await place(1, '2026-06-01');
  await story.moveClockTo('2026-12-01T10:00:00+01:00');
  await story.command(slot(0, 'complete'), { date: '2026-12-01', outcomeCode: 'employment', monthsServed: 6 }, story.tokens.supplier);
  await story.command(slot(1, 'complete'), { date: '2026-12-01', outcomeCode: 'education', monthsServed: 3.5 }, story.tokens.supplier);

  const exact = await story.eventually<Outcomes>(ROUTE, (o) => o.items[0]?.completions.total.count === 2, story.tokens.labourMarket);
  expect(exact.suppression).toEqual({ applied: false, threshold: 5 });
  expect(exact.items).toHaveLength(1);
  const [mine] = exact.items;
  expect([mine.unitId, mine.year]).toEqual([GOTLAND.buyerUnitId, GOTLAND.year]);
  expect(mine.completions.total).toEqual({ count: 2, monthsServed: 9.5, suppressed: false });
  expect(byCode(mine.completions.byOutcome)).toMatchObject({ employment: { count: 1, monthsServed: 6 }, education: { count: 1, monthsServed: 3.5 }, other: { count: 0, monthsServed: 0 } });
  expect(mine.interruptions.total).toEqual({ count: 12, suppressed: false });
  expect(byCode(mine.interruptions.byReason)).toEqual({
    participantIll: { count: 5, suppressed: false }, participantLeft: { count: 0, suppressed: false }, supplierEnded: { count: 6, suppressed: false },
    mismatch: { count: 1, suppressed: false }, movedToOtherMeasure: { count: 0, suppressed: false }, other: { count: 0, suppressed: false },
  });

  for (const token of [story.tokens.buyer, story.tokens.officer, await system.token({ role: 'social-welfare', unitId: 'social-welfare', userId: 'sw-1' })]) {
    const { status, body } = await system.queries.get<Outcomes>(ROUTE, token);
    expect(status).toBe(200);
    expect(body.suppression).toEqual({ applied: true, threshold: 5 });
    const [theirs] = body.items;
    // Two completions: the total and every outcome hidden, zeros too, or they would show where the two went.
    expect(theirs.completions.total).toEqual({ count: null, monthsServed: null, suppressed: true });
    expect(theirs.completions.byOutcome.every((cell) => cell.count === null && cell.monthsServed === null && cell.suppressed)).toBe(true);
    // One mismatch: hidden with the zeros and the smallest larger count (5); the 6 and the total 12 stay.
    expect(theirs.interruptions.total).toEqual({ count: 12, suppressed: false });
    expect(byCode(theirs.interruptions.byReason)).toEqual({
      participantIll: { count: null, suppressed: true }, participantLeft: { count: null, suppressed: true }, supplierEnded: { count: 6, suppressed: false },
      mismatch: { count: null, suppressed: true }, movedToOtherMeasure: { count: null, suppressed: true }, other: { count: null, suppressed: true },
    });
  }
  expect((await system.queries.get(ROUTE, story.tokens.supplier)).status).toBe(403);
  expect((await system.queries.get(ROUTE, story.tokens.admin)).status).toBe(403);
  expect((await system.queries.get('/kpis/placement-outcomes?year=2031', story.tokens.labourMarket)).body).toEqual({ items: [], suppression: { applied: false, threshold: 5 } });
}, 60_000);
