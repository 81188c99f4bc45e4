import { describeEventStoreContract, SteppingClock } from '@kravspar/testing';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract(
  'in-memory',
  async () => {
    const clock = new SteppingClock();
    return { store: new InMemoryEventStore(clock), clock };
  },
  async ({ store }) => store.close(),
);
