import { countEvents, timerFired, waitUntil } from './support/follow-up';
import { GOTLAND, procureToSignedContract } from './support/gotland';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

/**
 * The Gotland contract followed up (domain.md §3, §4, §6): quarterly reports — one in time, one overdue —
 * across restarts, a deviation, C2 and C1 refusals, a rectification request, a penalty and a waived one,
 * all shown by GET /contracts/{id}/compliance.
 */
let system: SystemUnderTest;
let story: Story;

beforeAll(async () => {
  system = await SystemUnderTest.start();
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
});
afterAll(async () => system.stop());

async function restart(options: { replayWorkflows?: boolean } = {}): Promise<void> {
  if (options.replayWorkflows) await system.database.pool.query(`UPDATE projection_checkpoints SET position = 0 WHERE name = 'follow-up-workflow.v1'`);
  system = await system.restart();
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
}

const Q1 = { start: '2026-06-01', end: '2026-08-31' };
interface Compliance {
  commitments: Array<{ reports: { due: number; received: number; overdue: number; periods: Array<{ start: string; status: string }> }; firstPlacement: { status: string; days: number } | null }>;
  deviations: { open: number; items: Array<{ deviationId: string; rectificationRequests: unknown[] }> };
  rectificationDeadlines: Array<{ deviationId: string; deadline: string }>;
  penalties: { imposed: number; waived: number; items: Array<{ penaltyId: string; waiver: { justification: string } | null }> };
  followUpMeetings: unknown[];
}

