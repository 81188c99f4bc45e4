import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NOTIFICATIONS_TOPIC, PROCUREMENT_PUBLISHED_V1, type NotificationV1 } from '@kravspar/contracts';
import { describeWithKafkaMock, startKafkaMockCluster, type KafkaMockCluster } from '@kravspar/testing';
import { eventually, TopicReader } from '../../apps/notifier/src/notifier-kafka.fixtures';
import { OUTBOX_BATCH } from '../../apps/notifier/src/notifier.service';
import { AppProcess } from '../support/app-process';
import { freePorts, sleep } from '../support/all-in-one-process';
import { SystemUnderTest } from '../support/system-under-test';
import { report, sized } from './reliability-scale';
import { publishingLoad } from './system-with-officer';

// The real path on librdkafka's mock cluster: procurements published with a placement criterion through the
// command-api, the projector's gateway producing kravspar.procurement.v1, and the notifier (a child process
// of its own) consuming it in its group, stopped at random points while the stream flows — SIGKILLed as a
// crash would, or SIGTERMed as a deployment would — and started again. Every publication must yield its two
// notifications exactly once in the table and at least once on kravspar.notifications.v1 (the outbox
// publishes at least once; consumers dedupe on ce_id).

const RESTARTS = sized(2, 6);
const CLIENTS = 3;
/** The load goes on until every restart is done and at least this many procurements are published. */
const MIN_PUBLISHED = sized(20, 300);
/** Each stop lands somewhere in this window after the (re)started notifier stored its first notifications, while the load runs. */
const STOP_WITHIN_MS = [300, 2_500] as const;
/** domain.md §5: a placement criterion tells the matching labour-market unit and social welfare. */
const RECIPIENTS = ['labour-market/arbetsliv-och-etablering', 'social-welfare/'];

