import { ID, INSTANT, TEXT, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';

/** The contract award notice was published; `late` when more than 30 days after signing (P11). */
export interface AwardNoticePublishedV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly contractId: string;
  readonly noticeRef: string;
  readonly publishedAt: string;
  readonly late: boolean;
}

export const AWARD_NOTICE_PUBLISHED_V1 = messageContract<AwardNoticePublishedV1>({
  type: 'kravspar.procurement.award-notice-published.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'The contract award notice was published (LOU 22:1).',
  schema: messageSchema('AwardNoticePublishedV1', ['procurementId', 'buyerUnitId', 'contractId', 'noticeRef', 'publishedAt', 'late'], {
    procurementId: ID, buyerUnitId: ID, contractId: ID, noticeRef: TEXT, publishedAt: INSTANT, late: { type: 'boolean' },
  }),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    contractId: '0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e',
    noticeRef: 'TED 2026/S 101-123456',
    publishedAt: '2026-06-05T09:00:00+02:00',
    late: false,
  },
});
