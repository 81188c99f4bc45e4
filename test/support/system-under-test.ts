import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createHttpApp, type DevTokenClaims } from '@kravspar/http';
import { InProcessIntegrationBus } from '@kravspar/messaging';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { COMMAND_API, CommandApiModule } from '../../apps/command-api/src/command-api.module';
import { NOTIFIER, NotifierModule } from '../../apps/notifier/src/notifier.module';
import { PROJECTOR, ProjectorAppModule } from '../../apps/projector/src/projector-app.module';
import { QUERY_API, QueryApiAppModule } from '../../apps/query-api/src/query-api-app.module';
import { testContext, testSettings } from './command-api-under-test';
import { HttpClient } from './http-client';

/**
 * `notifier`: runs the notifier too (and so the projector's gateway), on one in-process bus shared by the
 * apps as in the all-in-one, or on Kafka when `settings` name `KAFKA_BROKERS`. `settings`: overrides of
 * the test settings.
 */
export interface SystemOptions {
  logs?: boolean;
  notifier?: boolean;
  settings?: Record<string, string>;
}

/**
 * command-api, projector and query-api (and with `notifier`, the notifier) in this process, each with its
 * own pool on one test database, as the all-in-one runs them; over real HTTP on free ports.
 */
export class SystemUnderTest {
  private constructor(
    readonly database: TestDatabase,
    private readonly dataDir: string,
    private readonly options: SystemOptions,
    readonly apps: INestApplication[],
    readonly commands: HttpClient,
    readonly queries: HttpClient,
    readonly token: (claims: DevTokenClaims) => Promise<string>,
  ) {}

  static async start(options: SystemOptions = {}): Promise<SystemUnderTest> {
    return SystemUnderTest.boot(await createTestDatabase(), mkdtempSync(path.join(tmpdir(), 'kravspar-e2e-')), options);
  }

  /**
   * Closes the apps and starts new ones on the same database and data folder, as after a restart;
   * `whileStopped` runs in between, when nothing reads or writes the database.
   */
  async restart(whileStopped?: () => Promise<unknown>): Promise<SystemUnderTest> {
    await this.closeApps();
    await whileStopped?.();
    return SystemUnderTest.boot(this.database, this.dataDir, this.options);
  }

  private static async boot(database: TestDatabase, dataDir: string, options: SystemOptions): Promise<SystemUnderTest> {
    const settings = testSettings(database, dataDir, options.settings);
    const process = await testContext(settings);
    const token = process.token;
    // As the all-in-one: one in-process bus for the gateway and the notifier, unless Kafka is configured.
    const context = options.notifier && !settings.KAFKA_BROKERS ? { ...process.context, integrationBus: new InProcessIntegrationBus() } : process.context;
    const docs = { title: 'under test', description: 'under test' };
    const apps = [
      await createHttpApp(CommandApiModule.register(context), { appName: COMMAND_API, openApi: docs }),
      await createHttpApp(QueryApiAppModule.register(context), { appName: QUERY_API, openApi: docs }),
      // The notifier subscribes before the projector's gateway publishes; it is closed last (see `closeApps`).
      ...(options.notifier ? [await createHttpApp(NotifierModule.register(context), { appName: NOTIFIER })] : []),
      await createHttpApp(ProjectorAppModule.register(context), { appName: PROJECTOR }),
    ];
    for (const app of apps) {
      if (!options.logs) app.useLogger(false);
      await app.listen(0, '127.0.0.1');
    }
    const [commands, queries] = await Promise.all(apps.slice(0, 2).map(async (app) => new HttpClient(await app.getUrl())));
    return new SystemUnderTest(database, dataDir, options, apps, commands, queries, token);
  }

  async stop(): Promise<void> {
    await this.closeApps();
    await this.database.drop();
  }

  /** The notifier (third, when started) last: what the gateway still sends over the in-process bus must reach it. */
  private async closeApps(): Promise<void> {
    const notifier = this.options.notifier ? this.apps[2] : undefined;
    for (const app of this.apps) if (app !== notifier) await app.close();
    await notifier?.close();
  }
}
