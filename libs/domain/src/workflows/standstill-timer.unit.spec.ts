import { standstillTimerFor, type StandstillTrigger } from './standstill-timer';

const event = (type: string, data: Record<string, unknown>, occurredAt = '2026-01-10T10:00:00+01:00'): StandstillTrigger => ({
  streamId: 'procurement-p-1',
  type,
  data,
  metadata: { eventId: `e-${type}`, occurredAt },
});

describe('the standstill workflow', () => {
  it('arms a timer for the start of the day after the last standstill day (Stockholm time)', () => {
    expect(standstillTimerFor(event('AwardNotificationSent', { standstillLastDay: '2025-12-29' }))).toEqual({
      key: 'standstill-end:e-AwardNotificationSent',
      kind: 'standstill-end',
      dueAt: '2025-12-29T23:00:00.000Z',
      procurementId: 'p-1',
    });
  });

  it('moves to the new last day after a court decision', () => {
    expect(standstillTimerFor(event('ReviewDecided', { standstillLastDay: '2026-06-23' }))?.dueAt).toBe('2026-06-23T22:00:00.000Z');
  });

  it('tries at once when an interim order is lifted', () => {
    expect(standstillTimerFor(event('InterimOrderLifted', { caseNo: '1', at: '2026-02-01T09:00:00+01:00' }, '2026-02-01T09:00:00+01:00'))?.dueAt).toBe(
      '2026-02-01T09:00:00+01:00',
    );
  });

  it('arms nothing for a direct award, for corrections that do not move the standstill, or for other events', () => {
    expect(standstillTimerFor(event('AwardNotificationSent', { standstillLastDay: null }))).toBeUndefined();
    expect(standstillTimerFor(event('RegistrationCorrected', { field: 'reasons' }))).toBeUndefined();
    expect(standstillTimerFor(event('BidReceived', {}))).toBeUndefined();
  });
});
