import { ID, INSTANT, PERIOD, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';

/** The contract was signed; the procurement is concluded and the contract award notice is due (P11). */
export interface ContractSignedV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly contractId: string;
  readonly supplierId: string;
  readonly signedAt: string;
  readonly period: { readonly start: string; readonly end: string };
}

export const CONTRACT_SIGNED_V1 = messageContract<ContractSignedV1>({
  type: 'kravspar.procurement.contract-signed.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'The contract was signed with the winning supplier; the award notice is due within 30 days (LOU 22:1).',
  schema: messageSchema('ContractSignedV1', ['procurementId', 'buyerUnitId', 'contractId', 'supplierId', 'signedAt', 'period'], {
    procurementId: ID, buyerUnitId: ID, contractId: ID, supplierId: ID, signedAt: INSTANT, period: PERIOD,
  }),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    contractId: '0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e',
    supplierId: 'supplier-gotland-clean',
    signedAt: '2026-05-20T13:00:00+02:00',
    period: { start: '2026-06-01', end: '2028-05-31' },
  },
});
