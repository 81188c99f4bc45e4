import 'reflect-metadata';
import { Logger, type INestApplication } from '@nestjs/common';
import { loadSettings } from '@kravspar/config';
import { createAppContext, createHttpApp } from '@kravspar/http';
import { InProcessIntegrationBus } from '@kravspar/messaging';
import { COMMAND_API, CommandApiModule } from '../../command-api/src/command-api.module';
import { NOTIFIER, NotifierModule } from '../../notifier/src/notifier.module';
import { PROJECTOR, ProjectorAppModule } from '../../projector/src/projector-app.module';
import { QUERY_API, QueryApiAppModule } from '../../query-api/src/query-api-app.module';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';

const logger = new Logger('all-in-one');

/**
 * Every app in one process on the embedded defaults (`npm start`): PostgreSQL from npm under ./.data
 * unless DATABASE_URL is set, one metrics registry and one token verifier for all apps, the same ports
 * as in production. On SIGINT/SIGTERM it closes the apps in order — command intake first, the projector
 * after its in-flight event — and stops the database last.
 */
async function main(): Promise<void> {
  const settings = loadSettings();
  let database: EmbeddedDatabase | undefined;
  if (!settings.DATABASE_URL) {
    database = await startEmbeddedDatabase(settings, () => undefined);
    settings.DATABASE_URL = database.url;
  }
  // One in-process bus for all apps: without KAFKA_BROKERS the gateway's messages reach the notifier here.
  const context = { ...(await createAppContext(settings)), integrationBus: new InProcessIntegrationBus() };
  const shared = { shutdownHooks: false } as const;
  const apps: Array<{ name: string; app: INestApplication; port: number }> = [
    { name: COMMAND_API, port: settings.COMMAND_API_PORT, app: await createHttpApp(CommandApiModule.register(context), { ...shared, appName: COMMAND_API, openApi: { title: 'Kravspår command API', description: 'Commands on procurements' } }) },
    { name: QUERY_API, port: settings.QUERY_API_PORT, app: await createHttpApp(QueryApiAppModule.register(context), { ...shared, appName: QUERY_API, openApi: { title: 'Kravspår query API', description: 'Read models of procurements' } }) },
    { name: NOTIFIER, port: settings.NOTIFIER_PORT, app: await createHttpApp(NotifierModule.register(context), { ...shared, appName: NOTIFIER }) },
    { name: PROJECTOR, port: settings.PROJECTOR_PORT, app: await createHttpApp(ProjectorAppModule.register(context), { ...shared, appName: PROJECTOR }) },
  ];
  for (const { app, port } of apps) await app.listen(port, settings.HOST);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: closing the apps`);
    // The notifier closes last: over the in-process bus, what the projector's gateway still sends must reach it.
    for (const { app } of [...apps.filter(({ name }) => name !== NOTIFIER), ...apps.filter(({ name }) => name === NOTIFIER)]) await app.close();
    await database?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  printWelcome(settings.HOST, apps, database !== undefined);
}

function printWelcome(host: string, apps: ReadonlyArray<{ name: string; port: number }>, embedded: boolean): void {
  const lines = [
    '',
    'Kravspår is running' + (embedded ? ' on an embedded PostgreSQL (data under ./.data)' : ''),
    ...apps.map(({ name, port }) => `  ${name.padEnd(12)} http://${host}:${port}` + (name === COMMAND_API || name === QUERY_API ? `   (API docs: /docs)` : '')),
    '',
    'Get a token:   npm run token -- --role procurement-officer --unit procurement-support',
    `Try it:        curl -X POST http://${host}:${apps[0].port}/procurements -H "Authorization: Bearer $TOKEN" \\`,
    `                 -H 'Content-Type: application/json' -d '{"title":"Städning","buyerUnitId":"waste","procedure":"open","regime":"directive","estimatedValue":{"amount":4000000,"currency":"SEK"}}'`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
