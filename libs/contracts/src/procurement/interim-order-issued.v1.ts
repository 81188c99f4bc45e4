import { ID, INSTANT, TEXT, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';

/** The court ordered that the contract must not be signed until it decides otherwise (P8). */
export interface InterimOrderIssuedV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly caseNo: string;
  readonly issuedAt: string;
}

export const INTERIM_ORDER_ISSUED_V1 = messageContract<InterimOrderIssuedV1>({
  type: 'kravspar.procurement.interim-order-issued.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'The court issued an interim order: signing is blocked until it is lifted (LOU 20:5).',
  schema: messageSchema('InterimOrderIssuedV1', ['procurementId', 'buyerUnitId', 'caseNo', 'issuedAt'], {
    procurementId: ID, buyerUnitId: ID, caseNo: TEXT, issuedAt: INSTANT,
  }),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    caseNo: '1234-26',
    issuedAt: '2026-05-13T11:00:00+02:00',
  },
});
