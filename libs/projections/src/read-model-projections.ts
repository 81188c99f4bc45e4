import { commitmentsProjection } from './commitments.projection';
import { complianceProjection } from './compliance.projection';
import { contractsProjection } from './contracts.projection';
import { ocdsProjection } from './ocds.projection';
import { placementOutcomesProjection } from './placement-outcomes.projection';
import { procurementTimelineProjection } from './procurement-timeline.projection';
import { procurementsProjection } from './procurements.projection';
import type { ReadModelProjection } from './projection';
import { referralsProjection } from './referrals.projection';

/** Every read model the projector keeps and a rebuild can build anew (the workflows are not read models). */
export const READ_MODEL_PROJECTIONS: readonly ReadModelProjection[] = [
  procurementsProjection,
  procurementTimelineProjection,
  contractsProjection,
  commitmentsProjection,
  referralsProjection,
  placementOutcomesProjection,
  complianceProjection,
  ocdsProjection,
];
