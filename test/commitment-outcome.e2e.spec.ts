import { countEvents, employment, procureWithCriteria } from './support/follow-up';
import { GOTLAND } from './support/gotland';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

/**
 * S7 at the end of the contract period: two employments of 6 months agreed (UHM 11554, alternative a),
 * both ended early — one after 80 % of the time (it counts, the commitment is fulfilled), one after
 * 60 % (it does not, the commitment is breached). The period-end timer decides, moved by the test clock.
 */
let system: SystemUnderTest;
let story: Story;

beforeAll(async () => {
  system = await SystemUnderTest.start();
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
});
afterAll(async () => system.stop());

interface Compliance {
  commitments: Array<{ criterionId: string; periodEndedOn: string | null; outcome: { status: string; placementsCounted: number; unitsRequired: number } | null }>;
}

async function employ(commitmentId: string, name: string): Promise<string> {
  const { slotId } = await story.command<{ slotId: string }>(`/commitments/${commitmentId}/slots`, { site: 'Slite ÅVC', startWindow: { from: '2026-06-01', to: '2026-06-30' } }, story.tokens.supplier, 201);
  const { id: referralId } = await story.command<{ id: string }>('/referrals', { targetGroupCode: 'far-from-labour-market', candidate: { name } }, story.tokens.labourMarket, 201);
  await story.command(`/commitments/${commitmentId}/slots/${slotId}/match`, { referralId, matchedAt: '2026-06-01T08:00:00+02:00' }, story.tokens.labourMarket);
  await story.command(`/commitments/${commitmentId}/slots/${slotId}/start`, { date: '2026-06-01' }, story.tokens.supplier);
  return slotId;
}

it('fulfils the commitment whose employment ended after 80 % of the agreed time and breaches the one at 60 %', async () => {
  const period = { start: '2026-06-01', end: '2026-12-31' };
  const { contractId, criterionIds } = await procureWithCriteria(story, [employment('Anställning A'), employment('Anställning B')], period);
  const [eighty, sixty] = criterionIds;
  const contract = await story.eventually<{ commitments: Array<{ id: string; criterionId: string }> }>(`/contracts/${contractId}`, (c) => c.commitments?.length === 2);
  const commitmentOf = (criterionId: string) => contract.commitments.find((c) => c.criterionId === criterionId)!.id;

  await story.moveClockTo('2026-06-01T08:00:00+02:00');
  await story.command(`/contracts/${contractId}/start`, { date: '2026-06-01' }, story.tokens.buyer);
  await story.eventually<{ status: string }>(`/commitments/${commitmentOf(sixty)}`, (c) => c.status === 'Active');
  await story.eventually<{ status: string }>(`/commitments/${commitmentOf(eighty)}`, (c) => c.status === 'Active');
  await story.moveClockTo('2026-06-01T09:00:00+02:00');
  const slotA = await employ(commitmentOf(eighty), 'Anna Anställd');
  const slotB = await employ(commitmentOf(sixty), 'Bertil Anställd');

  // 110 days of 6 months (3.61 months, 60 %) and 147 days (4.83 months, 80 %): both left early.
  await story.moveClockTo('2026-09-19T10:00:00+02:00');
  await story.command(`/commitments/${commitmentOf(sixty)}/slots/${slotB}/interrupt`, { date: '2026-09-19', reasonCode: 'participantLeft' }, story.tokens.supplier);
  await story.moveClockTo('2026-10-26T10:00:00+01:00');
  await story.command(`/commitments/${commitmentOf(eighty)}/slots/${slotA}/interrupt`, { date: '2026-10-26', reasonCode: 'participantLeft' }, story.tokens.supplier);

  await story.moveClockTo('2027-01-01T09:00:00+01:00');
  const view = await story.eventually<Compliance>(`/contracts/${contractId}/compliance`, (v) => v.commitments.every((c) => c.outcome !== null));
  const outcomeOf = (criterionId: string) => view.commitments.find((c) => c.criterionId === criterionId);
  expect(outcomeOf(eighty)).toMatchObject({ periodEndedOn: '2026-12-31', outcome: { status: 'Fulfilled', placementsCounted: 1, unitsRequired: 1 } });
  expect(outcomeOf(sixty)).toMatchObject({ periodEndedOn: '2026-12-31', outcome: { status: 'Breached', placementsCounted: 0, unitsRequired: 1 } });

  const { rows } = await system.database.pool.query<{ type: string; data: { placements: Array<{ ended: string; monthsServed: number; counts: boolean }> } }>(
    `SELECT type, data FROM events WHERE type IN ('CommitmentFulfilled', 'CommitmentBreached') ORDER BY type`,
  );
  expect(rows.map((row) => [row.type, row.data.placements])).toEqual([
    ['CommitmentBreached', [{ slotId: slotB, ended: 'interrupted', startDate: '2026-06-01', monthsServed: 3.61, counts: false }]],
    ['CommitmentFulfilled', [{ slotId: slotA, ended: 'interrupted', startDate: '2026-06-01', monthsServed: 4.83, counts: true }]],
  ]);
  expect(await countEvents(system.database.pool, 'CommitmentPeriodEnded')).toBe(2);
  // Neither a report nor a meeting: the contract counts as not followed up.
  const coverage = await story.eventually<{ items: unknown[] }>('/kpis/social-criteria-coverage?year=2026', (c) => c.items.length === 1);
  expect(coverage.items).toEqual([expect.objectContaining({ withSocialCriteria: 1, contracted: 1, followedUp: 0, shareFollowedUp: 0 })]);
});
