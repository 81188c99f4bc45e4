import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// No Docker engine runs on the build machines: these checks read docker/ offline. Debian's
// docker-compose (v1) validates a compose file without an engine; .ci/run installs it.
const repo = join(__dirname, '..');
const composeFile = join(repo, 'docker', 'compose.yaml');
const apps = ['command-api', 'query-api', 'projector', 'notifier'];

const composeAvailable = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
if (!composeAvailable && process.env.CI === 'true') {
  throw new Error('docker-compose is missing: CI must validate docker/compose.yaml (.ci/run installs Debian docker-compose)');
}
if (!composeAvailable) {
  // Straight to stderr, like the skip notice of the KurrentDB contract suite: it must be seen.
  process.stderr.write('Compose check not run: docker-compose is not installed (apt-get install --no-install-recommends docker-compose)\n');
}

function compose(...args: string[]): string {
  const result = spawnSync('docker-compose', ['-f', composeFile, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`docker-compose ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** One service's block of `docker-compose config` output (services are indented by two spaces). */
function serviceBlock(config: string, service: string): string {
  const start = config.indexOf(`\n  ${service}:\n`);
  if (start < 0) throw new Error(`service ${service} is not in docker/compose.yaml`);
  const rest = config.slice(start + 1);
  const next = rest.slice(1).search(/\n {2}[a-z]/);
  return next < 0 ? rest : rest.slice(0, next + 1);
}

(composeAvailable ? describe : describe.skip)('docker/compose.yaml (docker-compose, offline)', () => {
  it('is a valid compose file', () => {
    expect(() => compose('config', '-q')).not.toThrow();
  });

  it('runs KurrentDB, Kafka, PostgreSQL and the four apps on the production path', () => {
    const config = compose('config');
    expect(compose('config', '--services').split('\n').filter(Boolean).sort()).toEqual(
      ['kafka', 'kurrentdb', 'postgres', ...apps].sort(),
    );
    for (const app of apps) {
      const block = serviceBlock(config, app);
      const required = ['EVENT_STORE: kurrentdb', 'KURRENTDB_URL: kurrentdb://kurrentdb:2113', 'DATABASE_URL: postgres://',
        'KAFKA_BROKERS: kafka:9092', 'HOST: 0.0.0.0', 'NODE_ENV: production', `APP: ${app}`];
      expect({ app, missing: required.filter((setting) => !block.includes(setting)) }).toEqual({ app, missing: [] });
      expect(block).not.toContain('TEST_CLOCK');
      expect(block.match(/condition: service_healthy/g)).toHaveLength(3);
      expect(block).toContain('healthcheck:');
    }
    for (const infrastructure of ['kurrentdb', 'kafka', 'postgres']) expect(serviceBlock(config, infrastructure)).toContain('healthcheck:');
  });
});

/** The Dockerfile's stages by name, each with its instructions (continuation lines joined). */
function stages(dockerfile: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of dockerfile.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue;
    const from = /^FROM\s+\S+\s+AS\s+(\S+)$/i.exec(line);
    if (from) byName.set(from[1], (current = []));
    else current.push(line);
  }
  return byName;
}

describe('docker/Dockerfile', () => {
  const dockerfile = stages(readFileSync(join(repo, 'docker', 'Dockerfile'), 'utf8'));
  const build = dockerfile.get('build') ?? [];
  const runtime = dockerfile.get('runtime') ?? [];

  it('builds as CI does: npm ci, then npm run build', () => {
    const scripts = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.test).toContain('npm run build');
    const ci = build.findIndex((i) => /^RUN npm ci( |$)/.test(i) && !i.includes('--omit'));
    const compile = build.findIndex((i) => /^RUN .*npm run build/.test(i));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(compile).toBeGreaterThan(ci);
    for (const needed of ['package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'apps', 'libs']) {
      expect(build.some((i) => i.startsWith('COPY') && i.split(/\s+/).some((part) => part.replace(/^\.\//, '') === needed))).toBe(true);
    }
  });

  it('runs with production dependencies only, as a non-root user, the app chosen by APP', () => {
    expect(runtime.some((i) => /^RUN npm ci .*--omit=dev/.test(i))).toBe(true);
    expect(runtime.some((i) => /^COPY --from=build \S*dist/.test(i))).toBe(true);
    const users = runtime.filter((i) => i.startsWith('USER ')).map((i) => i.slice(5).trim());
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0', '0:0']).not.toContain(users.at(-1));
    expect(runtime).toContain('ARG APP');
    expect(runtime.at(-1)).toMatch(/^CMD .*node dist\/apps\/\$\{APP\}\/src\/main\.js$/);
  });
});
