import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SystemUnderTest } from './support/system-under-test';

const dist = (app: string) => path.join(__dirname, '..', 'dist', 'apps', app, 'src', 'main.js');

describe('configuration at boot', () => {
  beforeAll(() => {
    if (!existsSync(dist('command-api'))) throw new Error('dist/ is missing: run npm run build first (npm test does)');
  });

  it.each(['command-api', 'query-api', 'projector', 'notifier'])('%s alone refuses to start without DATABASE_URL, saying so', (app) => {
    const env = { ...process.env, DATABASE_URL: '' };
    const result = spawnSync(process.execPath, [dist(app)], { env, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL');
  });

  it('stops the boot naming every bad setting', () => {
    const env = { ...process.env, DATABASE_URL: 'postgres://x@127.0.0.1:1/x', COMMAND_API_PORT: 'port', TEST_CLOCK: 'sometimes' };
    const result = spawnSync(process.execPath, [dist('command-api')], { env, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('COMMAND_API_PORT');
    expect(result.stderr).toContain('TEST_CLOCK');
  });

  it('refuses the test clock in production', () => {
    // An identity provider is configured, or the boot would stop earlier at the development token key.
    const identityProvider = { AUTH_JWKS_URL: 'https://login.example.se/jwks', AUTH_ISSUER: 'https://login.example.se', AUTH_AUDIENCE: 'kravspar' };
    const env = { ...process.env, ...identityProvider, DATABASE_URL: 'postgres://x@127.0.0.1:1/x', NODE_ENV: 'production', TEST_CLOCK: 'enabled' };
    const result = spawnSync(process.execPath, [dist('command-api')], { env, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('TEST_CLOCK=enabled is refused when NODE_ENV=production');
  });
});

describe('request logs', () => {
  let system: SystemUnderTest;
  const lines: string[] = [];
  beforeAll(async () => {
    system = await SystemUnderTest.start({ logs: true });
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await system.stop();
  });

  it('writes one JSON line per request with the correlation id and the authorization header redacted', async () => {
    const token = await system.token({ role: 'auditor', unitId: 'audit', userId: 'a-1' });
    const answer = await system.queries.request('GET', '/procurements', { token, headers: { 'x-correlation-id': 'trace-4711' } });
    expect(answer.headers.get('x-correlation-id')).toBe('trace-4711');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const logged = lines.filter((line) => line.includes('trace-4711'));
    expect(logged).toHaveLength(1);
    const entry = JSON.parse(logged[0]) as { message: { headers: Record<string, string>; status: number } };
    expect(entry.message).toMatchObject({ status: 200, headers: { authorization: '[redacted]' } });
    expect(lines.join('')).not.toContain(token);
  });
});