describeWithKafkaMock(`Kafka consumers restarted ${RESTARTS} times mid-stream`, () => {
  let kafka: KafkaMockCluster;
  let system: SystemUnderTest;
  let notifier: AppProcess;
  let officer: string;

  beforeAll(async () => {
    kafka = await startKafkaMockCluster();
    const kafkaSettings = { KAFKA_BROKERS: kafka.bootstrap, KAFKA_SESSION_TIMEOUT_MS: '6000' };
    system = await SystemUnderTest.start({ settings: kafkaSettings });
    officer = await system.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' });
    const [port] = await freePorts(1);
    notifier = new AppProcess('notifier', port, {
      ...kafkaSettings, DATABASE_URL: system.database.url, NOTIFIER_PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'test',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'kravspar-notifier-')), NOTIFIER_RETRY_DELAY_MS: '5', NOTIFIER_PUBLISH_INTERVAL_MS: '100',
    });
    await notifier.start();
  }, 90_000);
  afterAll(async () => {
    await notifier?.stop();
    await system?.stop();
    await kafka?.stop();
  }, 60_000);

  it('loses no notification and stores none twice; the topic holds every one, duplicates bounded by the outbox', async () => {
    const pool = system.database.pool;
    const count = async (sql: string): Promise<number> => (await pool.query<{ n: number }>(sql)).rows[0].n;
    const running = publishingLoad(system.commands, officer, CLIENTS);
    const stored = () => count('SELECT count(*)::int AS n FROM notifications');
    const stops: string[] = [];
    const backlogAtStops: number[] = [];
    for (let restart = 0, before = 0; restart < RESTARTS; restart++) {
      // Mid-stream: this notifier has joined the group and stored some, and publications keep arriving.
      await eventually(stored, (n) => n > before, 60_000);
      await sleep(STOP_WITHIN_MS[0] + Math.random() * (STOP_WITHIN_MS[1] - STOP_WITHIN_MS[0]));
      const signal = restart % 2 === 0 ? 'SIGKILL' : 'SIGTERM';
      before = await stored();
      backlogAtStops.push(running.published() * RECIPIENTS.length - before);
      const ended = await notifier.kill(signal);
      expect(ended === signal || ended === 0).toBe(true);
      stops.push(signal);
      await notifier.start();
    }
    while (running.published() < MIN_PUBLISHED) await sleep(100);
    const published = await running.stop();
    expect(published.length).toBeGreaterThanOrEqual(MIN_PUBLISHED);

    const expected = published.length * RECIPIENTS.length;
    // A stopped member leaves the group only after its session timeout; then the restarted one takes over.
    await eventually(() => count('SELECT count(*)::int AS n FROM notifications WHERE published_at IS NOT NULL'), (n) => n >= expected, sized(90_000, 300_000));

    // The table: exactly one notification per (source, rule, recipient), and every publication has both of its own.
    const { rows } = await pool.query<{ source_id: string; rule: string; recipient: string; subject: string; notification_id: string; copies: number }>(
      `SELECT source_id, rule, recipient_role || '/' || coalesce(recipient_unit_id, '') AS recipient, min(subject) AS subject,
              min(notification_id::text) AS notification_id, count(*)::int AS copies
         FROM notifications GROUP BY source_id, rule, recipient_role, recipient_unit_id`,
    );
    expect(rows.filter((row) => row.copies !== 1)).toEqual([]);
    expect(rows).toHaveLength(expected);
    const recipientsBySubject = new Map<string, string[]>();
    for (const row of rows) {
      expect(row.rule).toBe('placement-criterion-published');
      recipientsBySubject.set(row.subject, [...(recipientsBySubject.get(row.subject) ?? []), row.recipient]);
    }
    expect([...recipientsBySubject.keys()].sort()).toEqual([...published].sort());
    for (const recipients of recipientsBySubject.values()) expect(recipients.sort()).toEqual(RECIPIENTS);
    // One inbox row per published message: each message was taken in once, however often it was delivered.
    const inbox = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM notifier_inbox WHERE type = $1', [PROCUREMENT_PUBLISHED_V1.type]);
    expect(inbox.rows[0].n).toBe(published.length);

    // The topic, read back by a plain consumer: every stored notification, by its CloudEvents id.
    const reader = await TopicReader.start(kafka.bootstrap, [NOTIFICATIONS_TOPIC]);
    try {
      const distinctIds = (records: readonly { headers: Record<string, string> }[]) => new Set(records.map((record) => record.headers.ce_id)).size;
      await reader.until((records) => distinctIds(records) >= expected, 60_000);
      await sleep(1_000); // anything published twice would arrive by now
      const records = reader.records;
      expect(new Set(records.map((record) => record.headers.ce_id))).toEqual(new Set(rows.map((row) => row.notification_id)));
      // A copy is the same record again, never a different notification under the same id.
      const valueById = new Map<string, string>();
      for (const record of records) {
        const notification = JSON.parse(record.value) as NotificationV1;
        expect(notification.notificationId).toBe(record.headers.ce_id);
        expect(valueById.get(record.headers.ce_id) ?? record.value).toBe(record.value);
        valueById.set(record.headers.ce_id, record.value);
      }
      const duplicates = records.length - expected;
      // Only a crash between the topic's acknowledgement and the outbox's mark resends: at most one pass (OUTBOX_BATCH) each.
      const crashes = stops.filter((signal) => signal === 'SIGKILL').length;
      expect(duplicates).toBeLessThanOrEqual(crashes * OUTBOX_BATCH);
      report('Kafka consumers restarted mid-stream', {
        'notifier stops': `${stops.length} (${crashes} SIGKILL)`,
        'notifications not yet stored at each stop': backlogAtStops.join('/'),
        'procurements published': published.length,
        'notifications expected': expected,
        'in the table': rows.length,
        'stored twice': rows.filter((row) => row.copies > 1).length,
        'records on the topic': records.length,
        'distinct ce_id': valueById.size,
        'duplicates on the topic': duplicates,
      });
    } finally {
      await reader.stop();
    }
  }, sized(240_000, 900_000));
});
