import { randomBytes } from 'node:crypto';
import { ConfigError, loadSettings } from '@kravspar/config';
import { parseMasterKey, resolveMasterKey } from './master-key';

const validKey = randomBytes(32).toString('base64');

describe('PII_MASTER_KEY', () => {
  it('is optional and accepted as the base64 of 32 bytes', () => {
    expect(loadSettings({}).PII_MASTER_KEY).toBeUndefined();
    expect(loadSettings({ PII_MASTER_KEY: validKey }).PII_MASTER_KEY).toBe(validKey);
  });

  it.each([randomBytes(16).toString('base64'), randomBytes(33).toString('base64'), 'not a key at all'])(
    'is refused when it is not 32 bytes (%#), without echoing it',
    (key) => {
      const attempt = () => loadSettings({ PII_MASTER_KEY: key });
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow('PII_MASTER_KEY must be the base64 of 32 bytes');
      try {
        attempt();
      } catch (error) {
        expect((error as Error).message).not.toContain(key);
      }
    },
  );
});

describe('resolveMasterKey', () => {
  it('uses PII_MASTER_KEY when set', async () => {
    const key = await resolveMasterKey({ NODE_ENV: 'production', DATA_DIR: '/nonexistent', PII_MASTER_KEY: validKey });
    expect(key.export().toString('base64')).toBe(validKey);
  });

  it('refuses production without PII_MASTER_KEY, before touching DATA_DIR', async () => {
    await expect(resolveMasterKey({ NODE_ENV: 'production', DATA_DIR: '/nonexistent' })).rejects.toThrow(
      'PII_MASTER_KEY is required when NODE_ENV=production',
    );
  });

  it('names the source of a malformed key, never the key', () => {
    const short = randomBytes(31).toString('base64');
    expect(() => parseMasterKey(short, 'the key file')).toThrow('the key file must be the base64 of 32 bytes');
    expect(() => parseMasterKey(short, 'the key file')).not.toThrow(short);
  });
});