it('shows reports, an overdue report, a deviation, rectification, a penalty and a waived one for the Gotland contract', async () => {
  const { contractId } = await procureToSignedContract(story);
  const contract = await story.eventually<{ commitments: Array<{ id: string; criterionId: string }> }>(`/contracts/${contractId}`, (c) => c.commitments?.length === 1);
  const { id: commitmentId, criterionId } = contract.commitments[0];
  const stream = `commitment-${commitmentId}`;
  const compliance = `/contracts/${contractId}/compliance`;

  await story.moveClockTo('2026-06-01T08:00:00+02:00');
  await story.command(`/contracts/${contractId}/start`, { date: '2026-06-01' }, story.tokens.buyer);
  await waitUntil('the follow-up timers armed', async () => (await timerFired(system.database.pool, `commitment-period-end:${commitmentId}`)) === false);

  await story.moveClockTo('2026-07-01T09:00:00+02:00');
  const { slotId } = await story.command<{ slotId: string }>(`/commitments/${commitmentId}/slots`, { site: 'Visby ÅVC', startWindow: { from: '2026-06-15', to: '2026-08-31' } }, story.tokens.supplier, 201);
  const { id: referralId } = await story.command<{ id: string }>('/referrals', { targetGroupCode: 'far-from-labour-market', candidate: { name: 'Test Testsson' } }, story.tokens.labourMarket, 201);
  await story.command(`/commitments/${commitmentId}/slots/${slotId}/match`, { referralId, matchedAt: '2026-07-01T08:00:00+02:00' }, story.tokens.labourMarket);
  await story.command(`/commitments/${commitmentId}/slots/${slotId}/start`, { date: '2026-07-01' }, story.tokens.supplier);
  await story.command(`/contracts/${contractId}/follow-ups`, { heldAt: '2026-07-01T08:30:00+02:00', participants: ['buyer', 'supplier', 'labour-market'] }, story.tokens.buyer);

  // Q1's report comes in time; another supplier's and one with a name in it are turned away.
  await story.moveClockTo('2026-09-15T10:00:00+02:00');
  const report = { period: Q1, counts: { offered: 1, started: 1, ongoing: 1, completed: 0 } };
  expect((await system.commands.post(`/commitments/${commitmentId}/reports`, story.tokens.otherSupplier, report)).status).toBe(404);
  expect((await system.commands.post(`/commitments/${commitmentId}/reports`, story.tokens.supplier, { ...report, counts: { ...report.counts, name: 'Test' } })).status).toBe(400);
  await story.command(`/commitments/${commitmentId}/reports`, report, story.tokens.supplier);

  await restart();
  await story.moveClockTo('2026-10-02T09:00:00+02:00');
  await waitUntil('Q1 timer fired', async () => (await timerFired(system.database.pool, `report-overdue:${commitmentId}:2026-06-01`)) === true);
  expect(await countEvents(system.database.pool, 'ReportOverdue', stream)).toBe(0);

  // Q2 (due 30 December) has no report: past its due date, with a restart in between, one ReportOverdue.
  await story.moveClockTo('2026-12-31T09:00:00+01:00');
  await restart();
  await story.eventually<Compliance>(compliance, (v) => v.commitments[0]?.reports.overdue === 1);
  await restart({ replayWorkflows: true });
  await waitUntil('Q3 timer armed after Q2 fired', async () => (await timerFired(system.database.pool, `report-overdue:${commitmentId}:2026-12-01`)) === false);
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // a few polls of the timers after the replay
  expect(await countEvents(system.database.pool, 'ReportOverdue', stream)).toBe(1);
  expect(await countEvents(system.database.pool, 'FirstPlacementOverdue', stream)).toBe(0);

  // A deviation; C2 and C1 refuse penalties; then a rectification request, a penalty and a waived one.
  await story.moveClockTo('2027-01-05T09:00:00+01:00');
  const { deviationId } = await story.command<{ deviationId: string }>(`/contracts/${contractId}/deviations`, { observedAt: '2027-01-05T08:00:00+01:00', criterionId, severity: 'major', description: 'Rapporten för hösten 2026 saknas' }, story.tokens.buyer, 201);
  const penalty = { deviationId, sanction: 'vite-per-saknad-plats', amount: { amount: 10_000, currency: 'SEK' } };
  const early = await system.commands.post(`/contracts/${contractId}/penalties`, story.tokens.buyer, penalty);
  expect(early.body).toMatchObject({ status: 422, rule: 'C2' });
  const unnamed = await system.commands.post(`/contracts/${contractId}/penalties`, story.tokens.buyer, { ...penalty, sanction: 'hävning' });
  expect(unnamed.body).toMatchObject({ status: 422, rule: 'C1' });
  await story.command(`/contracts/${contractId}/rectification-requests`, { deviationId, deadline: '2027-01-31' }, story.tokens.buyer);
  const { penaltyId } = await story.command<{ penaltyId: string }>(`/contracts/${contractId}/penalties`, penalty, story.tokens.officer, 201);
  const { penaltyId: waivedId } = await story.command<{ penaltyId: string }>(`/contracts/${contractId}/penalties`, { ...penalty, amount: { amount: 5_000, currency: 'SEK' } }, story.tokens.buyer, 201);
  await story.command(`/contracts/${contractId}/penalties/${waivedId}/waive`, { justification: 'Rapporten kom in dagen efter; vitet vore oproportionerligt' }, story.tokens.buyer);
  expect((await system.commands.post(`/contracts/${contractId}/penalties/${waivedId}/waive`, story.tokens.supplier, { justification: 'x' })).status).toBe(403);

  const view = await story.eventually<Compliance>(compliance, (v) => v.penalties.waived === 1);
  expect(view.commitments[0]).toMatchObject({
    reports: { due: 2, received: 1, overdue: 1 },
    firstPlacement: { status: 'onTime', days: 30 },
  });
  expect(view.commitments[0].reports.periods.slice(0, 3).map((p) => [p.start, p.status])).toEqual([
    ['2026-06-01', 'received'], ['2026-09-01', 'overdue'], ['2026-12-01', 'upcoming'],
  ]);
  expect(view.followUpMeetings).toHaveLength(1);
  expect(view.deviations).toMatchObject({ open: 1, items: [{ deviationId, rectificationRequests: [expect.objectContaining({ deadline: '2027-01-31' })] }] });
  expect(view.rectificationDeadlines).toEqual([{ deviationId, deadline: '2027-01-31', passed: false }]);
  expect(view.penalties).toMatchObject({ imposed: 2, waived: 1 });
  expect(view.penalties.items.find((p) => p.penaltyId === penaltyId)?.waiver).toBeNull();
  expect(view.penalties.items.find((p) => p.penaltyId === waivedId)?.waiver?.justification).toContain('oproportionerligt');

  // The contract's supplier sees its own compliance; another supplier does not, nor does admin.
  expect((await system.queries.get(compliance, story.tokens.supplier)).status).toBe(200);
  expect((await system.queries.get(compliance, story.tokens.otherSupplier)).status).toBe(404);
  expect((await system.queries.get(compliance, story.tokens.admin)).status).toBe(403);

  // The coverage counts the procurement as having social criteria and its contract as followed up.
  const coverage = await story.eventually<{ items: unknown[] }>('/kpis/social-criteria-coverage?year=2026', (c) => c.items.length === 1);
  expect(coverage.items).toEqual([expect.objectContaining({
    unitId: GOTLAND.buyerUnitId, year: 2026, procurements: 1, withSocialCriteria: 1, shareWithSocialCriteria: 1, contracted: 1, followedUp: 1, shareFollowedUp: 1,
    byInstrument: expect.objectContaining({ specialContractCondition: { procurements: 1, share: 1 }, awardCriterion: { procurements: 0, share: 0 } }),
  })]);
  expect((await system.queries.get('/kpis/social-criteria-coverage', story.tokens.supplier)).status).toBe(403);

  // The routes are in the API documents, the one api.md does not list included.
  const commandPaths = Object.keys((await system.commands.get<{ paths: object }>('/docs-json')).body.paths);
  expect(commandPaths).toEqual(expect.arrayContaining(['/commitments/{id}/reports', '/contracts/{id}/deviations/{deviationId}/rectified', '/contracts/{id}/penalties/{penaltyId}/waive']));
  const queryPaths = Object.keys((await system.queries.get<{ paths: object }>('/docs-json')).body.paths);
  expect(queryPaths).toEqual(expect.arrayContaining(['/contracts/{id}/compliance', '/kpis/social-criteria-coverage']));

  // C3: once completed, no more follow-up.
  await story.command(`/contracts/${contractId}/complete`, { date: '2027-01-05' }, story.tokens.buyer);
  const late = await system.commands.post(`/contracts/${contractId}/follow-ups`, story.tokens.buyer, { heldAt: '2027-01-05T08:30:00+01:00', participants: ['buyer'] });
  expect(late.body).toMatchObject({ status: 422, rule: 'C3' });
});
