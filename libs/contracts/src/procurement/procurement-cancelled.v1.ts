import { ID, INSTANT, codes, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';
import { CANCELLATION_REASONS, type CancellationReason } from '../vocabulary';

/** The procurement was cancelled (P10). The reason category only; the justification text stays out. */
export interface ProcurementCancelledV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly reasonCategory: CancellationReason;
  readonly cancelledAt: string;
}

export const PROCUREMENT_CANCELLED_V1 = messageContract<ProcurementCancelledV1>({
  type: 'kravspar.procurement.cancelled.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'The procurement was cancelled before signing (LOU 12:12).',
  schema: messageSchema('ProcurementCancelledV1', ['procurementId', 'buyerUnitId', 'reasonCategory', 'cancelledAt'], {
    procurementId: ID, buyerUnitId: ID, reasonCategory: codes(CANCELLATION_REASONS), cancelledAt: INSTANT,
  }),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    reasonCategory: 'insufficientCompetition',
    cancelledAt: '2026-04-20T10:00:00+02:00',
  },
});
