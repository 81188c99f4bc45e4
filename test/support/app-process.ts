import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sleep } from './all-in-one-process';

const READY_TIMEOUT_MS = 60_000;
const OUTPUT_TAIL_CHARS = 6_000;

/**
 * One built app (`dist/apps/<app>/src/main.js`) run alone as a child process on a given database, so that
 * a test can SIGKILL it as a crash would and start it again.
 */
export class AppProcess {
  private child?: ChildProcess;
  private exited?: Promise<NodeJS.Signals | number | null>;
  private output = '';

  constructor(
    private readonly app: string,
    private readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  /** Starts the app and resolves once its /health answers 200. */
  async start(): Promise<void> {
    const entry = path.resolve(__dirname, `../../dist/apps/${this.app}/src/main.js`);
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
    const child = spawn(process.execPath, [entry], { env: { ...process.env, ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer): void => void (this.output = (this.output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.app} exited while starting:\n${this.output}`);
      const status = await fetch(`http://127.0.0.1:${this.port}/health`).then((answer) => answer.status, () => 0);
      if (status === 200) return;
      if (Date.now() > deadline) throw new Error(`${this.app} not healthy within ${READY_TIMEOUT_MS} ms:\n${this.output}`);
      await sleep(100);
    }
  }

  /** Sends `signal` and resolves with how the process ended. */
  async kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<NodeJS.Signals | number | null> {
    const { child, exited } = this;
    if (!child || !exited) throw new Error(`${this.app} is not running`);
    this.child = undefined;
    child.kill(signal);
    return exited;
  }

  async stop(): Promise<void> {
    if (this.child) await this.kill('SIGTERM');
  }
}
