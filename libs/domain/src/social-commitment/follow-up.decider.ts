import { endCommitmentPeriod, evolveCommitmentJudged, evolveCommitmentPeriodEnded } from './end-commitment-period';
import type { CommitmentFollowUpCommand, CommitmentFollowUpEvent } from './follow-up-messages';
import { evolveFirstPlacementOverdue, markFirstPlacementOverdue } from './mark-first-placement-overdue';
import { evolveReportOverdue, markReportOverdue } from './mark-report-overdue';
import type { CommitmentState } from './state';
import { evolveSupplierReportSubmitted, submitSupplierReport } from './submit-report';

/** The follow-up part of the commitment decider: supplier reports, the timers' marks and the period's end. */
export function decideCommitmentFollowUp(command: CommitmentFollowUpCommand, state: CommitmentState): readonly CommitmentFollowUpEvent[] {
  switch (command.type) {
    case 'SubmitSupplierReport':
      return submitSupplierReport(command, state);
    case 'MarkReportOverdue':
      return markReportOverdue(command, state);
    case 'MarkFirstPlacementOverdue':
      return markFirstPlacementOverdue(command, state);
    case 'EndCommitmentPeriod':
      return endCommitmentPeriod(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export function evolveCommitmentFollowUp(state: CommitmentState, event: CommitmentFollowUpEvent): CommitmentState {
  switch (event.type) {
    case 'SupplierReportSubmitted':
      return evolveSupplierReportSubmitted(state, event);
    case 'ReportOverdue':
      return evolveReportOverdue(state, event);
    case 'FirstPlacementOverdue':
      return evolveFirstPlacementOverdue(state, event);
    case 'CommitmentPeriodEnded':
      return evolveCommitmentPeriodEnded(state, event);
    case 'CommitmentFulfilled':
    case 'CommitmentBreached':
      return evolveCommitmentJudged(state, event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
