import { createPool, runMigrations } from '@kravspar/postgres';
import { createTestDatabase, describeEventStoreContract, SteppingClock, type TestDatabase } from '@kravspar/testing';
import type { EventStore } from '../event-store.port';
import { eventStoreMigrations } from './event-store.migrations';
import { PostgresEventStore } from './postgres-event-store';

let database: TestDatabase;
const extraPools: Array<ReturnType<typeof createPool>> = [];

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
});
afterAll(async () => {
  await Promise.all(extraPools.map((pool) => pool.end()));
  await database.drop();
});

describeEventStoreContract(
  'postgres',
  async () => {
    const clock = new SteppingClock();
    // Each sibling has its own pool, as another process would.
    const sibling = async (): Promise<EventStore> => {
      const pool = createPool(database.url);
      extraPools.push(pool);
      return new PostgresEventStore(pool, clock);
    };
    return { store: new PostgresEventStore(database.pool, clock), clock, sibling };
  },
  async ({ store }) => store.close(),
);
