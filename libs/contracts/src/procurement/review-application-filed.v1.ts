import { ID, INSTANT, TEXT, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';

/** A review application (överprövning) reached the court; filed during the standstill it extends it (P8). */
export interface ReviewApplicationFiledV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly caseNo: string;
  readonly court: string;
  readonly filedAt: string;
  readonly duringStandstill: boolean;
}

export const REVIEW_APPLICATION_FILED_V1 = messageContract<ReviewApplicationFiledV1>({
  type: 'kravspar.procurement.review-application-filed.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'A review application was filed with the administrative court (LOU 20:4).',
  schema: messageSchema(
    'ReviewApplicationFiledV1',
    ['procurementId', 'buyerUnitId', 'caseNo', 'court', 'filedAt', 'duringStandstill'],
    { procurementId: ID, buyerUnitId: ID, caseNo: TEXT, court: TEXT, filedAt: INSTANT, duringStandstill: { type: 'boolean' } },
  ),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    caseNo: '1234-26',
    court: 'Förvaltningsrätten i Stockholm',
    filedAt: '2026-05-12T14:00:00+02:00',
    duringStandstill: true,
  },
});
