import { ID, INSTANT, NULLABLE_CALENDAR_DATE, TEXT, codes, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';
import { REVIEW_OUTCOMES, type ReviewOutcome } from '../vocabulary';

/**
 * The court decided a review. `standstillLastDay` is the standstill's last day after the decision (P8),
 * null when the decision does not bear on a running standstill: timers on the standstill move with it.
 */
export interface ReviewDecidedV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly caseNo: string;
  readonly decidedAt: string;
  readonly outcome: ReviewOutcome;
  readonly standstillLastDay: string | null;
}

export const REVIEW_DECIDED_V1 = messageContract<ReviewDecidedV1>({
  type: 'kravspar.procurement.review-decided.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'The court decided a review application; the standstill may have moved (LOU 20:4, 20:6).',
  schema: messageSchema('ReviewDecidedV1', ['procurementId', 'buyerUnitId', 'caseNo', 'decidedAt', 'outcome', 'standstillLastDay'], {
    procurementId: ID, buyerUnitId: ID, caseNo: TEXT, decidedAt: INSTANT, outcome: codes(REVIEW_OUTCOMES), standstillLastDay: NULLABLE_CALENDAR_DATE,
  }),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    caseNo: '1234-26',
    decidedAt: '2026-06-01T09:00:00+02:00',
    outcome: 'rejected',
    standstillLastDay: '2026-06-11',
  },
});
