import { COUNT, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { COMMITMENT_TOPIC } from '../topics';
import { COMMITMENT_PARTIES_PROPERTIES, COMMITMENT_PARTIES_REQUIRED, EXAMPLE_COMMITMENT_PARTIES, type CommitmentPartiesV1 } from './commitment-parties.v1';

/** The judgement at the commitment period's end (S7), as counts: no placement or person is named. */
export interface CommitmentJudgementV1 extends CommitmentPartiesV1 {
  readonly unitsRequired: number;
  readonly placementsCounted: number;
}

export type CommitmentFulfilledV1 = CommitmentJudgementV1;
export type CommitmentBreachedV1 = CommitmentJudgementV1;

const judgementSchema = (title: string) =>
  messageSchema(title, [...COMMITMENT_PARTIES_REQUIRED, 'unitsRequired', 'placementsCounted'], {
    ...COMMITMENT_PARTIES_PROPERTIES,
    unitsRequired: COUNT,
    placementsCounted: COUNT,
  });

export const COMMITMENT_FULFILLED_V1 = messageContract<CommitmentFulfilledV1>({
  type: 'kravspar.commitment.fulfilled.v1',
  topic: COMMITMENT_TOPIC,
  summary: 'The commitment period ended with enough placements counted: the commitment is fulfilled (S7).',
  schema: judgementSchema('CommitmentFulfilledV1'),
  example: { ...EXAMPLE_COMMITMENT_PARTIES, unitsRequired: 3, placementsCounted: 3 },
});

export const COMMITMENT_BREACHED_V1 = messageContract<CommitmentBreachedV1>({
  type: 'kravspar.commitment.breached.v1',
  topic: COMMITMENT_TOPIC,
  summary: 'The commitment period ended with too few placements counted: the commitment is breached (S7).',
  schema: judgementSchema('CommitmentBreachedV1'),
  example: { ...EXAMPLE_COMMITMENT_PARTIES, unitsRequired: 3, placementsCounted: 2 },
});
