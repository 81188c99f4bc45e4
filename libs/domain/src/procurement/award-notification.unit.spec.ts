import { DeciderSpec } from '@kravspar/testing';
import { awarded, evaluation, notified, notify, standstill } from './award.fixtures';
import { cancelled, initiated, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import type { NotificationChannel } from './vocabulary';

const spec = DeciderSpec.for(procurementDecider);
const directly = (procedure: 'direct' | 'open', regime: 'direct' | 'national') => [initiated({ procedure, regime }), ...awarded.slice(1)];

describe('SendAwardNotification', () => {
  describe('P7: the standstill from the notification', () => {
    it('runs 10 days after an electronic notification, past Midsummer: sent 2025-06-10 → last day 2025-06-23', () => {
      const state = spec.given(awarded).when(notify()).then([notified({ standstillLastDay: '2025-06-23' })]);
      expect(state).toMatchObject({ status: 'Standstill', standstillLastDay: '2025-06-23', awardNotificationSentAt: '2025-06-10T10:00:00+02:00' });
    });

    it('runs past Christmas: sent 2025-12-15 electronically → last day 2025-12-29', () => {
      const sentAt = '2025-12-15T10:00:00+01:00';
      spec.given(awarded).when(notify({ sentAt })).then([notified({ sentAt, standstillLastDay: '2025-12-29' })]);
    });

    it('runs 15 days after a notification by other means: sent 2025-06-10 → last day 2025-06-25', () => {
      spec.given(awarded).when(notify({ channel: 'other' })).then([notified({ channel: 'other', standstillLastDay: '2025-06-25' })]);
    });

    it('counts day 0 as the Stockholm date: 23:30 UTC on 9 June is already 10 June in Stockholm', () => {
      const sentAt = '2025-06-09T23:30:00Z';
      spec.given(awarded).when(notify({ sentAt })).then([notified({ sentAt, standstillLastDay: '2025-06-23' })]);
    });

    it('P7: refuses a channel outside the list', () => {
      spec.given(awarded).when(notify({ channel: 'pigeon' as NotificationChannel })).thenThrows('P7', 'pigeon');
    });
  });

  describe('P9: no standstill for a direct award', () => {
    it.each([
      ['procedure', directly('direct', 'national')],
      ['regime', directly('open', 'direct')],
    ])('records no last day when the %s is direct, and is ready to contract', (_case, history) => {
      const state = spec.given(history).when(notify()).then([notified({ standstillLastDay: null }, ['P7', 'T1', 'P9'])]);
      expect(state).toMatchObject({ status: 'ReadyToContract', standstillLastDay: null });
    });
  });

  it('T1: refuses a sentAt in the future', () => {
    const now = '2025-06-10T10:00:00+02:00';
    spec.given(awarded).when(notify({ sentAt: plusMinutes(now, 6) }, now)).thenThrows('T1');
  });

  it('refuses a notification before the award decision naming STATE', () => {
    spec.given(awarded).when(notify({ sentAt: '2025-06-04T10:00:00+02:00' })).thenThrows('STATE', 'before the award decision');
  });

  it('stays quiet on a repeat; refuses another notification naming STATE', () => {
    spec.given(standstill).when(notify({ sentAt: '2025-06-10T08:00:00Z' })).thenNothing();
    spec.given(standstill).when(notify({ channel: 'other' })).thenThrows('STATE', 'Standstill');
  });

  it('refuses before the award decision naming STATE and after cancellation naming P10', () => {
    spec.given(evaluation).when(notify()).thenThrows('STATE', 'Evaluating');
    spec.given([...awarded, cancelled()]).when(notify()).thenThrows('P10');
  });
});
