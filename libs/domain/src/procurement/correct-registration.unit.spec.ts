import { DeciderSpec } from '@kravspar/testing';
import { awardDecided, standstill } from './award.fixtures';
import { cancelled, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { correct, corrected, reviewDecided, reviewFiled, sign, signed } from './review.fixtures';
import { LATER } from './tender.fixtures';

const spec = DeciderSpec.for(procurementDecider);
// Revisions of `standstill`: 11 is AwardDecided, 12 AwardNotificationSent (10 June, last day 23 June).
const NOTIFICATION = 12;
const reason = 'Underrättelsen skickades den 16 juni, inte den 10 juni.';

describe('CorrectRegistration', () => {
  it('records a correction of a value, naming the corrected event, and keeps the registered fact', () => {
    const data = { revision: 11, field: 'reasons', correctedValue: 'Högst kvalitetspoäng.', reason: 'Fel text registrerades.' };
    const state = spec.given(standstill).when(correct(data)).then([corrected({ ...data, eventType: 'AwardDecided' })]);
    expect(state).toMatchObject({ award: awardDecided().data, corrections: [{ ...data, eventType: 'AwardDecided' }] });
  });

  it('P7: a corrected notification time moves the standstill, and P9 then judges signing by it', () => {
    const data = { revision: NOTIFICATION, field: 'sentAt', correctedValue: '2025-06-16T09:00:00+02:00', reason };
    const event = corrected({ ...data, eventType: 'AwardNotificationSent', standstillLastDay: '2025-06-26' }, ['T1', 'P7']);
    const state = spec.given(standstill).when(correct(data)).then([event]);
    expect(state).toMatchObject({ standstillLastDay: '2025-06-26', awardNotificationSentAt: '2025-06-16T09:00:00+02:00' });
    spec.given([...standstill, event]).when(sign()).thenThrows('P9', 'runs to 2025-06-26');
  });

  it('P7: a corrected channel moves the standstill to 15 days', () => {
    const data = { revision: NOTIFICATION, field: 'channel', correctedValue: 'other', reason: 'Skickades med post.' };
    const event = corrected({ ...data, eventType: 'AwardNotificationSent', standstillLastDay: '2025-06-25' }, ['P7']);
    spec.given(standstill).when(correct(data)).then([event]);
  });

  it('P8: a corrected review decision time moves the extended standstill', () => {
    const history = [...standstill, reviewFiled(), reviewDecided({ decidedAt: '2025-06-19T14:00:00+02:00', standstillLastDay: '2025-06-30' })];
    const data = { revision: 14, field: 'decidedAt', correctedValue: '2025-06-26T14:00:00+02:00', reason: 'Domen meddelades 26 juni.' };
    const event = corrected({ ...data, eventType: 'ReviewDecided', standstillLastDay: '2025-07-07' }, ['T1', 'P8']);
    const state = spec.given(history).when(correct(data)).then([event]);
    expect(state).toMatchObject({ standstillLastDay: '2025-07-07' });
  });

  it('T1: refuses a corrected time in the future or not an instant', () => {
    const future = { revision: NOTIFICATION, field: 'sentAt', correctedValue: plusMinutes(LATER, 6), reason };
    spec.given(standstill).when(correct(future)).thenThrows('T1', 'future');
    spec.given(standstill).when(correct({ ...future, correctedValue: 42 })).thenThrows('T1', 'not an ISO 8601 instant');
  });

  it.each([
    ['a revision that does not exist', { revision: 99, field: 'sentAt' }, 'no revision 99'],
    ['a negative revision', { revision: -1, field: 'sentAt' }, 'no revision -1'],
    ['a field the event does not have', { revision: NOTIFICATION, field: 'price' }, "no correctable field 'price'"],
    ['a value a later act was decided on', { revision: 11, field: 'winnerBidIds' }, "no correctable field 'winnerBidIds'"],
  ])('refuses %s naming STATE', (_case, data, detail) => {
    spec.given(standstill).when(correct({ correctedValue: 'x', reason, ...data })).thenThrows('STATE', detail);
  });

  it('stays quiet on a repeat', () => {
    const data = { revision: 11, field: 'reasons', correctedValue: 'Högst kvalitetspoäng.', reason: 'Fel text.' };
    spec.given([...standstill, corrected({ ...data, eventType: 'AwardDecided' })]).when(correct(data)).thenNothing();
  });

  it('refuses on a concluded procurement naming STATE and on a cancelled one naming P10', () => {
    const data = { revision: 11, field: 'reasons', correctedValue: 'Högst kvalitetspoäng.', reason: 'Fel text.' };
    spec.given([...standstill, signed()]).when(correct(data)).thenThrows('STATE', 'Concluded');
    spec.given([...standstill, cancelled()]).when(correct(data)).thenThrows('P10');
    spec.given([]).when(correct(data)).thenThrows('STATE');
  });
});
