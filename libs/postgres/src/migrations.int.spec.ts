import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { createPool } from './pool';
import { runMigrations, type MigrationSet } from './migrations';

const ledger: MigrationSet = {
  owner: 'ledger',
  migrations: [
    { id: '001-entries', sql: 'create table entries (id bigint primary key)' },
    // Not idempotent on purpose: running it twice would fail.
    { id: '002-amount', sql: 'alter table entries add column amount bigint not null default 0' },
  ],
};

describe('runMigrations', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase();
  });

  afterEach(() => db.drop());

  it('applies each migration once when two processes run the same set at the same time', async () => {
    const other = createPool(db.url);
    try {
      const [first, second] = await Promise.all([runMigrations(db.pool, ledger), runMigrations(other, ledger)]);

      expect([...first, ...second]).toEqual(['001-entries', '002-amount']);
      const { rows } = await db.pool.query('select owner, id from schema_migrations order by id');
      expect(rows).toEqual([
        { owner: 'ledger', id: '001-entries' },
        { owner: 'ledger', id: '002-amount' },
      ]);
    } finally {
      await other.end();
    }
  });

  it('applies only the migrations added since the last run, and nothing when none were', async () => {
    await runMigrations(db.pool, { ...ledger, migrations: ledger.migrations.slice(0, 1) });

    expect(await runMigrations(db.pool, ledger)).toEqual(['002-amount']);
    expect(await runMigrations(db.pool, ledger)).toEqual([]);
  });

  it('keeps the ids of different owners apart', async () => {
    await runMigrations(db.pool, ledger);

    const other: MigrationSet = { owner: 'other', migrations: [{ id: '001-entries', sql: 'create table x ()' }] };
    expect(await runMigrations(db.pool, other)).toEqual(['001-entries']);
  });

  it('rolls a failed migration back, records nothing for it, and releases the lock', async () => {
    const broken: MigrationSet = {
      owner: 'broken',
      migrations: [{ id: '001-half', sql: 'create table half (id int); select no_such_function()' }],
    };

    await expect(runMigrations(db.pool, broken)).rejects.toThrow('migration broken/001-half failed');
    const { rows } = await db.pool.query(`select to_regclass('half') as half, count(*) as recorded
                                          from schema_migrations where owner = 'broken'`);
    expect(rows).toEqual([{ half: null, recorded: 0 }]);
    expect(await runMigrations(db.pool, ledger)).toHaveLength(2);
  });

  it('refuses a set that lists an id twice', async () => {
    const twice: MigrationSet = { owner: 'twice', migrations: [ledger.migrations[0], ledger.migrations[0]] };
    await expect(runMigrations(db.pool, twice)).rejects.toThrow('lists 001-entries twice');
  });
});
