import { execFile } from 'node:child_process';
import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const POLL_MS = 100;
const FAST_SHUTDOWN_TIMEOUT_MS = 20_000;
const KILL_TIMEOUT_MS = 10_000;
const REAP_TIMEOUT_MS = 5_000;

/**
 * Makes the data folder free for a new postmaster. A parent killed with SIGKILL cannot stop the server it
 * spawned, so that server keeps the data folder (and maybe the port). `postmaster.pid` names it:
 * - no file, or a pid that is gone: nothing to do; postgres itself replaces a stale pid file and runs crash
 *   recovery;
 * - a dead postmaster not yet reaped (a zombie: orphans go to an init that may reap them late or never):
 *   postgres counts it as alive, so wait for it to go and else remove the file naming it;
 * - a running postgres on this data folder: fast shutdown (SIGINT), SIGKILL if it does not stop in time;
 * - a running process that is not such a postgres (the pid was reused, common in containers): the file is
 *   stale, but postgres would refuse to start when that process belongs to its own user, so remove it.
 */
export async function stopLeftoverPostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const lines = await readFile(pidFile, 'utf8').then(
    (text) => text.split('\n'),
    () => undefined,
  );
  const pid = Number(lines?.[0]);
  if (!lines || !Number.isInteger(pid) || pid <= 0) return;
  const state = await processState(pid);
  if (state === 'gone') return;
  if (state === 'zombie') return clearZombieLock(pid, pidFile, log);

  const owner = await identify(pid, lines[1] ?? dataDir);
  if (owner === 'unknown') return; // Never signal a process we cannot identify; postgres will explain.
  if (owner === 'other') {
    log(`postmaster.pid names pid ${pid}, which is not a postgres on ${dataDir}: removing the stale file`);
    await unlink(pidFile).catch(() => undefined);
    return;
  }

  log(`stopping postgres (pid ${pid}) left running on ${dataDir}`);
  signal(pid, 'SIGINT');
  if (!(await waitUntil(pid, (state) => state !== 'running', FAST_SHUTDOWN_TIMEOUT_MS))) {
    log(`postgres (pid ${pid}) ignored fast shutdown: killing it`);
    signal(pid, 'SIGKILL');
    if (!(await waitUntil(pid, (state) => state !== 'running', KILL_TIMEOUT_MS))) {
      throw new Error(`postgres (pid ${pid}) left running on ${dataDir} could not be stopped`);
    }
  }
  // A fast shutdown removes the file itself; after a SIGKILL it stays and may name a zombie.
  if ((await processState(pid)) === 'zombie') await clearZombieLock(pid, pidFile, log);
}

async function clearZombieLock(pid: number, pidFile: string, log: (line: string) => void): Promise<void> {
  const named = await readFile(pidFile, 'utf8').then((text) => Number(text.split('\n')[0]), () => undefined);
  if (named !== pid) return;
  if (await waitUntil(pid, (state) => state === 'gone', REAP_TIMEOUT_MS)) return;
  log(`postgres (pid ${pid}) has exited but is not reaped: removing its stale ${pidFile}`);
  await unlink(pidFile).catch(() => undefined);
}

type ProcessState = 'running' | 'zombie' | 'gone';

/** True while `pid` exists and has not exited (a zombie has exited). */
export async function isRunning(pid: number): Promise<boolean> {
  return (await processState(pid)) === 'running';
}

async function processState(pid: number): Promise<ProcessState> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'gone';
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // The state letter follows the parenthesised command name, which may itself contain spaces.
  const letter = stat?.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return letter === 'Z' ? 'zombie' : 'running';
}

async function waitUntil(pid: number, done: (state: ProcessState) => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done(await processState(pid))) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return true;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: waitUntil sees it.
  }
}

/** The postmaster keeps its original command line (`postgres -D <dir> ...`); its children retitle themselves. */
async function identify(pid: number, dataDir: string): Promise<'postmaster' | 'other' | 'unknown'> {
  const commandLine = await commandLineOf(pid);
  if (commandLine === undefined) return 'unknown';
  const isPostgres = /(^|\/)postgres\b/.test(commandLine) && commandLine.includes(dataDir.trim());
  return isPostgres ? 'postmaster' : 'other';
}

async function commandLineOf(pid: number): Promise<string | undefined> {
  const proc = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  if (proc !== undefined) return proc.split('\0').join(' ');
  // No /proc (macOS): ask ps.
  return promisify(execFile)('ps', ['-o', 'command=', '-p', String(pid)]).then(
    ({ stdout }) => stdout.trim() || undefined,
    () => undefined,
  );
}
