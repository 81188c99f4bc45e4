import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadSettings, type KravsparSettings } from '@kravspar/config';
import { createAppContext, createHttpApp, loadOrCreateDevKeyPair, mintDevToken, type AppContext, type DevTokenClaims } from '@kravspar/http';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { COMMAND_API, CommandApiModule } from '../../apps/command-api/src/command-api.module';
import { HttpClient } from './http-client';

/** Settings for apps under test: their own database and data folder, the test clock on, no rate limit. */
export function testSettings(database: TestDatabase, dataDir: string, overrides: Record<string, string> = {}): KravsparSettings {
  return loadSettings({ NODE_ENV: 'test', DATABASE_URL: database.url, DATA_DIR: dataDir, TEST_CLOCK: 'enabled', RATE_LIMIT_PER_MINUTE: '0', ...overrides });
}

/** A process context and a token minter over one data folder. */
export async function testContext(settings: KravsparSettings): Promise<{ context: AppContext; token: (claims: DevTokenClaims) => Promise<string> }> {
  const keys = await loadOrCreateDevKeyPair(settings.DATA_DIR);
  return { context: await createAppContext(settings), token: (claims) => mintDevToken(keys, claims) };
}

/** command-api over HTTP on a free port, on a database of its own. */
export class CommandApiUnderTest {
  private constructor(
    readonly database: TestDatabase,
    readonly app: INestApplication,
    readonly http: HttpClient,
    readonly token: (claims: DevTokenClaims) => Promise<string>,
  ) {}

  /** `overrides`: settings that differ from the test defaults (e.g. a rate limit, an identity provider). */
  static async start(overrides: Record<string, string> = {}): Promise<CommandApiUnderTest> {
    const database = await createTestDatabase();
    const settings = testSettings(database, mkdtempSync(path.join(tmpdir(), 'kravspar-e2e-')), overrides);
    const { context, token } = await testContext(settings);
    const app = await createHttpApp(CommandApiModule.register(context), { appName: COMMAND_API, openApi: { title: 'command-api', description: 'under test' } });
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
    return new CommandApiUnderTest(database, app, new HttpClient(await app.getUrl()), token);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }
}
