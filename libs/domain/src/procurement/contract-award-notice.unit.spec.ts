import { DeciderSpec } from '@kravspar/testing';
import { standstill } from './award.fixtures';
import { cancelled, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { noticePublished, publishNotice, signed } from './review.fixtures';

const spec = DeciderSpec.for(procurementDecider);
// Signed on 24 June 2025: the notice is due by 24 July.
const concluded = [...standstill, signed()];

describe('PublishContractAwardNotice', () => {
  it('P11: publishes in time, 30 days after the signing, without the late flag', () => {
    const publishedNoticeAt = '2025-07-24T15:00:00+02:00';
    const state = spec.given(concluded).when(publishNotice(publishedNoticeAt)).then([noticePublished(publishedNoticeAt, false)]);
    expect(procurementDecider.isTerminal(state)).toBe(true);
  });

  it('P11: flags a notice 31 days after the signing as late, without refusing it', () => {
    const publishedNoticeAt = '2025-07-25T09:00:00+02:00';
    spec.given(concluded).when(publishNotice(publishedNoticeAt)).then([noticePublished(publishedNoticeAt, true)]);
  });

  it('is the one act after signing: the concluded procurement is not terminal until then', () => {
    expect(procurementDecider.isTerminal(spec.given(concluded).when(publishNotice('2025-07-01T09:00:00+02:00')).state)).toBe(false);
  });

  it('T1: refuses a notice in the future; refuses one before the signing naming STATE', () => {
    const now = '2025-07-01T09:00:00+02:00';
    spec.given(concluded).when(publishNotice(plusMinutes(now, 6), now)).thenThrows('T1');
    spec.given(concluded).when(publishNotice('2025-06-23T09:00:00+02:00')).thenThrows('STATE', 'before the signing');
  });

  it('refuses before signing naming STATE and after cancellation naming P10', () => {
    spec.given(standstill).when(publishNotice('2025-07-01T09:00:00+02:00')).thenThrows('STATE', 'Standstill');
    spec.given([...standstill, cancelled()]).when(publishNotice('2025-07-01T09:00:00+02:00')).thenThrows('P10');
  });

  it('stays quiet on a repeat; refuses another notice naming STATE', () => {
    const published = [...concluded, noticePublished('2025-07-01T09:00:00+02:00', false)];
    spec.given(published).when(publishNotice('2025-07-01T07:00:00Z')).thenNothing();
    spec.given(published).when(publishNotice('2025-07-02T09:00:00+02:00')).thenThrows('STATE', 'already published');
  });
});
