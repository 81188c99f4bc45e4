import { DomainError } from '../kernel';
import type { PublishContractAwardNotice } from './contract-commands';
import type { ContractAwardNoticePublished } from './contract-events';
import { assertNotBefore, assertNotInFuture, requireStatus, sameInstant } from './guards';
import type { ProcurementState } from './state';
import { stockholmCalendarDaysBetween } from '../calendar';

/** P11, LOU 22:1: the contract award notice is due at most 30 days after the signing. */
export const AWARD_NOTICE_DUE_DAYS = 30;

/**
 * The one act after signing. P11 never refuses a late notice: it records `late` (Stockholm calendar days
 * from the signing), for the timeline and the notifier.
 */
export function publishContractAwardNotice(
  command: PublishContractAwardNotice,
  state: ProcurementState,
): ContractAwardNoticePublished[] {
  const { publishedNoticeAt, noticeRef } = command.data;
  const published = state.status === 'Concluded' ? state.awardNotice : undefined;
  if (published?.noticeRef === noticeRef && sameInstant(published.publishedNoticeAt, publishedNoticeAt)) return [];
  requireStatus(state, command, ['Concluded']);
  if (published !== undefined) throw new DomainError('STATE', `The contract award notice was already published (${published.noticeRef}).`);
  assertNotInFuture('publishedNoticeAt', publishedNoticeAt, command.metadata.now);
  assertNotBefore('publishedNoticeAt', publishedNoticeAt, 'the signing at', state.contract.signedAt);
  const late = stockholmCalendarDaysBetween(state.contract.signedAt, publishedNoticeAt) > AWARD_NOTICE_DUE_DAYS;
  return [
    {
      type: 'ContractAwardNoticePublished',
      data: { publishedNoticeAt, noticeRef, late },
      metadata: { occurredAt: publishedNoticeAt, ruleRefs: ['P11', 'T1'] },
    },
  ];
}

export function evolveContractAwardNoticePublished(
  state: ProcurementState,
  event: ContractAwardNoticePublished,
): ProcurementState {
  if (state.status !== 'Concluded' || state.awardNotice !== undefined) return state;
  return { ...state, awardNotice: event.data };
}
