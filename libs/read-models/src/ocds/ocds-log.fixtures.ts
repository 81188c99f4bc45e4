import type { DomainEvent } from '@kravspar/domain';
import {
  activated,
  commitmentEstablished,
  commitmentStream,
  completed,
  contractRegistered,
  contractStream,
  event,
  interrupted,
  matched,
  offered,
  reopened,
  started,
  stored as storedFollowUp,
} from '../follow-up-events.fixtures';
import { storedLifecycle } from '../procurement/lifecycle-events.fixtures';
import type { ProjectedEvent } from '../projected-event';

// Test data for the OCDS specs: the read-model fixtures' whole procurement (three bids, a review, signing)
// followed by its contract and commitment streams, renumbered into one global log.

/** The procurement, then its contract and commitment: started, three slots, two matched, one placement through. */
export function gotlandLog(): ProjectedEvent[] {
  const followUp: (readonly [string, DomainEvent])[] = [
    [contractStream(), contractRegistered()],
    [commitmentStream(), commitmentEstablished()],
    [contractStream(), event('ContractStarted', { date: '2026-06-01' })],
    [commitmentStream(), activated()],
    [commitmentStream(), offered('s1')],
    [commitmentStream(), offered('s2')],
    [commitmentStream(), offered('s3')],
    [commitmentStream(), matched('s1')],
    [commitmentStream(), matched('s2')],
    [commitmentStream(), started('s1')],
    [commitmentStream(), interrupted('s2')],
    [commitmentStream(), reopened('s2')],
    [commitmentStream(), completed('s1')],
  ];
  const revisions = new Map<string, number>();
  const followUpStored = followUp.map(([streamId, domainEvent]) => {
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    return storedFollowUp(streamId, domainEvent, revision);
  });
  return [...storedLifecycle(), ...followUpStored].map((stored, index) => ({ ...stored, position: index + 1 }));
}
