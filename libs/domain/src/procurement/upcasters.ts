import type { EventUpcaster } from '../upcasting/event-upcasters';

/**
 * `BidWithdrawn` v2 carries `withdrawnAt` in its data, as `BidReceived` carries `receivedAt`: the bid's
 * record is whole without the envelope, for the read models and for exports that pass data on. A v1 event
 * has the same instant as its business time (`occurredAt`), which the decider set from the command.
 */
export const bidWithdrawnV1ToV2: EventUpcaster = {
  type: 'BidWithdrawn',
  fromVersion: 1,
  upcast: ({ data, metadata }) => ({ ...(data as object), withdrawnAt: metadata.occurredAt }),
};
