import { ID, INSTANT, TEXT, codes, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';
import { PROCEDURES, REGIMES, type Procedure, type Regime } from '../vocabulary';
import { SOCIAL_CRITERION_V1_SCHEMA, type SocialCriterionV1 } from './social-criterion.v1';

/** `ProcurementPublished` with what the notice makes public: the procurement and its social criteria. */
export interface ProcurementPublishedV1 {
  readonly procurementId: string;
  readonly title: string;
  readonly buyerUnitId: string;
  readonly procedure: Procedure;
  readonly regime: Regime;
  readonly cpv?: string;
  readonly publishedAt: string;
  readonly tenderDeadline: string;
  readonly questionsDeadline?: string;
  readonly electronicTenders: boolean;
  readonly noticeRef?: string;
  readonly socialCriteria: readonly SocialCriterionV1[];
}

export const PROCUREMENT_PUBLISHED_V1 = messageContract<ProcurementPublishedV1>({
  type: 'kravspar.procurement.published.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'A procurement was published (advertised), with its social criteria.',
  schema: messageSchema(
    'ProcurementPublishedV1',
    ['procurementId', 'title', 'buyerUnitId', 'procedure', 'regime', 'publishedAt', 'tenderDeadline', 'electronicTenders', 'socialCriteria'],
    {
      procurementId: ID,
      title: TEXT,
      buyerUnitId: ID,
      procedure: codes(PROCEDURES),
      regime: codes(REGIMES),
      cpv: TEXT,
      publishedAt: INSTANT,
      tenderDeadline: INSTANT,
      questionsDeadline: INSTANT,
      electronicTenders: { type: 'boolean' },
      noticeRef: TEXT,
      socialCriteria: { type: 'array', items: SOCIAL_CRITERION_V1_SCHEMA },
    },
  ),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    title: 'Cleaning of the recycling stations',
    buyerUnitId: 'waste-department',
    procedure: 'open',
    regime: 'directive',
    cpv: '90500000-2',
    publishedAt: '2026-03-02T09:00:00+01:00',
    tenderDeadline: '2026-04-10T23:59:00+02:00',
    electronicTenders: true,
    socialCriteria: [
      {
        criterionId: 'c-placements',
        instrument: 'specialContractCondition',
        uhmCriterionId: '11554',
        placementType: 'workTraining',
        unitsRequired: 3,
        minMonths: 6,
        firstPlacementDueDays: 180,
        reportingSchedule: 'quarterly',
        sanctions: ['penalty-per-missing-placement'],
        targetGroupCode: 'long-term-unemployed',
        matchingUnitId: 'labour-market-unit',
      },
    ],
  },
});
