import { ID, INSTANT, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';

/**
 * A supplier's question was answered to all suppliers. The texts stay out (free text may name people);
 * `extensionRequired` is P3: the answer came less than 6 days before the deadline, which must move.
 */
export interface ClarificationAnsweredV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly questionId: string;
  readonly answeredAt: string;
  /** The tender deadline in force when the answer was given. */
  readonly tenderDeadline: string;
  readonly extensionRequired: boolean;
}

export const CLARIFICATION_ANSWERED_V1 = messageContract<ClarificationAnsweredV1>({
  type: 'kravspar.procurement.clarification-answered.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'A clarification question was answered to all suppliers (LOU 12:11).',
  schema: messageSchema(
    'ClarificationAnsweredV1',
    ['procurementId', 'buyerUnitId', 'questionId', 'answeredAt', 'tenderDeadline', 'extensionRequired'],
    { procurementId: ID, buyerUnitId: ID, questionId: ID, answeredAt: INSTANT, tenderDeadline: INSTANT, extensionRequired: { type: 'boolean' } },
  ),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    questionId: 'q-1',
    answeredAt: '2026-04-06T10:00:00+02:00',
    tenderDeadline: '2026-04-10T23:59:00+02:00',
    extensionRequired: true,
  },
});
