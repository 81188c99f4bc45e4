import { appendAndReadContract } from './append-and-read.contract';
import { ALL_GUARANTEES, type AdapterGuarantees, type EventStoreUnderTest } from './fixtures';
import { globalLogContract } from './global-log.contract';
import { subscriptionsContract } from './subscriptions.contract';

export { SteppingClock, type AdapterGuarantees, type EventStoreUnderTest } from './fixtures';

/**
 * The one contract every event-store adapter must meet. `setUp` runs before each test and gives the
 * store under test; `tearDown` runs after each. An adapter that cannot give one of the optional
 * guarantees says so in `guarantees`; order, no duplicates and idempotent retries are never optional.
 */
export function describeEventStoreContract(
  adapter: string,
  setUp: () => Promise<EventStoreUnderTest>,
  tearDown: (subject: EventStoreUnderTest) => Promise<void>,
  guarantees: AdapterGuarantees = ALL_GUARANTEES,
): void {
  describe(`EventStore contract: ${adapter}`, () => {
    let current: EventStoreUnderTest | undefined;
    const subject = () => {
      if (!current) throw new Error('the store under test is not set up');
      return current;
    };
    beforeEach(async () => {
      current = await setUp();
    });
    afterEach(async () => {
      if (current) await tearDown(current);
      current = undefined;
    });
    appendAndReadContract(subject, guarantees);
    globalLogContract(subject, guarantees);
    subscriptionsContract(subject);
  });
}
