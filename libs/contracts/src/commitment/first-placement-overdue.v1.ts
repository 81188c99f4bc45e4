import { CALENDAR_DATE, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { COMMITMENT_TOPIC } from '../topics';
import { COMMITMENT_PARTIES_PROPERTIES, COMMITMENT_PARTIES_REQUIRED, EXAMPLE_COMMITMENT_PARTIES, type CommitmentPartiesV1 } from './commitment-parties.v1';

/** S6: no placement started within `firstPlacementDueDays` of the contract start. */
export interface FirstPlacementOverdueV1 extends CommitmentPartiesV1 {
  readonly dueDate: string;
}

export const FIRST_PLACEMENT_OVERDUE_V1 = messageContract<FirstPlacementOverdueV1>({
  type: 'kravspar.commitment.first-placement-overdue.v1',
  topic: COMMITMENT_TOPIC,
  summary: 'The first placement of the commitment did not start in time (S6).',
  schema: messageSchema('FirstPlacementOverdueV1', [...COMMITMENT_PARTIES_REQUIRED, 'dueDate'], {
    ...COMMITMENT_PARTIES_PROPERTIES, dueDate: CALENDAR_DATE,
  }),
  example: { ...EXAMPLE_COMMITMENT_PARTIES, dueDate: '2026-11-28' },
});
