import { ID, NULLABLE_CALENDAR_DATE, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';

/**
 * A registration correction (e.g. of the award notification's sending time) moved the standstill's last
 * day; null when no standstill applies any more. Timers on the standstill move with it.
 */
export interface StandstillRescheduledV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly standstillLastDay: string | null;
}

export const STANDSTILL_RESCHEDULED_V1 = messageContract<StandstillRescheduledV1>({
  type: 'kravspar.procurement.standstill-rescheduled.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'A corrected registration moved the last day of the standstill.',
  schema: messageSchema('StandstillRescheduledV1', ['procurementId', 'buyerUnitId', 'standstillLastDay'], {
    procurementId: ID, buyerUnitId: ID, standstillLastDay: NULLABLE_CALENDAR_DATE,
  }),
  example: { procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a', buyerUnitId: 'waste-department', standstillLastDay: '2026-05-15' },
});
