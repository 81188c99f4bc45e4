import { CALENDAR_DATE, ID, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { CONTRACT_TOPIC } from '../topics';

/** The contract started: its commitments become active and their first-placement and report clocks run. */
export interface ContractStartedV1 {
  readonly contractId: string;
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly startDate: string;
  readonly periodEnd: string;
}

export const CONTRACT_STARTED_V1 = messageContract<ContractStartedV1>({
  type: 'kravspar.contract.started.v1',
  topic: CONTRACT_TOPIC,
  summary: 'The contract started; its social commitments are now followed up.',
  schema: messageSchema('ContractStartedV1', ['contractId', 'procurementId', 'buyerUnitId', 'supplierId', 'startDate', 'periodEnd'], {
    contractId: ID, procurementId: ID, buyerUnitId: ID, supplierId: ID, startDate: CALENDAR_DATE, periodEnd: CALENDAR_DATE,
  }),
  example: {
    contractId: '0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e',
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    supplierId: 'supplier-gotland-clean',
    startDate: '2026-06-01',
    periodEnd: '2028-05-31',
  },
});
