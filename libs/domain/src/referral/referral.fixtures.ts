import type { Actor, CommandMetadata, Instant } from '../kernel';
import type {
  AcceptReferral,
  CandidateDataErased,
  CreateReferral,
  DeclineReason,
  DeclineReferral,
  EraseCandidateData,
  ProposeReferral,
  ReferralAcceptedBySupplier,
  ReferralCreated,
  ReferralDeclinedBySupplier,
  ReferralFacts,
  ReferralProposedForSlot,
  ReferralWithdrawn,
  SlotReference,
  WithdrawalReason,
  WithdrawReferral,
} from './messages';

// Test data for the referral specs (not exported from the lib): one candidate of arbetsliv och etablering.

export const NOW: Instant = '2026-06-05T09:00:00+02:00';
export const labour: Actor = { userId: 'lm-1', role: 'labour-market', unitId: 'unit-arbetsliv-och-etablering' };
export const welfare: Actor = { userId: 'sw-1', role: 'social-welfare', unitId: 'unit-social-welfare' };
const supplier: Actor = { userId: 'sup-1', role: 'supplier', unitId: 'supplier', supplierId: 's1' };
const meta = (actor: Actor): CommandMetadata => ({ actor, now: NOW });

export const facts: ReferralFacts = { referralId: 'ref-1', candidateRef: 'cand-7f3a', targetGroupCode: 'far-from-labour-market' };
export const slot: SlotReference = { commitmentId: 'com-1', slotId: 'slot-1', supplierId: 's1' };

export const create = (data: Partial<ReferralFacts> = {}, actor: Actor = labour): CreateReferral => ({
  type: 'CreateReferral',
  data: { ...facts, ...data },
  metadata: meta(actor),
});
export const created = (): ReferralCreated => ({ type: 'ReferralCreated', data: facts, metadata: { occurredAt: NOW, ruleRefs: ['R1'] } });

export const propose = (data: Partial<SlotReference> = {}, slotOffered = true, actor: Actor = labour, candidateErased = false): ProposeReferral => ({
  type: 'ProposeReferral',
  data: { ...slot, ...data, slotOffered, candidateErased },
  metadata: meta(actor),
});
export const proposed = (data: Partial<SlotReference> = {}): ReferralProposedForSlot => ({
  type: 'ReferralProposedForSlot',
  data: { ...slot, ...data },
  metadata: { occurredAt: NOW, ruleRefs: ['R1', 'R2', 'R3'] },
});

export const accept = (supplierId = 's1'): AcceptReferral => ({ type: 'AcceptReferral', data: { supplierId }, metadata: meta(supplier) });
export const accepted = (): ReferralAcceptedBySupplier => ({ type: 'ReferralAcceptedBySupplier', data: slot, metadata: { occurredAt: NOW } });

export const decline = (reasonCode: DeclineReason = 'noCapacity', supplierId = 's1'): DeclineReferral => ({
  type: 'DeclineReferral',
  data: { supplierId, reasonCode },
  metadata: meta(supplier),
});
export const declined = (reasonCode: DeclineReason = 'noCapacity'): ReferralDeclinedBySupplier => ({
  type: 'ReferralDeclinedBySupplier',
  data: { ...slot, reasonCode },
  metadata: { occurredAt: NOW, ruleRefs: ['S5'] },
});

export const withdraw = (reasonCode: WithdrawalReason = 'candidateDeclined', actor: Actor = labour): WithdrawReferral => ({
  type: 'WithdrawReferral',
  data: { reasonCode },
  metadata: meta(actor),
});
export const withdrawn = (reasonCode: WithdrawalReason = 'candidateDeclined'): ReferralWithdrawn => ({
  type: 'ReferralWithdrawn',
  data: { reasonCode },
  metadata: { occurredAt: NOW, ruleRefs: ['R1', 'S5'] },
});

export const erase = (candidateRef = facts.candidateRef, actor: Actor = labour): EraseCandidateData => ({
  type: 'EraseCandidateData',
  data: { candidateRef },
  metadata: meta(actor),
});
export const erased = (): CandidateDataErased => ({
  type: 'CandidateDataErased',
  data: { candidateRef: facts.candidateRef },
  metadata: { occurredAt: NOW, ruleRefs: ['R1', 'R3'] },
});
