import type { Client, Pool, PoolClient } from 'pg';

const CHANNEL = 'kravspar_events_appended';

/**
 * One LISTEN connection per store, shared by its subscriptions. If it cannot connect or drops, waiters
 * simply time out and the subscriptions poll; the next wait reconnects.
 */
export class AppendListener {
  private client?: PoolClient;
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
    this.client = undefined;
    if (client) {
      await client.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      client.release();
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
      (client as unknown as Client).on('notification', () => this.wakeAll());
      client.on('error', () => {
        if (this.client === client) this.client = undefined;
        client.release(true);
      });
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) return client.release();
      this.client = client;
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
