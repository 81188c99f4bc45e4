import type { Actor, CommitmentEvent, ContractEvent, DomainEvent, Instant, ReferralEvent } from '@kravspar/domain';
import { placementCriterion } from '@kravspar/domain/procurement/procurement.fixtures';
import type { ProjectedEvent } from './projected-event';

// Test data for the follow-up read models: a contract of the waste department with acme, its placement
// commitment (3 work-training places), and a referral by the labour-market unit. Built here rather than by
// the deciders, so each read model can be fed exactly the events a spec needs.

export const CONTRACT_ID = 'gotland-1';
export const COMMITMENT_ID = 'gotland-1-work-training';
export const REFERRAL_ID = 'r-1';
export const contractStream = (id = CONTRACT_ID) => `contract-${id}`;
export const commitmentStream = (id = COMMITMENT_ID) => `commitment-${id}`;
export const referralStream = (id = REFERRAL_ID) => `referral-${id}`;
export const owner: Actor = { userId: 'b-1', role: 'buyer', unitId: 'waste' };
export const acme: Actor = { userId: 'acme-user', role: 'supplier', unitId: 'supplier:acme', supplierId: 'acme' };
export const matcher: Actor = { userId: 'lm-1', role: 'labour-market', unitId: 'arbetsliv-och-etablering' };

type Any = ContractEvent | CommitmentEvent | ReferralEvent;
type Data<T extends Any['type']> = Extract<Any, { type: T }>['data'];

/** One event of a follow-up stream, its business time `at`. */
export function event<T extends Any['type']>(type: T, data: Data<T>, at: Instant = '2026-06-01T09:00:00+02:00'): DomainEvent {
  return { type, data, metadata: { occurredAt: at } };
}

let nextPosition = 1;

/** As the store hands it back: in stream `streamId` at `revision`, recorded a minute after the act. */
export function stored(streamId: string, event: DomainEvent, revision: number, actor: Actor = owner): ProjectedEvent {
  return {
    streamId,
    revision,
    position: nextPosition++,
    type: event.type,
    data: event.data as Readonly<Record<string, unknown>>,
    metadata: { ...event.metadata, recordedAt: new Date(Date.parse(event.metadata.occurredAt) + 60_000).toISOString(), actor },
  };
}

/** The events of one stream with revisions 0, 1, 2 … */
export const history = (streamId: string, events: readonly DomainEvent[]): ProjectedEvent[] =>
  events.map((each, revision) => stored(streamId, each, revision));

export const contractRegistered = (contractId = CONTRACT_ID, supplierId = 'acme', buyerUnitId = 'waste') =>
  event('ContractRegistered', {
    contractId, procurementId: 'gotland-2026-01', buyerUnitId, supplierId, bidId: 'bid-acme',
    signedAt: '2026-05-20T10:00:00+02:00', period: { start: '2026-06-01', end: '2028-05-31' }, criteria: [placementCriterion],
  }, '2026-05-20T10:00:00+02:00');

export const commitmentEstablished = (
  commitmentId = COMMITMENT_ID,
  { contractId = CONTRACT_ID, supplierId = 'acme', buyerUnitId = 'waste', signedOn = '2026-05-20', criterion = placementCriterion } = {},
) =>
  event('CommitmentEstablished', { commitmentId, contractId, procurementId: 'gotland-2026-01', buyerUnitId, supplierId, criterion, signedOn }, '2026-05-20T10:05:00+02:00');

export const activated = () => event('CommitmentActivated', { contractStartDate: '2026-06-01' });
export const offered = (slotId: string) =>
  event('PlacementSlotOffered', { slotId, site: `Station ${slotId}`, startWindow: { from: '2026-08-01', to: '2026-09-30' } });
export const matched = (slotId: string, referralId = `ref-${slotId}`) =>
  event('SlotMatched', { slotId, referralId, matchedAt: '2026-08-03T10:00:00+02:00' }, '2026-08-03T10:00:00+02:00');
export const started = (slotId: string, referralId = `ref-${slotId}`) =>
  event('PlacementStarted', { slotId, referralId, date: '2026-08-10' }, '2026-08-10T09:00:00+02:00');
export const interrupted = (slotId: string, referralId = `ref-${slotId}`) =>
  event('PlacementInterrupted', { slotId, referralId, date: '2026-09-15', reasonCode: 'participantIll' }, '2026-09-15T09:00:00+02:00');
export const reopened = (slotId: string) => event('SlotReopened', { slotId }, '2026-09-15T09:00:00+02:00');
export const completed = (slotId: string, referralId = `ref-${slotId}`) =>
  event('PlacementCompleted', { slotId, referralId, date: '2027-02-10', outcomeCode: 'employment', monthsServed: 6 }, '2027-02-10T09:00:00+02:00');
export const withdrawn = (slotId: string) => event('SlotWithdrawn', { slotId });

export const referralCreated = (referralId = REFERRAL_ID) =>
  event('ReferralCreated', { referralId, candidateRef: `cand-${referralId}`, targetGroupCode: 'far-from-labour-market' }, '2026-07-01T09:00:00+02:00');
export const proposed = (slotId = 's1', commitmentId = COMMITMENT_ID) =>
  event('ReferralProposedForSlot', { commitmentId, slotId, supplierId: 'acme' }, '2026-07-20T09:00:00+02:00');
export const declined = (slotId = 's1') =>
  event('ReferralDeclinedBySupplier', { commitmentId: COMMITMENT_ID, slotId, supplierId: 'acme', reasonCode: 'noCapacity' }, '2026-07-21T09:00:00+02:00');
export const accepted = (slotId = 's1') =>
  event('ReferralAcceptedBySupplier', { commitmentId: COMMITMENT_ID, slotId, supplierId: 'acme' }, '2026-07-22T09:00:00+02:00');
export const referralWithdrawn = () => event('ReferralWithdrawn', { reasonCode: 'candidateUnavailable' }, '2026-07-23T09:00:00+02:00');
