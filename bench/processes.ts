import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

const DIST = path.resolve(__dirname, '..');
const READY_TIMEOUT_MS = 60_000;
const RSS_SAMPLE_MS = 100;

/** A port free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A built app (`dist/apps/<app>/src/main.js`) run alone as a child process; its peak resident memory is
 * the kernel's high-water mark (VmHWM), sampled while it runs.
 */
export class AppProcess {
  private peakRssBytes = 0;
  private output = '';
  private readonly sampler: NodeJS.Timeout;
  readonly exited: Promise<number | null>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer): void => void (this.output = (this.output + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    this.sampler = setInterval(() => void this.sampleRss(), RSS_SAMPLE_MS);
  }

  static run(app: string, args: readonly string[], env: NodeJS.ProcessEnv): AppProcess {
    const entry = path.join(DIST, 'apps', app, 'src', 'main.js');
    const child = spawn(process.execPath, [entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    return new AppProcess(app, child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Peak resident set size in MiB, as far as sampled. */
  get peakRssMiB(): number {
    return this.peakRssBytes / 1024 / 1024;
  }

  get lastOutput(): string {
    return this.output;
  }

  async waitUntilHealthy(port: number): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let exited = false;
    void this.exited.then(() => (exited = true));
    for (;;) {
      if (exited) throw new Error(`${this.name} exited while starting:\n${this.output}`);
      const status = await fetch(`http://127.0.0.1:${port}/health`).then((answer) => answer.status, () => 0);
      if (status === 200) return;
      if (Date.now() > deadline) throw new Error(`${this.name} not healthy within ${READY_TIMEOUT_MS} ms:\n${this.output}`);
      await sleep(200);
    }
  }

  /** Waits for the exit and returns the code; the last RSS sample is taken first. */
  async finished(): Promise<number | null> {
    const code = await this.exited;
    clearInterval(this.sampler);
    return code;
  }

  async stop(): Promise<void> {
    await this.sampleRss();
    clearInterval(this.sampler);
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      await this.exited;
    }
  }

  private async sampleRss(): Promise<void> {
    const status = await readFile(`/proc/${this.child.pid}/status`, 'utf8').catch(() => '');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    if (match) this.peakRssBytes = Math.max(this.peakRssBytes, Number(match[1]) * 1024);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
