import { REFERRAL_PROPOSED_V1, type IntegrationEvent } from '@kravspar/contracts';
import { REFERRAL_STREAM_CATEGORY, referralDecider, type ReferralProposedForSlot, type ReferralState } from '@kravspar/domain';
import { messageOf, type GatewayEvent, type StreamMessages } from './gateway-event';

/** The public messages of the referral stream: a proposal to a supplier, by opaque referral id only (R1). */
export const referralMessages: StreamMessages<ReferralState> = {
  category: REFERRAL_STREAM_CATEGORY,
  eventTypes: ['ReferralProposedForSlot'],
  decider: referralDecider as unknown as StreamMessages<ReferralState>['decider'],
  message: referralMessage,
};

export function referralMessage(event: GatewayEvent, state: ReferralState): IntegrationEvent | undefined {
  if (state.status === 'Absent' || event.type !== 'ReferralProposedForSlot') return undefined;
  const { commitmentId, slotId, supplierId } = event.data as ReferralProposedForSlot['data'];
  return messageOf(REFERRAL_PROPOSED_V1, event, { referralId: state.referralId, commitmentId, slotId, supplierId });
}
