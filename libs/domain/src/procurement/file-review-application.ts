import { stockholmDateOf } from '../calendar';
import { DomainError } from '../kernel';
import { assertNotInFuture, requireStatus, sameInstant } from './guards';
import type { FileReviewApplication } from './review-commands';
import type { ReviewApplicationFiled } from './review-events';
import { isDirectAward } from './standstill';
import type { AwardDecidedProcurement, ProcurementState, ReadyToContractProcurement, StandstillProcurement } from './state';
import { findReview } from './state-queries';

/**
 * P8: filed before the standstill ran out. Before the notification is sent the standstill has not even
 * begun, so an application then also holds it; a direct award has no standstill to hold (P9).
 */
function isDuringStandstill(
  state: AwardDecidedProcurement | StandstillProcurement | ReadyToContractProcurement,
  filedAt: string,
): boolean {
  if (isDirectAward(state)) return false;
  if (state.status === 'AwardDecided') return true;
  return state.standstillLastDay !== null && stockholmDateOf(filedAt) <= state.standstillLastDay;
}

/**
 * A review application (överprövning) against the award, registered between the award decision and the
 * signing. UnderReview is not a stage: the review is kept beside the stage and holds signing (P8, P9).
 */
export function fileReviewApplication(command: FileReviewApplication, state: ProcurementState): ReviewApplicationFiled[] {
  const { caseNo, court, filedAt } = command.data;
  const existing = findReview(state, caseNo);
  if (existing !== undefined && existing.court === court && sameInstant(existing.filedAt, filedAt)) return [];
  requireStatus(state, command, ['AwardDecided', 'Standstill', 'ReadyToContract']);
  if (existing !== undefined) throw new DomainError('STATE', `Review case ${caseNo} was already filed with other details.`);
  assertNotInFuture('filedAt', filedAt, command.metadata.now);
  return [
    {
      type: 'ReviewApplicationFiled',
      data: { caseNo, court, filedAt, duringStandstill: isDuringStandstill(state, filedAt) },
      metadata: { occurredAt: filedAt, ruleRefs: ['P8', 'T1'] },
    },
  ];
}

export function evolveReviewApplicationFiled(state: ProcurementState, event: ReviewApplicationFiled): ProcurementState {
  if (state.status !== 'AwardDecided' && state.status !== 'Standstill' && state.status !== 'ReadyToContract') return state;
  const review = { ...event.data, interimOrders: [] };
  const reviews = { ...state.reviews, [event.data.caseNo]: review };
  // Registered after the standstill was ended, but filed within it: the standstill holds again.
  if (state.status === 'ReadyToContract' && event.data.duringStandstill && state.standstillLastDay !== null) {
    const { standstillEndedAt: _reopened, ...rest } = state;
    return { ...rest, status: 'Standstill', standstillLastDay: state.standstillLastDay, reviews };
  }
  return { ...state, reviews };
}
