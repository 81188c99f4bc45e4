import { DeciderSpec } from '@kravspar/testing';
import { commitmentDecider } from './commitment.decider';
import { established } from './commitment.fixtures';
import { active, markOverdue, periodEnded, Q1, Q2, reportOverdue, reportSubmitted } from './follow-up.fixtures';

const spec = DeciderSpec.for(commitmentDecider);

describe('MarkReportOverdue', () => {
  it('records ReportOverdue once the due date has passed with no report, occurring when the next day began', () => {
    const state = spec.given(active()).when(markOverdue()).then([reportOverdue()]);
    expect(reportOverdue().metadata.occurredAt).toBe('2026-09-30T22:00:00.000Z');
    expect(state.status !== 'Absent' && state.followUp?.overdue).toEqual([Q1]);
    // Winter time: Q2 is due on 30 December.
    spec.given(active()).when(markOverdue(Q2, '2027-01-05T09:00:00+01:00')).then([reportOverdue(Q2, '2026-12-30')]);
    expect(reportOverdue(Q2, '2026-12-30').metadata.occurredAt).toBe('2026-12-30T23:00:00.000Z');
  });

  it('stays quiet when marked already (a timer fired twice), and when the report came', () => {
    spec.given([...active(), reportOverdue()]).when(markOverdue()).thenNothing();
    spec.given([...active(), reportSubmitted()]).when(markOverdue()).thenNothing();
  });

  it('still marks the last period after the contract period ended', () => {
    const last = { start: '2028-03-01', end: '2028-05-31' };
    spec.given([...active(), periodEnded()]).when(markOverdue(last, '2028-07-01T00:00:01+02:00')).then([reportOverdue(last, '2028-06-30')]);
  });

  it('T1: refuses before the due date has passed (the due date itself is still in time)', () => {
    spec.given(active()).when(markOverdue(Q1, '2026-09-30T23:59:00+02:00')).thenThrows('T1', 'due on 2026-09-30');
  });

  it('refuses a period outside the schedule, or a commitment not yet active, naming STATE', () => {
    spec.given(active()).when(markOverdue({ start: '2026-06-02', end: '2026-08-31' })).thenThrows('STATE', 'not a reporting period');
    spec.given([established()]).when(markOverdue()).thenThrows('STATE', 'Established');
  });
});
