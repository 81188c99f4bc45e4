import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createHttpApp } from '@kravspar/http';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { COMMAND_API, CommandApiModule } from '../apps/command-api/src/command-api.module';
import { QUERY_API, QueryApiAppModule } from '../apps/query-api/src/query-api-app.module';
import { testContext, testSettings } from './support/command-api-under-test';
import { HttpClient } from './support/http-client';

/**
 * Rate limits are counted in memory by each app (README §Security): two apps in one process, as in
 * all-in-one, do not share a budget, so one app's limit reached leaves the other answering.
 */
let database: TestDatabase;
const apps: INestApplication[] = [];
const clients: HttpClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const { context } = await testContext(testSettings(database, mkdtempSync(path.join(tmpdir(), 'kravspar-limits-')), { RATE_LIMIT_PER_MINUTE: '2' }));
  apps.push(await createHttpApp(CommandApiModule.register(context), { appName: COMMAND_API, shutdownHooks: false }));
  apps.push(await createHttpApp(QueryApiAppModule.register(context), { appName: QUERY_API, shutdownHooks: false }));
  for (const app of apps) {
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
    clients.push(new HttpClient(await app.getUrl()));
  }
}, 60_000);
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.drop();
});

it('counts each app separately within one process', async () => {
  const [commands, queries] = clients;
  expect([(await commands.get('/health')).status, (await commands.get('/health')).status]).toEqual([200, 200]);
  const limited = await commands.get('/health');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await queries.get('/health')).status).toBe(200);
  expect((await queries.get('/health')).status).toBe(200);
  expect((await queries.get('/health')).status).toBe(429);
});
