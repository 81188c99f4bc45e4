import { ConfigError, loadSettings, settingNames } from './settings';

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

describe('the KurrentDB settings', () => {
  it('requires KURRENTDB_URL with EVENT_STORE=kurrentdb, naming it', () => {
    expect(() => loadSettings({ EVENT_STORE: 'kurrentdb' })).toThrow(/KURRENTDB_URL: .*required with EVENT_STORE=kurrentdb/);
    expect(() => loadSettings({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'http://x' })).toThrow(/KURRENTDB_URL must be a KurrentDB connection string/);
    const settings = loadSettings({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false' });
    expect(settings).toMatchObject({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false' });
  });

  it('warns, without refusing, when KURRENTDB_URL is set for another event store', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(loadSettings({ KURRENTDB_URL: 'kurrentdb://localhost:2113?tls=false' }).EVENT_STORE).toBe('postgres');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('KURRENTDB_URL is set but EVENT_STORE=postgres'));
    } finally {
      warn.mockRestore();
    }
  });

  it('lists every setting, the optional ones included', () => {
    expect(settingNames()).toEqual(expect.arrayContaining(['NODE_ENV', 'DATABASE_URL', 'EVENT_STORE', 'KURRENTDB_URL', 'PROJECTOR_PORT']));
  });
});

describe('the Kafka settings', () => {
  it('leave Kafka off by default, with bounded retries', () => {
    const settings = loadSettings({});
    expect(settings.KAFKA_BROKERS).toBeUndefined();
    expect(settings).toMatchObject({ KAFKA_CLIENT_ID: 'kravspar', KAFKA_RETRIES: 5, KAFKA_SESSION_TIMEOUT_MS: 30_000 });
  });

  it('read a broker list and the tuning', () => {
    const settings = loadSettings({ KAFKA_BROKERS: 'kafka-1:9092,10.0.0.2:9093', KAFKA_RETRIES: '3', KAFKA_SESSION_TIMEOUT_MS: '6000' });
    expect(settings).toMatchObject({ KAFKA_BROKERS: 'kafka-1:9092,10.0.0.2:9093', KAFKA_RETRIES: 3, KAFKA_SESSION_TIMEOUT_MS: 6000 });
  });

  it.each([
    ['KAFKA_BROKERS', 'kafka-1', /KAFKA_BROKERS must be comma-separated host:port/],
    ['KAFKA_BROKERS', 'kafka-1:9092, kafka-2:9092', /KAFKA_BROKERS/],
    ['KAFKA_RETRIES', '0', /KAFKA_RETRIES/],
    ['KAFKA_CLIENT_ID', 'kravspar prod', /KAFKA_CLIENT_ID may hold only/],
  ])('refuse %s=%s', (name, value, message) => {
    expect(() => loadSettings({ [name]: value })).toThrow(message);
  });
});
