import type { MigrationSet } from '@kravspar/postgres';
import type pg from 'pg';
import type { ClockOffsetStore } from './clock-offset-store';

/** The `test_clock` table: at most one row, enforced by a primary key that can only be `true`. */
export const clockMigrations: MigrationSet = {
  owner: 'clock',
  migrations: [
    {
      id: '001-test-clock',
      sql: `create table test_clock (
              singleton boolean primary key default true check (singleton),
              offset_ms bigint not null
            )`,
    },
  ],
};

/** The offset in the database every process shares; needs `clockMigrations`. */
export class PostgresClockOffsetStore implements ClockOffsetStore {
  constructor(private readonly pool: pg.Pool) {}

  async read(): Promise<number> {
    const { rows } = await this.pool.query<{ offset_ms: number | string }>('select offset_ms from test_clock');
    // Number(): a pool not made by createPool returns int8 as a string.
    return rows.length === 0 ? 0 : Number(rows[0].offset_ms);
  }

  async write(offsetMs: number): Promise<void> {
    await this.pool.query(
      `insert into test_clock (offset_ms) values ($1)
       on conflict (singleton) do update set offset_ms = excluded.offset_ms`,
      [Math.round(offsetMs)],
    );
  }
}
