import type { DevTokenClaims } from '@kravspar/http';
import { insertNotifications, type NotificationRecipient, type StoredNotification } from '@kravspar/read-store';
import { createTestDatabase } from '@kravspar/testing';
import { startQueryApi, type RunningQueryApi } from '../query-api-app.fixtures';

// GET /notifications over HTTP: each caller sees the notifications addressed to their role and unit (or
// supplier), newest first, in pages; the rows are written as the notifier writes them.

let api: RunningQueryApi;
let sequence = 0;

function notification(recipient: NotificationRecipient, title: string): StoredNotification {
  sequence += 1;
  return {
    notificationId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    sourceId: `event-${sequence}`,
    rule: 'test-rule',
    recipient,
    subject: 'p1',
    title,
    createdAt: new Date(Date.UTC(2026, 2, 2, 9, sequence)).toISOString(),
  };
}

beforeAll(async () => {
  api = await startQueryApi(await createTestDatabase());
  await insertNotifications(api.pool, [
    notification({ role: 'labour-market', unitId: 'arbetsliv-och-etablering' }, 'for the matching unit'),
    notification({ role: 'labour-market', unitId: 'other-matching-unit' }, 'for another matching unit'),
    notification({ role: 'social-welfare' }, 'for every social welfare user'),
    notification({ role: 'buyer', unitId: 'waste' }, 'for the waste department'),
    notification({ role: 'procurement-officer' }, 'for procurement support'),
    notification({ role: 'supplier', supplierId: 'acme' }, 'for acme'),
    notification({ role: 'supplier', supplierId: 'bygg' }, 'for bygg'),
  ]);
  await insertNotifications(api.pool, Array.from({ length: 5 }, (_, i) => notification({ role: 'buyer', unitId: 'schools' }, `schools ${i + 1}`)));
});
afterAll(() => api?.close());

const titles = (body: { items: StoredNotification[] }) => body.items.map((item) => item.title);
const labourMarket: DevTokenClaims = { role: 'labour-market', userId: 'lm-1', unitId: 'arbetsliv-och-etablering' };

describe('GET /notifications', () => {
  it('answers each caller with their own inbox only', async () => {
    const readers: Array<[DevTokenClaims, string[]]> = [
      [labourMarket, ['for the matching unit']],
      [{ role: 'social-welfare', userId: 'sw-1', unitId: 'social-welfare' }, ['for every social welfare user']],
      [{ role: 'buyer', userId: 'b-1', unitId: 'waste' }, ['for the waste department']],
      [{ role: 'procurement-officer', userId: 'o-1', unitId: 'procurement-support' }, ['for procurement support']],
      [{ role: 'supplier', userId: 'acme-user', supplierId: 'acme' }, ['for acme']],
      [{ role: 'auditor', userId: 'a-1', unitId: 'audit' }, []],
    ];
    for (const [reader, expected] of readers) {
      const { status, body } = await api.get('/notifications', reader);
      expect(status).toBe(200);
      expect(titles(body)).toEqual(expected);
      expect(body.total).toBe(expected.length);
    }
  });

  it('serves the notification as published: rule, recipient, subject, time', async () => {
    const { body } = await api.get('/notifications', labourMarket);
    expect(body.items[0]).toEqual({
      notificationId: expect.any(String),
      sourceId: expect.stringMatching(/^event-/),
      rule: 'test-rule',
      recipient: { role: 'labour-market', unitId: 'arbetsliv-och-etablering' },
      subject: 'p1',
      title: 'for the matching unit',
      createdAt: '2026-03-02T09:01:00.000Z',
    });
  });

  it('pages newest first, and counts the whole inbox on every page', async () => {
    const schools: DevTokenClaims = { role: 'buyer', userId: 'b-2', unitId: 'schools' };
    const first = await api.get('/notifications?pageSize=2', schools);
    expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 5 });
    expect(titles(first.body)).toEqual(['schools 5', 'schools 4']);
    expect(titles((await api.get('/notifications?page=3&pageSize=2', schools)).body)).toEqual(['schools 1']);
    expect((await api.get('/notifications?page=4&pageSize=2', schools)).body).toMatchObject({ items: [], total: 5 });
  });

  it('refuses a bad page with 400 and a missing token with 401', async () => {
    expect((await api.get('/notifications?pageSize=1000', labourMarket)).status).toBe(400);
    expect((await api.get('/notifications?page=0', labourMarket)).status).toBe(400);
    expect((await api.get('/notifications')).status).toBe(401);
  });
});
