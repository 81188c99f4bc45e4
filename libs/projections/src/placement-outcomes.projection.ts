import { COMMITMENT_STREAM_CATEGORY } from '@kravspar/domain';
import { commitmentIdOf, outcomeCommitmentOf, placementOutcomeOf } from '@kravspar/read-models';
import { findOutcomeCommitment, saveOutcomeCommitment, savePlacementOutcome } from '@kravspar/read-store';
import type { ReadModelProjection } from './projection';

/**
 * The outcome statistics (`placement_outcomes_v1`): one row per completed or interrupted placement, under
 * the buyer unit and year of signing its commitment was established with. It keeps that pair itself rather
 * than reading `commitments_v1`, whose projection runs on a checkpoint of its own and may lag behind.
 */
export const placementOutcomesProjection: ReadModelProjection = {
  name: 'placement-outcomes.v1',
  tables: ['placement_outcome_commitments_v1', 'placement_outcomes_v1'],
  filter: {
    streamPrefixes: [`${COMMITMENT_STREAM_CATEGORY}-`],
    eventTypes: ['CommitmentEstablished', 'PlacementCompleted', 'PlacementInterrupted'],
  },
  async apply(client, event) {
    const commitment = outcomeCommitmentOf(event);
    if (commitment) return saveOutcomeCommitment(client, commitment);
    const outcome = placementOutcomeOf(await findOutcomeCommitment(client, commitmentIdOf(event.streamId)), event);
    if (outcome) await savePlacementOutcome(client, outcome);
  },
};
