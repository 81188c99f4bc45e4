import { placementCriterion, awardCriterion } from '../procurement/procurement.fixtures';
import { followUpTimersFor, onFollowUpTimer, reportTimer, type FollowUpTimer } from './follow-up-timers';
import type { WorkflowTrigger } from './workflow-command';

const activated = (commitmentId = 'com-1', contractStartDate = '2026-06-01'): WorkflowTrigger => ({
  streamId: `commitment-${commitmentId}`,
  type: 'CommitmentActivated',
  data: { contractStartDate },
  metadata: { eventId: 'e-activated', occurredAt: '2026-06-01T10:00:00+02:00' },
});
const gotland = { commitmentId: 'com-1', criterion: placementCriterion, contractEnd: '2028-05-31' };
const schedule = { commitmentId: 'com-1', schedule: 'quarterly', contractStart: '2026-06-01', contractEnd: '2028-05-31' };

describe('the follow-up timers', () => {
  it('arms, on CommitmentActivated, the first quarter\'s report timer, the S6 timer and the period-end timer', () => {
    expect(followUpTimersFor(activated(), gotland)).toEqual([
      { key: 'report-overdue:com-1:2026-06-01', kind: 'report-overdue', dueAt: '2026-09-30T22:00:00.000Z', payload: { ...schedule, index: 0 } },
      // 180 days after 1 June is 28 November (CET): the timer fires when 29 November begins.
      { key: 'first-placement-overdue:com-1', kind: 'first-placement-overdue', dueAt: '2026-11-28T23:00:00.000Z', payload: { commitmentId: 'com-1' } },
      { key: 'commitment-period-end:com-1', kind: 'commitment-period-end', dueAt: '2028-05-31T22:00:00.000Z', payload: { commitmentId: 'com-1', periodEnd: '2028-05-31' } },
    ]);
  });

  it('arms only the period end for a criterion without placements or schedule, and nothing for other events', () => {
    expect(followUpTimersFor(activated(), { ...gotland, criterion: awardCriterion }).map((timer) => timer.kind)).toEqual(['commitment-period-end']);
    expect(followUpTimersFor({ ...activated(), type: 'CommitmentEstablished' }, gotland)).toEqual([]);
    expect(followUpTimersFor(activated('com-2'), gotland)).toEqual([]);
  });

  it('keys each report timer by commitment and period, due when the day after the due date begins', () => {
    expect(reportTimer(schedule, 1)).toMatchObject({ key: 'report-overdue:com-1:2026-09-01', dueAt: '2026-12-30T23:00:00.000Z' });
    expect(reportTimer(schedule, 7)).toMatchObject({ key: 'report-overdue:com-1:2028-03-01', dueAt: '2028-06-30T22:00:00.000Z' });
    expect(reportTimer(schedule, 8)).toBeUndefined();
  });

  it('sends MarkReportOverdue for its period under its own key, and arms the next period', () => {
    const first = reportTimer(schedule, 0) as FollowUpTimer;
    const { command, next } = onFollowUpTimer(first);
    expect(command).toEqual({
      streamId: 'commitment-com-1',
      command: { type: 'MarkReportOverdue', data: { period: { start: '2026-06-01', end: '2026-08-31' }, contractEnd: '2028-05-31' } },
      idempotencyKey: 'report-overdue:com-1:2026-06-01',
    });
    expect(next).toEqual(reportTimer(schedule, 1));
    expect(onFollowUpTimer(reportTimer(schedule, 7) as FollowUpTimer).next).toBeUndefined();
  });

  it('sends MarkFirstPlacementOverdue and EndCommitmentPeriod under the timers\' keys', () => {
    const [, firstPlacement, periodEnd] = followUpTimersFor(activated(), gotland);
    expect(onFollowUpTimer(firstPlacement!)).toEqual({
      command: { streamId: 'commitment-com-1', command: { type: 'MarkFirstPlacementOverdue', data: {} }, idempotencyKey: 'first-placement-overdue:com-1' },
    });
    expect(onFollowUpTimer(periodEnd!).command).toEqual({
      streamId: 'commitment-com-1',
      command: { type: 'EndCommitmentPeriod', data: { periodEnd: '2028-05-31' } },
      idempotencyKey: 'commitment-period-end:com-1',
    });
  });
});
