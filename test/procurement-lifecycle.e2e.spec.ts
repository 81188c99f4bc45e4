import { SystemUnderTest } from './support/system-under-test';

/**
 * One procurement driven over HTTP through the whole LOU lifecycle, the test clock moved through weeks:
 * publication, a question, three bids, opening, qualification, evaluation, award, notification, a review
 * with an interim order, the court's decision, the extended standstill ended by its timer, and signing.
 */
let system: SystemUnderTest;
let officer: string;
let admin: string;
const suppliers: Record<string, string> = {};

beforeAll(async () => {
  system = await SystemUnderTest.start();
  officer = await system.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' });
  admin = await system.token({ role: 'admin', unitId: 'it', userId: 'admin-1' });
  for (const name of ['städ-ab', 'rent-hb', 'skurhink-ab']) suppliers[name] = await system.token({ role: 'supplier', supplierId: name, userId: `${name}-user` });
});
afterAll(async () => system.stop());

async function moveClockTo(now: string): Promise<void> {
  const answer = await system.commands.request('PUT', '/test-clock', { token: admin, body: { now } });
  expect(answer.status).toBe(200);
}

async function command(path: string, body: unknown = {}, token = officer, expected = 200): Promise<Record<string, unknown>> {
  const answer = await system.commands.post(path, token, body);
  if (answer.status !== expected) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, withinMs = 10_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${withinMs} ms (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** P5: before the award notification only the procurement team sees bids; a supplier sees its own. */
async function expectBidsSecret(p: string, bids: Record<string, string>): Promise<void> {
  await eventually(() => system.queries.get(p, officer), (a) => JSON.stringify(a.body).includes(bids['skurhink-ab']), 'bids for the team');
  const auditor = await system.token({ role: 'auditor', unitId: 'revision', userId: 'auditor-1' });
  for (const [reader, token] of [['rent-hb', suppliers['rent-hb']], ['auditor', auditor]] as const) {
    for (const path of [p, `${p}/timeline`, `/procurements`]) {
      const answer = await system.queries.get(path, token);
      if (answer.status === 403) continue; // a supplier may not read the timeline at all
      const body = JSON.stringify(answer.body);
      expect([reader, path, body.includes(bids['städ-ab']) || body.includes('städ-ab') || body.includes('3600000')]).toEqual([reader, path, false]);
    }
  }
  const own = JSON.stringify((await system.queries.get(p, suppliers['rent-hb'])).body);
  expect(own).toContain(bids['rent-hb']);
}

interface TimelineEntry { type: string; actor?: { userId: string; role: string }; occurredAt: string; recordedAt: string }

it('runs a procurement from initiation to a signed contract', async () => {
  await moveClockTo('2026-03-02T09:00:00+01:00');
  const { id } = (await command('/procurements', { title: 'Städning av återvinningscentraler', buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 4_000_000, currency: 'SEK' } }, officer, 201)) as { id: string };
  const p = `/procurements/${id}`;
  await command(`${p}/social-criteria`, { instrument: 'specialContractCondition', uhmCriterionId: '11554', placementType: 'workTraining', unitsRequired: 3, minMonths: 6, firstPlacementDueDays: 180, reportingSchedule: 'quarterly', sanctions: ['vite-per-saknad-plats'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering' }, officer, 201);
  await command(`${p}/publish`, { publishedAt: '2026-03-02T09:00:00+01:00', tenderDeadline: '2026-04-07T12:00:00+02:00', questionsDeadline: '2026-03-27T12:00:00+01:00', electronicTenders: true });

  await moveClockTo('2026-03-10T10:00:00+01:00');
  const { questionId } = (await command(`${p}/clarifications`, { question: 'Ingår vinterväghållning?' }, suppliers['städ-ab'], 201)) as { questionId: string };
  await command(`${p}/clarifications/${questionId}/answer`, { answer: 'Nej.', answeredAt: '2026-03-10T10:02:00+01:00' });
  const bids: Record<string, string> = {};
  for (const [name, amount] of [['städ-ab', 3_600_000], ['rent-hb', 3_900_000], ['skurhink-ab', 4_100_000]] as const) {
    bids[name] = ((await command(`${p}/bids`, { price: { amount, currency: 'SEK' }, socialOffer: 'Tre platser' }, suppliers[name], 201)) as { bidId: string }).bidId;
  }

  await expectBidsSecret(p, bids);

  await moveClockTo('2026-04-08T09:00:00+02:00');
  await command(`${p}/open-bids`, { openedAt: '2026-04-08T09:00:00+02:00', openers: ['officer-1', 'officer-2'] });
  for (const bidId of Object.values(bids)) await command(`${p}/bids/${bidId}/qualify`);
  await command(`${p}/evaluate`, { ranking: [{ bidId: bids['städ-ab'], score: 92 }, { bidId: bids['rent-hb'], score: 85 }, { bidId: bids['skurhink-ab'], score: 80 }] });
  await command(`${p}/award-decision`, { winnerBidIds: [bids['städ-ab']], reasons: 'Bäst förhållande mellan pris och kvalitet' });
  await command(`${p}/award-notification`, { sentAt: '2026-04-08T09:04:00+02:00', channel: 'electronic' });
  const notified = await eventually(() => system.queries.get<{ standstillLastDay: string }>(p, officer), (a) => Boolean(a.body.standstillLastDay), 'standstill in the read model');
  expect(notified.body.standstillLastDay).toBe('2026-04-20'); // 04-18 is a Saturday: moved to Monday

  await moveClockTo('2026-04-10T09:00:00+02:00');
  await command(`${p}/reviews`, { caseNo: '1234-26', court: 'Förvaltningsrätten i Stockholm', filedAt: '2026-04-10T09:00:00+02:00' });
  await command(`${p}/reviews/1234-26/interim-order`, { at: '2026-04-10T09:00:00+02:00' });
  await moveClockTo('2026-04-22T09:00:00+02:00');
  await command(`${p}/reviews/1234-26/lift-interim-order`, { at: '2026-04-22T09:00:00+02:00' });
  await moveClockTo('2026-04-24T09:00:00+02:00');
  await command(`${p}/reviews/1234-26/decision`, { at: '2026-04-24T09:00:00+02:00', outcome: 'rejected' });
  const signing = { procurementId: id, bidId: bids['städ-ab'], period: { start: '2026-06-01', end: '2028-05-31' } };
  const early = await system.commands.post('/contracts', officer, { ...signing, signedAt: '2026-04-24T09:00:00+02:00' });
  expect(early.body).toMatchObject({ status: 422, rule: 'P9' }); // extended: 10 days after the decision

  await moveClockTo('2026-05-05T08:00:00+02:00');
  await eventually(() => system.queries.get<{ items: TimelineEntry[] }>(`${p}/timeline`, officer), (a) => a.body.items.some((e) => e.type === 'StandstillEnded'), 'StandstillEnded by the timer');
  const signed = await system.commands.post<{ id: string; procurementId: string; revision: number }>('/contracts', officer, { ...signing, signedAt: '2026-05-05T08:00:00+02:00' });
  expect(signed.status).toBe(201);
  expect(signed.body).toMatchObject({ id: expect.any(String), procurementId: id });

  const timeline = await eventually(() => system.queries.get<{ items: TimelineEntry[] }>(`${p}/timeline`, officer), (a) => a.body.items.some((e) => e.type === 'ContractSigned'), 'signing in the timeline');
  expect(timeline.body.items.map((e) => e.type)).toEqual([
    'ProcurementInitiated', 'SocialCriterionAdded', 'ProcurementPublished', 'ClarificationRequested', 'ClarificationAnswered',
    'BidReceived', 'BidReceived', 'BidReceived', 'BidsOpened', 'SupplierQualified', 'SupplierQualified', 'SupplierQualified',
    'BidsEvaluated', 'AwardDecided', 'AwardNotificationSent', 'ReviewApplicationFiled', 'InterimOrderIssued', 'InterimOrderLifted',
    'ReviewDecided', 'StandstillEnded', 'ContractSigned',
  ]);
  const actorOf = (type: string) => timeline.body.items.find((e) => e.type === type)?.actor;
  expect(actorOf('ProcurementPublished')).toMatchObject({ userId: 'officer-1', role: 'procurement-officer' });
  expect(actorOf('StandstillEnded')).toMatchObject({ role: 'system' });
  expect(timeline.body.items.filter((e) => e.type === 'BidReceived').map((e) => e.actor?.role)).toEqual(['supplier', 'supplier', 'supplier']);
});
