import { randomUUID } from 'node:crypto';
import type { Actor, DomainEvent } from '@kravspar/domain';
import type { EventStore, EventToAppend, JsonObject } from '@kravspar/event-store';
import {
  accepted, acme, activated, commitmentEstablished, commitmentStream, contractRegistered, contractStream, event, interrupted, matched,
  matcher, offered, owner, proposed, referralCreated, referralStream, reopened, started,
} from '../../../libs/read-models/src/follow-up-events.fixtures';

// Test data for the projector's follow-up specs: a contract, its placement commitment and two referrals,
// interleaved in the global log as the workflows and the units would record them.

const system: Actor = { userId: 'workflow', role: 'system', unitId: 'system' };

/** The acts in global order: stream, event, actor. */
export const FOLLOW_UP: readonly (readonly [string, DomainEvent, Actor])[] = [
  [contractStream(), contractRegistered(), system],
  [commitmentStream(), commitmentEstablished(), system],
  [contractStream(), event('ContractStarted', { date: '2026-06-01' }), owner],
  [commitmentStream(), activated(), system],
  ...['s1', 's2', 's3'].map((slotId) => [commitmentStream(), offered(slotId), acme] as const),
  [referralStream('r-1'), referralCreated('r-1'), matcher],
  [referralStream('r-1'), proposed('s1'), matcher],
  [referralStream('r-1'), accepted('s1'), acme],
  [commitmentStream(), matched('s1', 'r-1'), matcher],
  [referralStream('r-2'), referralCreated('r-2'), matcher],
  [commitmentStream(), matched('s2', 'r-2'), matcher],
  [commitmentStream(), started('s1', 'r-1'), acme],
  [commitmentStream(), interrupted('s1', 'r-1'), acme],
  [commitmentStream(), reopened('s1'), acme],
];

function toAppend(event: DomainEvent, actor: Actor): EventToAppend {
  const eventId = randomUUID();
  return {
    type: event.type,
    data: event.data as JsonObject,
    metadata: { eventId, actor, occurredAt: event.metadata.occurredAt, correlationId: eventId, causationId: eventId, schemaVersion: 1 },
  };
}

/** Appends the acts one by one, each at its stream's next revision. */
export async function appendFollowUp(store: EventStore, acts = FOLLOW_UP): Promise<void> {
  const revisions = new Map<string, number>();
  for (const [streamId, event, actor] of acts) {
    const expected = revisions.get(streamId) ?? 'no-stream';
    const { revision } = await store.append(streamId, [toAppend(event, actor)], expected);
    revisions.set(streamId, revision);
  }
}
