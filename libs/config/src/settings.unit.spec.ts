import { ConfigError, loadSettings } from './settings';

describe('loadSettings', () => {
  it('gives defaults that run on a fresh machine', () => {
    const settings = loadSettings({});
    expect(settings).toMatchObject({
      NODE_ENV: 'development',
      DATA_DIR: './.data',
      EMBEDDED_PG_PORT: 54320,
      EVENT_STORE: 'postgres',
      TEST_CLOCK: 'disabled',
    });
    expect(settings.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts what is set', () => {
    const settings = loadSettings({ DATABASE_URL: 'postgres://u:p@db:5432/kravspar', EMBEDDED_PG_PORT: '6000', TEST_CLOCK: 'enabled' });
    expect(settings).toMatchObject({ DATABASE_URL: 'postgres://u:p@db:5432/kravspar', EMBEDDED_PG_PORT: 6000, TEST_CLOCK: 'enabled' });
  });

  it('names every bad setting', () => {
    const attempt = () => loadSettings({ DATABASE_URL: 'mysql://x', EMBEDDED_PG_PORT: 'eighty', EVENT_STORE: 'files' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.setting).sort()).toEqual(['DATABASE_URL', 'EMBEDDED_PG_PORT', 'EVENT_STORE']);
      expect((error as Error).message).toContain('DATABASE_URL must be a postgres://');
    }
  });
});
