import { assertLabourMarketUnit, requireReferralStatus } from './guards';
import type { CreateReferral, ReferralCreated, ReferralFacts } from './messages';
import { referralFactsOf, type ReferralState } from './state';

function sameFacts(a: ReferralFacts, b: ReferralFacts): boolean {
  return a.referralId === b.referralId && a.candidateRef === b.candidateRef && a.targetGroupCode === b.targetGroupCode;
}

/**
 * Opens the referral (R1). The candidate's identity went into the PII vault before; the event carries only
 * the opaque `candidateRef`, so erasure can later destroy the identity without touching the stream.
 */
export function createReferral(command: CreateReferral, state: ReferralState): ReferralCreated[] {
  assertLabourMarketUnit(command);
  const existing = referralFactsOf(state);
  if (existing !== undefined && sameFacts(existing, command.data)) return [];
  requireReferralStatus(state, command, ['Absent']);
  const { referralId, candidateRef, targetGroupCode } = command.data;
  return [
    {
      type: 'ReferralCreated',
      data: { referralId, candidateRef, targetGroupCode },
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['R1'] },
    },
  ];
}

export function evolveReferralCreated(state: ReferralState, event: ReferralCreated): ReferralState {
  if (state.status !== 'Absent') return state;
  return { status: 'Created', ...event.data };
}
