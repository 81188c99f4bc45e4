import type { CalendarDate } from '../calendar';
import type { Instant } from '../kernel';
import type { CommitmentJudgement, ReportCounts, ReportPeriod } from './follow-up-messages';
import type { PlacementInterrupted } from './messages';
import { findSlot, type CommitmentFacts, type CommitmentState } from './state';

export interface ReceivedReport {
  readonly period: ReportPeriod;
  readonly counts: ReportCounts;
  readonly submittedAt: Instant;
}

/**
 * A placement that ended early. The slot forgets its start date when it is offered again, but S7 needs
 * it: an employment that ended early counts by the months it was served.
 */
export interface EarlyEnd {
  readonly slotId: string;
  readonly startDate: CalendarDate;
  readonly date: CalendarDate;
}

/** What the follow-up has recorded about the commitment: reports, overdue marks and its end. */
export interface CommitmentFollowUp {
  readonly reports: readonly ReceivedReport[];
  /** Periods whose report was marked overdue. */
  readonly overdue: readonly ReportPeriod[];
  readonly earlyEnds: readonly EarlyEnd[];
  /** The S6 due date, once the first placement was marked overdue. */
  readonly firstPlacementOverdue?: CalendarDate;
  readonly periodEndedOn?: CalendarDate;
  readonly judgement?: CommitmentJudgement;
}

/** The contract period is over; a commitment without placements to judge stays here. */
export interface ClosedCommitment extends CommitmentFacts {
  readonly status: 'Closed';
  readonly contractStartDate: CalendarDate;
}
/** S7 judged the placements: enough of them counted. */
export interface FulfilledCommitment extends CommitmentFacts {
  readonly status: 'Fulfilled';
  readonly contractStartDate: CalendarDate;
}
export interface BreachedCommitment extends CommitmentFacts {
  readonly status: 'Breached';
  readonly contractStartDate: CalendarDate;
}

const NOTHING_YET: CommitmentFollowUp = { reports: [], overdue: [], earlyEnds: [] };

export function followUpOf(state: CommitmentState): CommitmentFollowUp {
  return state.status === 'Absent' ? NOTHING_YET : (state.followUp ?? NOTHING_YET);
}

export function withFollowUp(state: CommitmentState, change: Partial<CommitmentFollowUp>): CommitmentState {
  if (state.status === 'Absent') return state;
  return { ...state, followUp: { ...followUpOf(state), ...change } };
}

export function reportFor(state: CommitmentState, period: ReportPeriod): ReceivedReport | undefined {
  return followUpOf(state).reports.find((report) => report.period.start === period.start && report.period.end === period.end);
}

export function isMarkedOverdue(state: CommitmentState, period: ReportPeriod): boolean {
  return followUpOf(state).overdue.some((marked) => marked.start === period.start && marked.end === period.end);
}

/** The earliest day a placement of this commitment started, interrupted ones included; undefined if none did. */
export function firstStartDate(state: CommitmentState): CalendarDate | undefined {
  const starts: CalendarDate[] = followUpOf(state).earlyEnds.map((end) => end.startDate);
  if (state.status !== 'Absent') {
    for (const slot of Object.values(state.slots)) if ('startDate' in slot) starts.push(slot.startDate);
  }
  return starts.sort()[0];
}

/**
 * Keeps the start date of a placement that is interrupted (called with the state before and after the
 * slot's own evolve), so that S6 and S7 still know it once the slot is offered again.
 */
export function recordEarlyEnd(before: CommitmentState, after: CommitmentState, event: PlacementInterrupted): CommitmentState {
  const slot = findSlot(before, event.data.slotId);
  if (slot?.status !== 'Started' || after === before) return after;
  const earlyEnd: EarlyEnd = { slotId: slot.slotId, startDate: slot.startDate, date: event.data.date };
  return withFollowUp(after, { earlyEnds: [...followUpOf(after).earlyEnds, earlyEnd] });
}
