import type pg from 'pg';
import type { DueTimer, TimerRecord, TimerToSchedule } from './timer';
import { TimerClaim } from './timer-claim';

interface TimerRow {
  key: string;
  kind: string;
  due_at: Date;
  payload: unknown;
  attempts: number;
  fired_at: Date | null;
  last_error: string | null;
  retry_at: Date | null;
}

/**
 * Durable timers in PostgreSQL (needs `timerMigrations`). Every time it compares comes from the caller's
 * `Clock`, never from the database's now(), so the test clock moves timers as it moves everything else.
 */
export class TimerStore {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Arms a timer, or moves an armed one: a key already scheduled and not yet fired takes the new `dueAt`
   * and `payload` (a standstill extended by a review must end later, not at its first date). A fired
   * timer is never re-armed, so a replayed workflow cannot fire it twice. Its kind stays that of the first
   * schedule. Returns false when the key had already fired. `db`: a client, to arm the timer inside the
   * caller's transaction (with the effect that sets it); the store's pool by default.
   */
  async schedule(timer: TimerToSchedule, db: pg.Pool | pg.PoolClient = this.pool): Promise<boolean> {
    if (Number.isNaN(timer.dueAt.getTime())) throw new RangeError(`timer ${timer.key}: dueAt is not a time`);
    const { rowCount } = await db.query(
      `insert into timers (key, kind, due_at, payload) values ($1, $2, $3, $4::jsonb)
       on conflict (key) do update set due_at = excluded.due_at, payload = excluded.payload
       where timers.fired_at is null`,
      // JSON text, not the value: pg would send a JS array as a PostgreSQL array.
      [timer.key, timer.kind, timer.dueAt, JSON.stringify(timer.payload ?? null)],
    );
    return rowCount === 1;
  }

  /**
   * Removes an armed timer; returns false when there is none or it has fired. The key can be scheduled
   * again afterwards. Waits for a poller that holds the timer, and then sees whether it fired. `db` as for
   * `schedule`.
   */
  async cancel(key: string, db: pg.Pool | pg.PoolClient = this.pool): Promise<boolean> {
    const { rowCount } = await db.query('delete from timers where key = $1 and fired_at is null', [key]);
    return rowCount === 1;
  }

  /** The timer with this key, fired or not. */
  async find(key: string): Promise<TimerRecord | undefined> {
    const { rows } = await this.pool.query<TimerRow>('select * from timers where key = $1', [key]);
    return rows.length === 0 ? undefined : toRecord(rows[0]);
  }

  /**
   * Locks up to `limit` timers due at `now` (clock time), earliest first, in a transaction that the returned
   * claim ends. Rows another poller holds are skipped (`SKIP LOCKED`), so concurrent pollers share the
   * work and a timer is handled by one of them at a time. `kinds` restricts the claim to the kinds the caller
   * handles (processes with different handlers share the table); omitted, any kind.
   */
  async claimDue(now: Date, limit: number, kinds?: readonly string[]): Promise<TimerClaim> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<TimerRow>(
        `select key, kind, due_at, payload, attempts from timers
         where fired_at is null and due_at <= $1 and (retry_at is null or retry_at <= $1)
           and ($3::text[] is null or kind = any($3::text[]))
         order by due_at, key
         limit $2
         for update skip locked`,
        [now, limit, kinds ?? null],
      );
      return new TimerClaim(client, rows.map(toDueTimer));
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      client.release(error as Error);
      throw error;
    }
  }
}

function toDueTimer(row: TimerRow): DueTimer {
  return { key: row.key, kind: row.kind, dueAt: row.due_at, payload: row.payload, attempts: row.attempts };
}

function toRecord(row: TimerRow): TimerRecord {
  return { ...toDueTimer(row), firedAt: row.fired_at, lastError: row.last_error, retryAt: row.retry_at };
}
