import type { Client, Pool, PoolClient } from 'pg';

const CHANNEL = 'kravspar_events_appended';

/**
 * One LISTEN connection per store, shared by its subscriptions. If it cannot connect or drops, waiters
 * simply time out and the subscriptions poll; the next wait reconnects.
 */
export class AppendListener {
  private client?: PoolClient;
  private releaseClient?: (destroy?: boolean) => void;
  private connecting?: Promise<void>;
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(private readonly pool: Pool) {}

  waitForAppend(timeoutMs: number): Promise<void> {
    void this.ensureListening();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve();
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    const release = this.releaseClient;
    this.client = undefined;
    this.releaseClient = undefined;
    if (client && release) {
      await client.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      release();
    }
  }

  private ensureListening(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.listen().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async listen(): Promise<void> {
    try {
      const client = await this.pool.connect();
      // Released once only: a dropped connection can report more than one error, and one may come after
      // close() gave the client back (pg-pool throws on a second release, which would end the process).
      let released = false;
      const onError = (): void => {
        if (this.client === client) {
          this.client = undefined;
          this.releaseClient = undefined;
        }
        release(true);
      };
      const release = (destroy = false): void => {
        if (released) return;
        released = true;
        client.removeListener('error', onError);
        client.release(destroy);
      };
      (client as unknown as Client).on('notification', () => this.wakeAll());
      client.on('error', onError);
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) return release();
      this.client = client;
      this.releaseClient = release;
    } catch {
      // Polling covers for the missing notifications until the next attempt.
    }
  }

  private wakeAll(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
