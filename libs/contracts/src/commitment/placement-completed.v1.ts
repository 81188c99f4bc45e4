import { CALENDAR_DATE, ID, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { COMMITMENT_TOPIC } from '../topics';
import { COMMITMENT_PARTIES_PROPERTIES, COMMITMENT_PARTIES_REQUIRED, EXAMPLE_COMMITMENT_PARTIES, type CommitmentPartiesV1 } from './commitment-parties.v1';

/**
 * A placement was completed. The participant's outcome and months served stay out: joined with the slot
 * they would describe one person (outcome statistics serve them, with small cells suppressed).
 */
export interface PlacementCompletedV1 extends CommitmentPartiesV1 {
  readonly slotId: string;
  readonly completedOn: string;
}

export const PLACEMENT_COMPLETED_V1 = messageContract<PlacementCompletedV1>({
  type: 'kravspar.commitment.placement-completed.v1',
  topic: COMMITMENT_TOPIC,
  summary: 'A placement was completed.',
  schema: messageSchema('PlacementCompletedV1', [...COMMITMENT_PARTIES_REQUIRED, 'slotId', 'completedOn'], {
    ...COMMITMENT_PARTIES_PROPERTIES, slotId: ID, completedOn: CALENDAR_DATE,
  }),
  example: { ...EXAMPLE_COMMITMENT_PARTIES, slotId: 'slot-1', completedOn: '2027-02-15' },
});
