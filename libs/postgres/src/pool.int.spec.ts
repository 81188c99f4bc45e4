import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import pg from 'pg';

describe('createPool', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  it('reads bigint columns as numbers up to 2^53 - 1', async () => {
    const { rows } = await db.pool.query('select 9007199254740991::bigint as max, count(*) as count from pg_class');

    expect(rows[0].max).toBe(Number.MAX_SAFE_INTEGER);
    expect(typeof rows[0].count).toBe('number');
  });

  it('fails the query rather than round a bigint beyond 2^53 - 1', async () => {
    await expect(db.pool.query('select 9007199254740992::bigint as n')).rejects.toThrow(RangeError);
    // The pool is still usable afterwards.
    expect((await db.pool.query('select 1::bigint as n')).rows).toEqual([{ n: 1 }]);
  });

  it('leaves the global pg type parsers alone', async () => {
    const plain = new pg.Pool({ connectionString: db.url });
    // A connection still closing when the database is dropped gets 57P01; without a listener that would crash the run.
    plain.on('error', () => undefined);
    try {
      expect((await plain.query('select 1::bigint as n')).rows).toEqual([{ n: '1' }]);
    } finally {
      await plain.end();
    }
  });
});
