import { AllInOneProcess } from './support/all-in-one-process';
import { GOTLAND, procureToSignedContract } from './support/gotland';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

// Notifications without Kafka (the all-in-one default): the projector's gateway hands the integration
// messages to the notifier over the process's in-process bus, and GET /notifications serves them.

type Inbox = { items: Array<{ rule: string; subject: string; recipient: Record<string, string>; title: string }>; total: number };
const rules = (inbox: Inbox, subject: string) => inbox.items.filter((item) => item.subject === subject).map((item) => item.rule);

describe('notifications through the in-process bus, timers on the test clock', () => {
  let system: SystemUnderTest;
  let story: Story;
  let socialWelfare: string;

  beforeAll(async () => {
    system = await SystemUnderTest.start({ notifier: true });
    story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
    socialWelfare = await system.token({ role: 'social-welfare', unitId: 'social-welfare', userId: 'sw-1' });
  }, 60_000);
  afterAll(() => system?.stop(), 60_000);

  it('tell each unit of its part of the Gotland story, and no one else', async () => {
    const { procurementId } = await procureToSignedContract(story);
    const has = (...wanted: string[]) => (inbox: Inbox) => wanted.every((rule) => rules(inbox, procurementId).includes(rule));
    await story.eventually<Inbox>('/notifications', has('placement-criterion-published'), story.tokens.labourMarket);
    await story.eventually<Inbox>('/notifications', has('placement-criterion-published'), socialWelfare);
    // (The story jumps the clock past the standstill and signs at once: whether the "ends tomorrow" timer fires
    // before the signing cancels it is a race, so the buyer's inbox is not checked here.)
    const supplierInbox = (await system.queries.get<Inbox>('/notifications', story.tokens.supplier)).body;
    expect(supplierInbox.total).toBe(0);

    // Signed 2026-04-21 09:00; 25 days later the award notice is still not published.
    const officer = (await system.queries.get<Inbox>('/notifications', story.tokens.officer)).body;
    expect(rules(officer, procurementId)).not.toContain('award-notice-not-published');
    await story.moveClockTo('2026-05-16T09:30:00+02:00');
    const later = await story.eventually<Inbox>('/notifications', has('award-notice-not-published'), story.tokens.officer);
    expect(later.items.filter((item) => item.subject === procurementId).map((item) => item.recipient)).toEqual([{ role: 'procurement-officer' }]);
  }, 120_000);
});

describe('npm start (the built all-in-one, no KAFKA_BROKERS)', () => {
  let app: AllInOneProcess;

  beforeAll(async () => {
    app = await AllInOneProcess.start();
  }, 90_000);
  afterAll(() => app?.dispose(), 60_000);

  it('notifies the labour-market unit of a procurement published with a placement criterion', async () => {
    const officer = await app.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' });
    const matcher = await app.token({ role: 'labour-market', unitId: 'arbetsliv-och-etablering', userId: 'matcher-1' });
    const created = await app.commandApi.post<{ id: string }>('/procurements', officer, {
      title: 'Renhållning', buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 4_000_000, currency: 'SEK' },
    });
    expect(created.status).toBe(201);
    const p = `/procurements/${created.body.id}`;
    expect((await app.commandApi.post(`${p}/social-criteria`, officer, {
      instrument: 'specialContractCondition', placementType: 'workTraining', unitsRequired: 3, reportingSchedule: 'quarterly',
      sanctions: ['vite-per-saknad-plats'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering',
    })).status).toBe(201);
    const now = new Date();
    const published = await app.commandApi.post(`${p}/publish`, officer, {
      publishedAt: now.toISOString(), tenderDeadline: new Date(now.getTime() + 40 * 86_400_000).toISOString(), electronicTenders: true,
    });
    expect(published.status).toBe(200);
    const deadline = Date.now() + 20_000;
    let inbox: Inbox | undefined;
    while (Date.now() < deadline) {
      inbox = (await app.queryApi.get<Inbox>('/notifications', matcher)).body;
      if (inbox.items?.some((item) => item.subject === created.body.id)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(inbox?.items.filter((item) => item.subject === created.body.id)).toEqual([
      expect.objectContaining({ rule: 'placement-criterion-published', recipient: { role: 'labour-market', unitId: 'arbetsliv-och-etablering' } }),
    ]);
  }, 60_000);
});
