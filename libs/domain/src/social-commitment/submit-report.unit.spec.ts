import { DeciderSpec } from '@kravspar/testing';
import { commitmentDecider } from './commitment.decider';
import { established } from './commitment.fixtures';
import { active, COUNTS, periodEnded, Q1, Q2, reportOverdue, reportSubmitted, submitReport } from './follow-up.fixtures';
import type { ReportCounts } from './follow-up-messages';

const spec = DeciderSpec.for(commitmentDecider);

describe('SubmitSupplierReport', () => {
  it('records the counts for a period of the schedule that is over, stamped by the system clock', () => {
    const state = spec.given(active()).when(submitReport()).then([reportSubmitted()]);
    expect(state.status !== 'Absent' && state.followUp?.reports).toEqual([{ period: Q1, counts: COUNTS, submittedAt: '2026-09-15T10:00:00+02:00' }]);
  });

  it('takes a report after the due date (late), after an overdue mark, and after the period ended', () => {
    spec.given([...active(), reportOverdue()]).when(submitReport(Q1, COUNTS, '2026-10-02T10:00:00+02:00')).then([reportSubmitted(Q1, COUNTS, '2026-10-02T10:00:00+02:00')]);
    const afterEnd = [...active(), periodEnded()];
    const late = '2028-06-10T10:00:00+02:00';
    const last = { start: '2028-03-01', end: '2028-05-31' };
    spec.given(afterEnd).when(submitReport(last, COUNTS, late)).then([reportSubmitted(last, COUNTS, late)]);
  });

  it('stays quiet on the same counts again; refuses other counts for the period naming STATE', () => {
    spec.given([...active(), reportSubmitted()]).when(submitReport()).thenNothing();
    spec.given([...active(), reportSubmitted()]).when(submitReport(Q1, { ...COUNTS, completed: 1 })).thenThrows('STATE', 'already reported');
  });

  it('S8: refuses another supplier, also for a report already made', () => {
    spec.given(active()).when(submitReport(Q1, COUNTS, undefined, 's2')).thenThrows('S8', "Supplier 's2' is not the supplier");
    spec.given([...active(), reportSubmitted()]).when(submitReport(Q1, COUNTS, undefined, 's2')).thenThrows('S8');
  });

  it('S8: refuses anything but four whole counts ≥ 0', () => {
    const withName = { ...COUNTS, name: 'Anna' } as unknown as ReportCounts;
    spec.given(active()).when(submitReport(Q1, withName)).thenThrows('S8', 'counts only, not name');
    spec.given(active()).when(submitReport(Q1, { ...COUNTS, started: 1.5 })).thenThrows('S8', 'counts.started');
    spec.given(active()).when(submitReport(Q1, { ...COUNTS, offered: -1 })).thenThrows('S8', 'counts.offered');
  });

  it('refuses a period that is not one of the schedule, or a commitment not yet active, naming STATE', () => {
    spec.given(active()).when(submitReport({ start: '2026-06-01', end: '2026-09-30' })).thenThrows('STATE', 'not a reporting period');
    spec.given([established()]).when(submitReport()).thenThrows('STATE', 'Established');
  });

  it('T1: refuses a report on a period that is not over', () => {
    spec.given(active()).when(submitReport(Q2, COUNTS, '2026-11-29T12:00:00+01:00')).thenThrows('T1', 'is not over');
    spec.given(active()).when(submitReport(Q2, COUNTS, '2026-11-30T12:00:00+01:00')).then([reportSubmitted(Q2, COUNTS, '2026-11-30T12:00:00+01:00')]);
  });
});
