import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_MASTER_KEY_FILE, resolveMasterKey } from './master-key';

let dataDir: string;
beforeEach(async () => {
  dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'kravspar-pii-')), 'data');
});
afterEach(() => rm(path.dirname(dataDir), { recursive: true, force: true }));

const development = () => ({ NODE_ENV: 'development' as const, DATA_DIR: dataDir });
const material = async (settings: Parameters<typeof resolveMasterKey>[0]) =>
  (await resolveMasterKey(settings)).export().toString('base64');

describe('the development master key', () => {
  it('is created once under DATA_DIR, readable by its owner only, and reused', async () => {
    const first = await material(development());
    const file = path.join(dataDir, DEV_MASTER_KEY_FILE);

    expect((await readFile(file, 'utf8')).trim()).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await material(development())).toBe(first);
    expect(await material({ ...development(), NODE_ENV: 'test' })).toBe(first);
  });

  it('is the same for processes that start together, and leaves no draft behind', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => material(development())));

    expect(new Set(keys).size).toBe(1);
    expect(await readdir(dataDir)).toEqual([DEV_MASTER_KEY_FILE]);
  });

  it('is not consulted when PII_MASTER_KEY is set', async () => {
    const configured = randomBytes(32).toString('base64');
    expect(await material({ ...development(), PII_MASTER_KEY: configured })).toBe(configured);
    await expect(stat(path.join(dataDir, DEV_MASTER_KEY_FILE))).rejects.toThrow('ENOENT');
  });

  it('refuses a damaged key file, naming the file', async () => {
    await material(development());
    await writeFile(path.join(dataDir, DEV_MASTER_KEY_FILE), 'c2hvcnQ=\n');
    await expect(material(development())).rejects.toThrow(`${DEV_MASTER_KEY_FILE} must be the base64 of 32 bytes`);
  });
});
