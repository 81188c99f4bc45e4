import {
  AWARD_NOTICE_PUBLISHED_V1, AWARD_NOTIFICATION_SENT_V1, CLARIFICATION_ANSWERED_V1, CONTRACT_SIGNED_V1,
  INTERIM_ORDER_ISSUED_V1, PROCUREMENT_CANCELLED_V1, PROCUREMENT_PUBLISHED_V1, REVIEW_APPLICATION_FILED_V1,
  REVIEW_DECIDED_V1, STANDSTILL_ENDED_V1, STANDSTILL_RESCHEDULED_V1,
} from '@kravspar/contracts';
import { rulesFor } from './message-rules';
import { awardNoticeTimerKey, NOTIFIER_TIMER_KINDS, standstillTimerKey } from './notifier-timers';
import { messageOf } from './rules.fixtures';

const P = PROCUREMENT_PUBLISHED_V1.example.procurementId;
const recipientsOf = (outcome: ReturnType<typeof rulesFor>) => outcome.notifications.map((n) => ({ rule: n.rule, ...n.recipient }));

describe('procurement rules (domain.md §5)', () => {
  it('tell the matching labour-market unit and social welfare of a procurement published with a placement criterion', () => {
    const outcome = rulesFor(messageOf(PROCUREMENT_PUBLISHED_V1));
    expect(recipientsOf(outcome)).toEqual([
      { rule: 'placement-criterion-published', role: 'labour-market', unitId: 'labour-market-unit' },
      { rule: 'placement-criterion-published', role: 'social-welfare' },
    ]);
    expect(outcome.notifications[0]).toMatchObject({ subject: P, title: expect.stringContaining('Cleaning of the recycling stations') });
    expect(outcome.notifications[0].body).toContain('3 placements required');
  });

  it('tell each matching unit once, and no one of a procurement without a placement criterion', () => {
    const [placements] = PROCUREMENT_PUBLISHED_V1.example.socialCriteria;
    const twoUnits = rulesFor(messageOf(PROCUREMENT_PUBLISHED_V1, {
      socialCriteria: [placements, { ...placements, criterionId: 'c2' }, { ...placements, criterionId: 'c3', matchingUnitId: 'unit-b' }],
    }));
    expect(recipientsOf(twoUnits).map((r) => r.unitId ?? r.role)).toEqual(['labour-market-unit', 'unit-b', 'social-welfare']);
    const none = rulesFor(messageOf(PROCUREMENT_PUBLISHED_V1, { socialCriteria: [{ criterionId: 'c1', instrument: 'awardCriterion' }] }));
    expect(none.notifications).toEqual([]);
  });

  it('tell procurement support of a clarification answered less than 6 days before the deadline, only then', () => {
    expect(recipientsOf(rulesFor(messageOf(CLARIFICATION_ANSWERED_V1, { extensionRequired: true })))).toEqual([
      { rule: 'late-clarification-answer', role: 'procurement-officer' },
    ]);
    expect(rulesFor(messageOf(CLARIFICATION_ANSWERED_V1, { extensionRequired: false })).notifications).toEqual([]);
  });

  it('tell procurement support and the buyer of a review application, and hold the standstill timer when it extends the standstill', () => {
    const during = rulesFor(messageOf(REVIEW_APPLICATION_FILED_V1, { duringStandstill: true }));
    expect(recipientsOf(during)).toEqual([
      { rule: 'review-application-filed', role: 'procurement-officer' },
      { rule: 'review-application-filed', role: 'buyer', unitId: REVIEW_APPLICATION_FILED_V1.example.buyerUnitId },
    ]);
    expect(during.cancelTimers).toEqual([standstillTimerKey(P)]);
    expect(rulesFor(messageOf(REVIEW_APPLICATION_FILED_V1, { duringStandstill: false })).cancelTimers).toEqual([]);
  });

  it('tell procurement support and the buyer of an interim order', () => {
    expect(recipientsOf(rulesFor(messageOf(INTERIM_ORDER_ISSUED_V1)))).toEqual([
      { rule: 'interim-order-issued', role: 'procurement-officer' },
      { rule: 'interim-order-issued', role: 'buyer', unitId: INTERIM_ORDER_ISSUED_V1.example.buyerUnitId },
    ]);
  });

  it('arm the "standstill ends tomorrow" timer for the start of the last standstill day, and none for a direct award', () => {
    const outcome = rulesFor(messageOf(AWARD_NOTIFICATION_SENT_V1, { standstillLastDay: '2026-05-14' }));
    expect(outcome.notifications).toEqual([]);
    expect(outcome.setTimers).toEqual([
      {
        key: standstillTimerKey(P),
        kind: NOTIFIER_TIMER_KINDS.standstillEndsTomorrow,
        dueAt: new Date('2026-05-13T22:00:00Z'),
        payload: { procurementId: P, buyerUnitId: AWARD_NOTIFICATION_SENT_V1.example.buyerUnitId, standstillLastDay: '2026-05-14' },
      },
    ]);
    const direct = rulesFor(messageOf(AWARD_NOTIFICATION_SENT_V1, { standstillLastDay: null }));
    expect(direct.setTimers).toEqual([]);
    expect(direct.cancelTimers).toEqual([standstillTimerKey(P)]);
  });

  it('move the standstill timer with a correction or a court decision; a decision without a standstill leaves it', () => {
    expect(rulesFor(messageOf(STANDSTILL_RESCHEDULED_V1, { standstillLastDay: '2026-05-20' })).setTimers[0].dueAt).toEqual(new Date('2026-05-19T22:00:00Z'));
    expect(rulesFor(messageOf(STANDSTILL_RESCHEDULED_V1, { standstillLastDay: null })).cancelTimers).toEqual([standstillTimerKey(P)]);
    expect(rulesFor(messageOf(REVIEW_DECIDED_V1, { standstillLastDay: '2026-06-01' })).setTimers[0].dueAt).toEqual(new Date('2026-05-31T22:00:00Z'));
    const unrelated = rulesFor(messageOf(REVIEW_DECIDED_V1, { standstillLastDay: null }));
    expect([unrelated.setTimers, unrelated.cancelTimers, unrelated.notifications]).toEqual([[], [], []]);
  });

  it('tell the buyer that the standstill ended, and drop its timer', () => {
    const outcome = rulesFor(messageOf(STANDSTILL_ENDED_V1));
    expect(recipientsOf(outcome)).toEqual([{ rule: 'standstill-ended', role: 'buyer', unitId: STANDSTILL_ENDED_V1.example.buyerUnitId }]);
    expect(outcome.cancelTimers).toEqual([standstillTimerKey(P)]);
  });

  it('arm the award-notice timer 25 days after the signing, and cancel it when the notice is published', () => {
    const signed = rulesFor(messageOf(CONTRACT_SIGNED_V1, { signedAt: '2026-05-20T13:00:00+02:00' }));
    expect(signed.setTimers).toEqual([
      expect.objectContaining({ key: awardNoticeTimerKey(P), kind: NOTIFIER_TIMER_KINDS.awardNoticeOverdue, dueAt: new Date('2026-06-14T11:00:00Z') }),
    ]);
    expect(rulesFor(messageOf(AWARD_NOTICE_PUBLISHED_V1)).cancelTimers).toEqual([awardNoticeTimerKey(P)]);
  });

  it('cancel both timers of a cancelled procurement', () => {
    expect(rulesFor(messageOf(PROCUREMENT_CANCELLED_V1)).cancelTimers).toEqual([standstillTimerKey(P), awardNoticeTimerKey(P)]);
  });
});
