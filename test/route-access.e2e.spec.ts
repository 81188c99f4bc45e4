import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Controller, Get, Module, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Access, createHttpApp } from '@kravspar/http';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { COMMAND_API, CommandApiModule } from '../apps/command-api/src/command-api.module';
import { NOTIFIER, NotifierModule } from '../apps/notifier/src/notifier.module';
import { PROJECTOR, ProjectorAppModule } from '../apps/projector/src/projector-app.module';
import { QUERY_API, QueryApiAppModule } from '../apps/query-api/src/query-api-app.module';
import { testContext, testSettings } from './support/command-api-under-test';
import { routeKey, routesOf } from './support/routes';

/**
 * Deny by default, checked over every route of every app: each route states who may call it (`@Access`
 * roles or `@Public`). The guard already closes a route without a rule; this test makes the omission a
 * failure at build time rather than a surprise 403 in production. Public routes are listed, so opening
 * one is a visible change.
 */
const PUBLIC_ROUTES: Record<string, string[]> = {
  [COMMAND_API]: ['GET /health', 'GET /metrics'],
  [QUERY_API]: ['GET /audit/checkpoints/latest', 'GET /health', 'GET /metrics', 'GET /ocds/records/{ocid}', 'GET /ocds/releases'],
  [NOTIFIER]: ['GET /health', 'GET /metrics'],
  [PROJECTOR]: ['GET /health', 'GET /metrics'],
};

let database: TestDatabase;
const apps = new Map<string, INestApplication>();

beforeAll(async () => {
  database = await createTestDatabase();
  const { context } = await testContext(testSettings(database, mkdtempSync(path.join(tmpdir(), 'kravspar-routes-'))));
  apps.set(COMMAND_API, await createHttpApp(CommandApiModule.register(context), { appName: COMMAND_API, shutdownHooks: false }));
  apps.set(QUERY_API, await createHttpApp(QueryApiAppModule.register(context), { appName: QUERY_API, shutdownHooks: false }));
  apps.set(NOTIFIER, await createHttpApp(NotifierModule.register(context), { appName: NOTIFIER, shutdownHooks: false }));
  apps.set(PROJECTOR, await createHttpApp(ProjectorAppModule.register(context), { appName: PROJECTOR, shutdownHooks: false }));
  for (const app of apps.values()) app.useLogger(false);
}, 60_000);
afterAll(async () => {
  for (const app of apps.values()) await app.close();
  await database.drop();
});

it.each(Object.keys(PUBLIC_ROUTES))('every route of %s has an access rule; the public ones are the listed ones', (name) => {
  const routes = routesOf(apps.get(name)!);
  const without = routes.filter((route) => route.access === undefined).map((route) => `${routeKey(route)} (${route.handler})`);
  expect(without).toEqual([]);
  expect(routes.filter((route) => route.access && 'public' in route.access).map(routeKey).sort()).toEqual(PUBLIC_ROUTES[name]);
  for (const route of routes) {
    if (route.access && 'roles' in route.access) expect({ route: routeKey(route), roles: route.access.roles.length > 0 }).toEqual({ route: routeKey(route), roles: true });
  }
});

it('finds the routes of both APIs (the walk itself works)', () => {
  const commands = routesOf(apps.get(COMMAND_API)!).map(routeKey);
  expect(commands.length).toBeGreaterThan(40);
  expect(commands).toEqual(expect.arrayContaining(['POST /procurements/{id}/bids/{bidId}/withdraw', 'DELETE /candidates/{candidateRef}', 'PUT /test-clock', 'GET /test-clock']));
  expect(routesOf(apps.get(QUERY_API)!).map(routeKey)).toEqual(expect.arrayContaining(['GET /referrals/{id}', 'GET /audit/access-log', 'GET /procurements']));
});

it('has write routes in command-api only, so the unknown-fields walk of http-edge covers every write DTO', () => {
  for (const name of [QUERY_API, NOTIFIER, PROJECTOR]) {
    expect({ app: name, writes: routesOf(apps.get(name)!).filter((route) => route.method !== 'GET').map(routeKey) }).toEqual({ app: name, writes: [] });
  }
});

it('names a route that lacks a rule', async () => {
  @Controller('forgotten')
  class ForgottenController {
    @Get(':id') read(): void {}
    @Post() @Access('admin') write(): void {}
  }
  @Module({ controllers: [ForgottenController] })
  class ForgottenModule {}
  const app = await NestFactory.create(ForgottenModule, { logger: false });
  try {
    expect(routesOf(app).map((route) => [routeKey(route), route.access])).toEqual([
      ['GET /forgotten/{id}', undefined],
      ['POST /forgotten', { roles: ['admin'] }],
    ]);
  } finally {
    await app.close();
  }
});
