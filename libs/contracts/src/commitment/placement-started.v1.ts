import { CALENDAR_DATE, ID, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { COMMITMENT_TOPIC } from '../topics';
import { COMMITMENT_PARTIES_PROPERTIES, COMMITMENT_PARTIES_REQUIRED, EXAMPLE_COMMITMENT_PARTIES, type CommitmentPartiesV1 } from './commitment-parties.v1';

/** A placement started in a slot. The referral (and so the candidate) is not named. */
export interface PlacementStartedV1 extends CommitmentPartiesV1 {
  readonly slotId: string;
  readonly startDate: string;
}

export const PLACEMENT_STARTED_V1 = messageContract<PlacementStartedV1>({
  type: 'kravspar.commitment.placement-started.v1',
  topic: COMMITMENT_TOPIC,
  summary: 'A placement started in an offered and matched slot.',
  schema: messageSchema('PlacementStartedV1', [...COMMITMENT_PARTIES_REQUIRED, 'slotId', 'startDate'], {
    ...COMMITMENT_PARTIES_PROPERTIES, slotId: ID, startDate: CALENDAR_DATE,
  }),
  example: { ...EXAMPLE_COMMITMENT_PARTIES, slotId: 'slot-1', startDate: '2026-08-15' },
});
