import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createHttpApp, type DevTokenClaims } from '@kravspar/http';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { COMMAND_API, CommandApiModule } from '../../apps/command-api/src/command-api.module';
import { PROJECTOR, ProjectorAppModule } from '../../apps/projector/src/projector-app.module';
import { QUERY_API, QueryApiAppModule } from '../../apps/query-api/src/query-api-app.module';
import { testContext, testSettings } from './command-api-under-test';
import { HttpClient } from './http-client';

/**
 * command-api, projector and query-api in this process, each with its own pool on one test database, as
 * the all-in-one runs them; over real HTTP on free ports.
 */
export class SystemUnderTest {
  private constructor(
    readonly database: TestDatabase,
    private readonly dataDir: string,
    private readonly options: { logs?: boolean },
    readonly apps: INestApplication[],
    readonly commands: HttpClient,
    readonly queries: HttpClient,
    readonly token: (claims: DevTokenClaims) => Promise<string>,
  ) {}

  static async start(options: { logs?: boolean } = {}): Promise<SystemUnderTest> {
    return SystemUnderTest.boot(await createTestDatabase(), mkdtempSync(path.join(tmpdir(), 'kravspar-e2e-')), options);
  }

  /**
   * Closes the apps and starts new ones on the same database and data folder, as after a restart;
   * `whileStopped` runs in between, when nothing reads or writes the database.
   */
  async restart(whileStopped?: () => Promise<unknown>): Promise<SystemUnderTest> {
    for (const app of this.apps) await app.close();
    await whileStopped?.();
    return SystemUnderTest.boot(this.database, this.dataDir, this.options);
  }

  private static async boot(database: TestDatabase, dataDir: string, options: { logs?: boolean }): Promise<SystemUnderTest> {
    const settings = testSettings(database, dataDir);
    const { context, token } = await testContext(settings);
    const docs = { title: 'under test', description: 'under test' };
    const apps = [
      await createHttpApp(CommandApiModule.register(context), { appName: COMMAND_API, openApi: docs }),
      await createHttpApp(QueryApiAppModule.register(context), { appName: QUERY_API, openApi: docs }),
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
    for (const app of this.apps) await app.close();
    await this.database.drop();
  }
}
