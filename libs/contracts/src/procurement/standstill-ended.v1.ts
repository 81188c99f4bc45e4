import { CALENDAR_DATE, ID, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';

/** The standstill is over and nothing holds it: the contract may be signed (P7–P9). */
export interface StandstillEndedV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly standstillLastDay: string;
}

export const STANDSTILL_ENDED_V1 = messageContract<StandstillEndedV1>({
  type: 'kravspar.procurement.standstill-ended.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'The standstill period ended; the contract may be signed.',
  schema: messageSchema('StandstillEndedV1', ['procurementId', 'buyerUnitId', 'standstillLastDay'], {
    procurementId: ID, buyerUnitId: ID, standstillLastDay: CALENDAR_DATE,
  }),
  example: { procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a', buyerUnitId: 'waste-department', standstillLastDay: '2026-05-14' },
});
