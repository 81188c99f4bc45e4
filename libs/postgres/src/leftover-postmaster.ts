import { execFile } from 'node:child_process';
import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const POLL_MS = 100;
const FAST_SHUTDOWN_TIMEOUT_MS = 20_000;
const KILL_TIMEOUT_MS = 10_000;

/**
 * Makes the data folder free for a new postmaster. A parent killed with SIGKILL cannot stop the server it
 * spawned, so that server keeps the data folder (and maybe the port). `postmaster.pid` names it:
 * - no file, or a pid that is not running: nothing to do; postgres itself replaces a stale pid file and
 *   runs crash recovery;
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
  if (!lines || !Number.isInteger(pid) || pid <= 0 || !(await isRunning(pid))) return;

  const owner = await identify(pid, lines[1] ?? dataDir);
  if (owner === 'unknown') return; // Never signal a process we cannot identify; postgres will explain.
  if (owner === 'other') {
    log(`postmaster.pid names pid ${pid}, which is not a postgres on ${dataDir}: removing the stale file`);
    await unlink(pidFile).catch(() => undefined);
    return;
  }

  log(`stopping postgres (pid ${pid}) left running on ${dataDir}`);
  signal(pid, 'SIGINT');
  if (await waitForExit(pid, FAST_SHUTDOWN_TIMEOUT_MS)) return;
  log(`postgres (pid ${pid}) ignored fast shutdown: killing it`);
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, KILL_TIMEOUT_MS))) {
    throw new Error(`postgres (pid ${pid}) left running on ${dataDir} could not be stopped`);
  }
}

/** True while `pid` exists and is not a zombie (an orphan may wait to be reaped by an init that never does). */
export async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // The state letter follows the parenthesised command name, which may itself contain spaces.
  return stat === undefined || stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isRunning(pid))) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return !(await isRunning(pid));
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: waitForExit sees it.
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
