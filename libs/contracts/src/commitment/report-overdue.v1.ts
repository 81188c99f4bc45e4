import { CALENDAR_DATE, PERIOD, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { COMMITMENT_TOPIC } from '../topics';
import { COMMITMENT_PARTIES_PROPERTIES, COMMITMENT_PARTIES_REQUIRED, EXAMPLE_COMMITMENT_PARTIES, type CommitmentPartiesV1 } from './commitment-parties.v1';

/** The supplier's report on a period did not come by its due date (period end + 30 days). */
export interface ReportOverdueV1 extends CommitmentPartiesV1 {
  readonly period: { readonly start: string; readonly end: string };
  readonly dueDate: string;
}

export const REPORT_OVERDUE_V1 = messageContract<ReportOverdueV1>({
  type: 'kravspar.commitment.report-overdue.v1',
  topic: COMMITMENT_TOPIC,
  summary: "The supplier's report on a reporting period is overdue.",
  schema: messageSchema('ReportOverdueV1', [...COMMITMENT_PARTIES_REQUIRED, 'period', 'dueDate'], {
    ...COMMITMENT_PARTIES_PROPERTIES, period: PERIOD, dueDate: CALENDAR_DATE,
  }),
  example: { ...EXAMPLE_COMMITMENT_PARTIES, period: { start: '2026-06-01', end: '2026-08-31' }, dueDate: '2026-09-30' },
});
