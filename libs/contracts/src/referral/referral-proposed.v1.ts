import { ID, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { REFERRAL_TOPIC } from '../topics';

/**
 * The labour-market unit proposed a referral for a slot; the supplier may accept or decline it. The
 * referral id is opaque: the candidate's identity and target group never leave the matching context.
 */
export interface ReferralProposedV1 {
  readonly referralId: string;
  readonly commitmentId: string;
  readonly slotId: string;
  readonly supplierId: string;
}

export const REFERRAL_PROPOSED_V1 = messageContract<ReferralProposedV1>({
  type: 'kravspar.referral.proposed.v1',
  topic: REFERRAL_TOPIC,
  summary: 'A referral was proposed for a placement slot (no candidate identity).',
  schema: messageSchema('ReferralProposedV1', ['referralId', 'commitmentId', 'slotId', 'supplierId'], {
    referralId: ID, commitmentId: ID, slotId: ID, supplierId: ID,
  }),
  example: {
    referralId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    commitmentId: '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716',
    slotId: 'slot-1',
    supplierId: 'supplier-gotland-clean',
  },
});
