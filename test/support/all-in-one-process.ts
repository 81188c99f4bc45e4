import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadOrCreateDevKeyPair, mintDevToken, type DevKeyPair, type DevTokenClaims } from '@kravspar/http';
import { EMBEDDED_POSTGRES_PASSWORD, EMBEDDED_POSTGRES_USER } from '@kravspar/postgres';
import { HttpClient } from './http-client';

const ENTRY = path.resolve(__dirname, '../../dist/apps/all-in-one/src/main.js');
// A first start runs initdb; on a loaded 2-core machine that alone can take many seconds.
const READY_TIMEOUT_MS = 60_000;
const EXIT_TIMEOUT_MS = 30_000;
const OUTPUT_TAIL_CHARS = 6_000;
const PORT_SETTINGS = ['COMMAND_API_PORT', 'QUERY_API_PORT', 'NOTIFIER_PORT', 'PROJECTOR_PORT', 'EMBEDDED_PG_PORT'] as const;
type Ports = Readonly<Record<(typeof PORT_SETTINGS)[number], number>>;

export type Exit = { readonly code: number | null; readonly signal: NodeJS.Signals | null };

/**
 * The built all-in-one app as a child process on an embedded PostgreSQL of its own, so that a test can
 * kill it as a crash or an operator would and start it again on the same data folder and ports.
 */
export class AllInOneProcess {
  readonly commandApi: HttpClient;
  readonly queryApi: HttpClient;
  /** Admin access to the app's database, to check the event log and read models directly. */
  readonly databaseUrl: string;
  private child?: ChildProcess;
  private exited?: Promise<Exit>;
  private output = '';
  private keys?: Promise<DevKeyPair>;

  private constructor(
    readonly dataDir: string,
    private readonly ports: Ports,
  ) {
    this.commandApi = new HttpClient(`http://127.0.0.1:${ports.COMMAND_API_PORT}`);
    this.queryApi = new HttpClient(`http://127.0.0.1:${ports.QUERY_API_PORT}`);
    this.databaseUrl = `postgres://${EMBEDDED_POSTGRES_USER}:${EMBEDDED_POSTGRES_PASSWORD}@127.0.0.1:${ports.EMBEDDED_PG_PORT}/kravspar`;
  }

  static async start(): Promise<AllInOneProcess> {
    if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run npm run build first`);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kravspar-all-in-one-'));
    // mkdtemp makes it 0700; as root the embedded server runs as `postgres`, which must enter it.
    await chmod(dataDir, 0o755);
    const free = await freePorts(PORT_SETTINGS.length);
    const started = new AllInOneProcess(dataDir, Object.fromEntries(PORT_SETTINGS.map((name, i) => [name, free[i]])) as Ports);
    // A caller whose start failed has nothing to clean up with, so it is done here.
    await started.launch().catch((error: unknown) => started.dispose().then(() => Promise.reject(error)));
    return started;
  }

  /** Starts again on the same data folder and ports, after `kill`. */
  async restart(): Promise<void> {
    if (this.child) throw new Error('the all-in-one process is still running');
    await this.launch();
  }

  /** Sends `signal` and resolves once the process has exited; the embedded server may outlive a SIGKILL. */
  async kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<Exit> {
    const { child, exited } = this;
    if (!child || !exited) throw new Error('the all-in-one process is not running');
    child.kill(signal);
    const timeout = setTimeout(() => child.kill('SIGKILL'), EXIT_TIMEOUT_MS);
    return exited.finally(() => clearTimeout(timeout));
  }

  /** Processes whose command line names the data folder: the embedded server (`postgres -D …`), if running. */
  async processesOnDataDir(): Promise<number[]> {
    const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
    const lines = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')));
    const namesDataDir = (arg: string) => arg === this.dataDir || arg.startsWith(`${this.dataDir}/`);
    return pids.filter((_, i) => lines[i].split('\0').some(namesDataDir)).map(Number);
  }

  /** One statement on a connection of its own: the server goes away and comes back between uses. */
  async sql<Row extends pg.QueryResultRow>(text: string): Promise<Row[]> {
    const client = new pg.Client(this.databaseUrl);
    await client.connect();
    try {
      return (await client.query<Row>(text)).rows;
    } finally {
      await client.end();
    }
  }

  /** A token the app accepts: signed with the development key under its data folder. */
  async token(claims: DevTokenClaims): Promise<string> {
    this.keys ??= loadOrCreateDevKeyPair(this.dataDir);
    return mintDevToken(await this.keys, claims);
  }

  /** Stops the app, then anything still running on its data folder, and removes the folder. */
  async dispose(): Promise<void> {
    if (this.child) await this.kill('SIGTERM');
    const deadline = Date.now() + EXIT_TIMEOUT_MS;
    for (let left = await this.processesOnDataDir(); left.length > 0; left = await this.processesOnDataDir()) {
      if (Date.now() > deadline) throw new Error(`processes ${left.join(', ')} on ${this.dataDir} would not stop`);
      for (const pid of left) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone meanwhile; the next round sees what is left.
        }
      }
      await sleep(100);
    }
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private async launch(): Promise<void> {
    const ports = Object.fromEntries(Object.entries(this.ports).map(([name, port]) => [name, String(port)]));
    const env: NodeJS.ProcessEnv = { ...process.env, ...ports, NODE_ENV: 'test', DATA_DIR: this.dataDir, HOST: '127.0.0.1', EVENT_STORE: 'postgres', RATE_LIMIT_PER_MINUTE: '0' };
    // Set, it would make the app use that server instead of its embedded one.
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer): void => void (this.output = (this.output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.child = undefined;
        resolve({ code, signal });
      });
    });
    await this.waitUntilHealthy(child);
  }

  private async waitUntilHealthy(child: ChildProcess): Promise<void> {
    const { COMMAND_API_PORT, QUERY_API_PORT, PROJECTOR_PORT } = this.ports;
    const urls = [COMMAND_API_PORT, QUERY_API_PORT, PROJECTOR_PORT].map((port) => `http://127.0.0.1:${port}/health`);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (this.child !== child) throw new Error(`the all-in-one process exited while starting:\n${this.output}`);
      const statuses = await Promise.all(urls.map((url) => fetch(url).then((answer) => answer.status, () => 0)));
      if (statuses.every((status) => status === 200)) return;
      if (Date.now() > deadline) throw new Error(`not healthy within ${READY_TIMEOUT_MS} ms (${statuses.join(', ')}):\n${this.output}`);
      await sleep(200);
    }
  }
}

/** Ports free right now, all held open together so that no two are the same. */
export async function freePorts(count: number): Promise<number[]> {
  const listen = () =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer().once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
  const servers = await Promise.all(Array.from({ length: count }, listen));
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
