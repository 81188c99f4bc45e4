import { describeEventStoreContract, SteppingClock } from '@kravspar/testing';
import type { EventStore } from '../event-store.port';
import { KurrentDbEventStore } from './kurrentdb-event-store';

// No KurrentDB server can run on the build machines, so this suite runs only against one given by
// KURRENTDB_URL (README: "KurrentDB and the production topology"). Without it the suite is reported as
// skipped, with the reason printed, never as passed.
const url = process.env.KURRENTDB_URL;

if (!url) {
  // Straight to stderr: jest drops the buffered console of a file whose tests are all skipped.
  process.stderr.write('KurrentDB contract suite not run: KURRENTDB_URL is not set (see README)\n');
  describe.skip('EventStore contract: kurrentdb (KURRENTDB_URL is not set)', () => {
    it('runs against the KurrentDB server at KURRENTDB_URL', () => undefined);
  });
} else {
  // A real server over the network: the 1,000-append test needs more than jest's default 5 s.
  jest.setTimeout(60_000);
  const siblings: EventStore[] = [];
  afterAll(async () => {
    await Promise.all(siblings.map((store) => store.close()));
  });

  describeEventStoreContract(
    'kurrentdb',
    async () => {
      const clock = new SteppingClock();
      // Each sibling has its own connection, as another process would.
      const sibling = async (): Promise<EventStore> => {
        const store = KurrentDbEventStore.connect(url, clock);
        siblings.push(store);
        return store;
      };
      return { store: KurrentDbEventStore.connect(url, clock), clock, sibling };
    },
    async ({ store }) => store.close(),
    // KurrentDB positions are log offsets (increasing, with gaps); it keeps no global index of event ids.
    { gapFreePositions: false, eventIdsUniqueAcrossStreams: false },
  );
}
