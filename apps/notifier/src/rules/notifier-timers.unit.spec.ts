import { NOTIFIER_TIMER_KINDS, timerRules } from './notifier-timers';

describe('notifier timers when they fire (domain.md §5)', () => {
  it('tell the buyer that the standstill ends tomorrow, and from when the contract may be signed', () => {
    const [notification] = timerRules[NOTIFIER_TIMER_KINDS.standstillEndsTomorrow]({ procurementId: 'p1', buyerUnitId: 'waste', standstillLastDay: '2026-05-14' });
    expect(notification).toMatchObject({ rule: 'standstill-ends-tomorrow', recipient: { role: 'buyer', unitId: 'waste' }, subject: 'p1' });
    expect(notification.body).toContain('from 2026-05-15');
  });

  it('tell procurement support that the award notice is not published 25 days after signing', () => {
    expect(timerRules[NOTIFIER_TIMER_KINDS.awardNoticeOverdue]({ procurementId: 'p1', contractId: 'c1', buyerUnitId: 'waste', signedAt: '2026-05-20T13:00:00+02:00' })).toEqual([
      expect.objectContaining({ rule: 'award-notice-not-published', recipient: { role: 'procurement-officer' }, subject: 'p1' }),
    ]);
  });

  it('tell the contract owner and the matching unit that the first placement is due in 14 days', () => {
    const payload = { commitmentId: 'k1', contractId: 'c1', buyerUnitId: 'waste', matchingUnitId: 'arbetsliv-och-etablering', dueDate: '2026-11-28' };
    expect(timerRules[NOTIFIER_TIMER_KINDS.firstPlacementDueSoon](payload).map((n) => n.recipient)).toEqual([
      { role: 'buyer', unitId: 'waste' },
      { role: 'labour-market', unitId: 'arbetsliv-och-etablering' },
    ]);
    expect(timerRules[NOTIFIER_TIMER_KINDS.firstPlacementDueSoon]({ ...payload, matchingUnitId: null }).map((n) => n.recipient)).toEqual([{ role: 'buyer', unitId: 'waste' }]);
  });
});
