import type { Actor, CommandMetadata, Instant } from '../kernel';
import { placementCriterion } from '../procurement/procurement.fixtures';
import type {
  ActivateCommitment,
  CommitmentActivated,
  CommitmentEstablished,
  CommitmentTerms,
  CompletePlacement,
  EstablishCommitment,
  InterruptionReason,
  InterruptPlacement,
  MatchSlot,
  OfferSlot,
  PlacementCompleted,
  PlacementInterrupted,
  PlacementOutcome,
  PlacementSlotOffered,
  PlacementStarted,
  SlotMatched,
  SlotOffer,
  SlotReopened,
  SlotWithdrawn,
  StartPlacement,
  WithdrawSlot,
} from './messages';

// Test data for the commitment specs (not exported from the lib): three work-training placements at the
// Gotland recycling stations; the contract started on 1 June 2026.

export const NOW: Instant = '2026-06-15T10:00:00+02:00';
const system: Actor = { userId: 'workflow', role: 'system', unitId: 'system' };
const supplier: Actor = { userId: 'sup-1', role: 'supplier', unitId: 'supplier', supplierId: 's1' };
const labour: Actor = { userId: 'lm-1', role: 'labour-market', unitId: 'unit-arbetsliv-och-etablering' };
const meta = (actor: Actor, now: Instant = NOW): CommandMetadata => ({ actor, now });
/** The start of a Stockholm summer day (CEST), as `stockholmStartOf` writes it. */
export const startOfDay = (date: string): Instant => new Date(Date.parse(`${date}T00:00:00+02:00`)).toISOString();

export const terms: CommitmentTerms = {
  commitmentId: 'com-1',
  contractId: 'contract-1',
  procurementId: 'gotland-2026-01',
  buyerUnitId: 'unit-waste',
  supplierId: 's1',
  criterion: placementCriterion,
  signedOn: '2026-05-04',
};

export const establish = (data: Partial<CommitmentTerms> = {}): EstablishCommitment => ({
  type: 'EstablishCommitment',
  data: { ...terms, ...data },
  metadata: meta(system),
});
export const established = (data: Partial<CommitmentTerms> = {}): CommitmentEstablished => ({
  type: 'CommitmentEstablished',
  data: { ...terms, ...data },
  metadata: { occurredAt: NOW },
});

export const activate = (contractStartDate = '2026-06-01', now: Instant = NOW): ActivateCommitment => ({
  type: 'ActivateCommitment',
  data: { contractStartDate },
  metadata: meta(system, now),
});
export const activated = (contractStartDate = '2026-06-01'): CommitmentActivated => ({
  type: 'CommitmentActivated',
  data: { contractStartDate },
  metadata: { occurredAt: NOW, ruleRefs: ['T1'] },
});

const offer = (slotId: string): SlotOffer => ({ slotId, site: `ÅVC ${slotId}`, startWindow: { from: '2026-06-01', to: '2026-08-31' } });
export const offerSlot = (slotId = 'slot-1', data: Partial<OfferSlot['data']> = {}, now: Instant = NOW): OfferSlot => ({
  type: 'OfferSlot',
  data: { ...offer(slotId), supplierId: 's1', ...data },
  metadata: meta(supplier, now),
});
export const slotOffered = (slotId = 'slot-1'): PlacementSlotOffered => ({
  type: 'PlacementSlotOffered',
  data: offer(slotId),
  metadata: { occurredAt: NOW, ruleRefs: ['S8'] },
});

export const withdrawSlot = (slotId = 'slot-1', supplierId = 's1'): WithdrawSlot => ({
  type: 'WithdrawSlot',
  data: { slotId, supplierId },
  metadata: meta(supplier),
});
export const slotWithdrawn = (slotId = 'slot-1'): SlotWithdrawn => ({
  type: 'SlotWithdrawn',
  data: { slotId },
  metadata: { occurredAt: NOW, ruleRefs: ['S8'] },
});

export const MATCHED_AT: Instant = '2026-06-10T09:00:00+02:00';
export const match = (slotId = 'slot-1', referralId = 'ref-1', matchedAt: Instant = MATCHED_AT, now: Instant = NOW, candidateErased = false): MatchSlot => ({
  type: 'MatchSlot',
  data: { slotId, referralId, matchedAt, candidateErased },
  metadata: meta(labour, now),
});
export const matched = (slotId = 'slot-1', referralId = 'ref-1', matchedAt: Instant = MATCHED_AT): SlotMatched => ({
  type: 'SlotMatched',
  data: { slotId, referralId, matchedAt },
  metadata: { occurredAt: matchedAt, ruleRefs: ['S1', 'S2', 'R3', 'T1'] },
});

export const startPlacement = (slotId = 'slot-1', date = '2026-06-12', now: Instant = NOW): StartPlacement => ({
  type: 'StartPlacement',
  data: { slotId, date },
  metadata: meta(supplier, now),
});
export const placementStarted = (slotId = 'slot-1', referralId = 'ref-1', date = '2026-06-12'): PlacementStarted => ({
  type: 'PlacementStarted',
  data: { slotId, referralId, date },
  metadata: { occurredAt: startOfDay(date), ruleRefs: ['S3', 'T1'] },
});

export const interrupt = (slotId = 'slot-1', date = '2026-06-14', reasonCode: InterruptionReason = 'participantIll'): InterruptPlacement => ({
  type: 'InterruptPlacement',
  data: { slotId, date, reasonCode },
  metadata: meta(supplier),
});
export const interrupted = (slotId = 'slot-1', referralId = 'ref-1', date = '2026-06-14', reason: InterruptionReason = 'participantIll') => [
  {
    type: 'PlacementInterrupted',
    data: { slotId, referralId, date, reasonCode: reason },
    metadata: { occurredAt: startOfDay(date), ruleRefs: ['S4', 'S5', 'T1'] },
  } satisfies PlacementInterrupted,
  { type: 'SlotReopened', data: { slotId }, metadata: { occurredAt: startOfDay(date), ruleRefs: ['S4'] } } satisfies SlotReopened,
];

type Completion = { readonly date: string; readonly outcomeCode: PlacementOutcome; readonly monthsServed: number };
const completion: Completion = { date: '2026-06-15', outcomeCode: 'employment', monthsServed: 0.1 };
export const complete = (slotId = 'slot-1', data: Partial<Completion> = {}): CompletePlacement => ({
  type: 'CompletePlacement',
  data: { slotId, ...completion, ...data },
  metadata: meta(supplier),
});
export const completed = (slotId = 'slot-1', referralId = 'ref-1', data: Partial<Completion> = {}): PlacementCompleted => {
  const done = { ...completion, ...data };
  return {
    type: 'PlacementCompleted',
    data: { slotId, referralId, ...done },
    metadata: { occurredAt: startOfDay(done.date), ruleRefs: ['S4', 'S5', 'T1'] },
  };
};

/** An active commitment with slots `slot-1` … `slot-<n>` offered. */
export const activeWithSlots = (n: number) => [
  established(),
  activated(),
  ...Array.from({ length: n }, (_, index) => slotOffered(`slot-${index + 1}`)),
];
