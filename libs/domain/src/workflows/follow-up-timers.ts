import { addDays, stockholmStartOf, type CalendarDate } from '../calendar';
import type { Instant } from '../kernel';
import type { SocialCriterion } from '../procurement/social-criterion';
import type { EndCommitmentPeriod, MarkFirstPlacementOverdue, MarkReportOverdue } from '../social-commitment/follow-up-messages';
import { firstPlacementDueDate, reportingPeriods } from '../social-commitment/reporting-periods';
import { commitmentStreamId } from '../social-commitment/stream';
import type { WorkflowCommand, WorkflowTrigger } from './workflow-command';

export const REPORT_OVERDUE_TIMER = 'report-overdue';
export const FIRST_PLACEMENT_TIMER = 'first-placement-overdue';
export const PERIOD_END_TIMER = 'commitment-period-end';

/** What the schedule of one commitment is counted from; the report timer carries it from period to period. */
export interface ReportSchedule {
  readonly commitmentId: string;
  readonly schedule: unknown;
  readonly contractStart: CalendarDate;
  readonly contractEnd: CalendarDate;
}

export type FollowUpTimer =
  | { readonly key: string; readonly kind: typeof REPORT_OVERDUE_TIMER; readonly dueAt: Instant; readonly payload: ReportSchedule & { readonly index: number } }
  | { readonly key: string; readonly kind: typeof FIRST_PLACEMENT_TIMER; readonly dueAt: Instant; readonly payload: { readonly commitmentId: string } }
  | { readonly key: string; readonly kind: typeof PERIOD_END_TIMER; readonly dueAt: Instant; readonly payload: { readonly commitmentId: string; readonly periodEnd: CalendarDate } };

/** The commitment a `CommitmentActivated` belongs to, as the projector reads it from the two streams. */
export interface ActivatedCommitment {
  readonly commitmentId: string;
  readonly criterion: SocialCriterion;
  readonly contractEnd: CalendarDate;
}

/** A timer fires when the day after `date` begins in Stockholm: `date` itself is still in time. */
const dayAfter = (date: CalendarDate): Instant => stockholmStartOf(addDays(date, 1));

/**
 * The report timer of period `index` of the schedule, keyed by commitment and period so that each period
 * has one timer however often it is armed; undefined past the last period.
 */
export function reportTimer(schedule: ReportSchedule, index: number): FollowUpTimer | undefined {
  const period = reportingPeriods(schedule.schedule, schedule.contractStart, schedule.contractEnd)[index];
  if (period === undefined) return undefined;
  return {
    key: `${REPORT_OVERDUE_TIMER}:${schedule.commitmentId}:${period.start}`,
    kind: REPORT_OVERDUE_TIMER,
    dueAt: dayAfter(period.dueDate),
    payload: { ...schedule, index },
  };
}

/**
 * `CommitmentActivated` → the follow-up timers (domain.md §6): the first period's report timer (each
 * report timer arms the next when it fires), the S6 timer when the criterion commits placements with a
 * due time, and the period-end timer. Any other event asks for none.
 */
export function followUpTimersFor(event: WorkflowTrigger, commitment: ActivatedCommitment): FollowUpTimer[] {
  if (event.type !== 'CommitmentActivated' || event.streamId !== commitmentStreamId(commitment.commitmentId)) return [];
  const contractStart = String(event.data.contractStartDate);
  const { commitmentId, criterion, contractEnd } = commitment;
  const timers: FollowUpTimer[] = [];
  const firstReport = reportTimer({ commitmentId, schedule: criterion.reportingSchedule, contractStart, contractEnd }, 0);
  if (firstReport) timers.push(firstReport);
  const firstPlacementDue = firstPlacementDueDate(contractStart, criterion.firstPlacementDueDays);
  const { unitsRequired } = criterion;
  if (firstPlacementDue !== undefined && typeof unitsRequired === 'number' && unitsRequired > 0) {
    timers.push({ key: `${FIRST_PLACEMENT_TIMER}:${commitmentId}`, kind: FIRST_PLACEMENT_TIMER, dueAt: dayAfter(firstPlacementDue), payload: { commitmentId } });
  }
  timers.push({ key: `${PERIOD_END_TIMER}:${commitmentId}`, kind: PERIOD_END_TIMER, dueAt: dayAfter(contractEnd), payload: { commitmentId, periodEnd: contractEnd } });
  return timers;
}

export type FollowUpTimerCommand =
  | WorkflowCommand<MarkReportOverdue>
  | WorkflowCommand<MarkFirstPlacementOverdue>
  | WorkflowCommand<EndCommitmentPeriod>;

/**
 * What a fired follow-up timer sends, and the timer to arm after it (the next period's report). The
 * timer's key is the idempotency key, so a timer fired twice decides once.
 */
export function onFollowUpTimer(timer: FollowUpTimer): { command?: FollowUpTimerCommand; next?: FollowUpTimer } {
  const streamId = commitmentStreamId(timer.payload.commitmentId);
  switch (timer.kind) {
    case REPORT_OVERDUE_TIMER: {
      const { index, ...schedule } = timer.payload;
      const period = reportingPeriods(schedule.schedule, schedule.contractStart, schedule.contractEnd)[index];
      const next = reportTimer(schedule, index + 1);
      const command: FollowUpTimerCommand | undefined = period && {
        streamId,
        command: { type: 'MarkReportOverdue', data: { period: { start: period.start, end: period.end }, contractEnd: schedule.contractEnd } },
        idempotencyKey: timer.key,
      };
      return { ...(command ? { command } : {}), ...(next ? { next } : {}) };
    }
    case FIRST_PLACEMENT_TIMER:
      return { command: { streamId, command: { type: 'MarkFirstPlacementOverdue', data: {} }, idempotencyKey: timer.key } };
    case PERIOD_END_TIMER:
      return { command: { streamId, command: { type: 'EndCommitmentPeriod', data: { periodEnd: timer.payload.periodEnd } }, idempotencyKey: timer.key } };
    default: {
      const _exhaustive: never = timer;
      return _exhaustive;
    }
  }
}
