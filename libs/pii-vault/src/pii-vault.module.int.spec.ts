import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import { SettingsModule, loadSettings } from '@kravspar/config';
import { DatabaseModule } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import type { PiiVault } from './pii-vault';
import { PII_VAULT, PiiVaultModule } from './pii-vault.module';

let database: TestDatabase;
let dataDir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'kravspar-pii-'));
});
afterAll(async () => {
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

const boot = (env: Record<string, string>) =>
  Test.createTestingModule({
    imports: [SettingsModule.forRoot(loadSettings({ DATABASE_URL: database.url, DATA_DIR: dataDir, ...env })), DatabaseModule, PiiVaultModule],
  }).compile();

describe('PiiVaultModule', () => {
  it('migrates its tables on start and provides a working vault', async () => {
    const app = await boot({ NODE_ENV: 'test' });
    try {
      await app.init();
      const vault = app.get<PiiVault>(PII_VAULT);
      const ref = await vault.store({ name: 'Module Candidate' });

      expect(await vault.read(ref)).toEqual({ name: 'Module Candidate' });
      const { rows } = await database.pool.query(`SELECT id FROM schema_migrations WHERE owner = 'pii-vault'`);
      expect(rows).toEqual([{ id: '001-candidate-keys-and-data' }]);
    } finally {
      await app.close();
    }
  });

  it('refuses to boot in production without PII_MASTER_KEY', async () => {
    await expect(boot({ NODE_ENV: 'production' })).rejects.toThrow('PII_MASTER_KEY is required when NODE_ENV=production');
  });
});
