import { DomainError } from '../kernel';
import { assertNotBefore, assertNotInFuture, requireStatus, sameInstant } from './guards';
import type { IssueInterimOrder, LiftInterimOrder } from './review-commands';
import type { InterimOrderIssued, InterimOrderLifted } from './review-events';
import { REVIEW_STAGES, withReview } from './review-records';
import { interimOrderInForce, isInForce } from './standstill';
import type { ProcurementState } from './state';
import { findReview } from './state-queries';

/** P8: an interim order (interimistiskt beslut) blocks signing until the court lifts it. */
export function issueInterimOrder(command: IssueInterimOrder, state: ProcurementState): InterimOrderIssued[] {
  const { caseNo, at } = command.data;
  const review = findReview(state, caseNo);
  if (review?.interimOrders.some((order) => sameInstant(order.issuedAt, at))) return [];
  requireStatus(state, command, REVIEW_STAGES);
  if (review === undefined) throw new DomainError('STATE', `No review case ${caseNo} was filed.`);
  if (interimOrderInForce(review) !== undefined) {
    throw new DomainError('STATE', `An interim order in review case ${caseNo} is already in force.`);
  }
  assertNotInFuture('at', at, command.metadata.now);
  assertNotBefore('at', at, 'the application, filed at', review.filedAt);
  return [{ type: 'InterimOrderIssued', data: { caseNo, at }, metadata: { occurredAt: at, ruleRefs: ['P8', 'T1'] } }];
}

export function liftInterimOrder(command: LiftInterimOrder, state: ProcurementState): InterimOrderLifted[] {
  const { caseNo, at } = command.data;
  const review = findReview(state, caseNo);
  if (review?.interimOrders.some((order) => order.liftedAt !== undefined && sameInstant(order.liftedAt, at))) return [];
  requireStatus(state, command, REVIEW_STAGES);
  if (review === undefined) throw new DomainError('STATE', `No review case ${caseNo} was filed.`);
  const order = interimOrderInForce(review);
  if (order === undefined) throw new DomainError('STATE', `No interim order in review case ${caseNo} is in force.`);
  assertNotInFuture('at', at, command.metadata.now);
  assertNotBefore('at', at, 'the interim order, issued at', order.issuedAt);
  return [{ type: 'InterimOrderLifted', data: { caseNo, at }, metadata: { occurredAt: at, ruleRefs: ['P8', 'T1'] } }];
}

export function evolveInterimOrderIssued(state: ProcurementState, event: InterimOrderIssued): ProcurementState {
  return withReview(state, event.data.caseNo, (review) => ({
    ...review,
    interimOrders: [...review.interimOrders, { issuedAt: event.data.at }],
  }));
}

export function evolveInterimOrderLifted(state: ProcurementState, event: InterimOrderLifted): ProcurementState {
  return withReview(state, event.data.caseNo, (review) => ({
    ...review,
    interimOrders: review.interimOrders.map((order) => (isInForce(order) ? { ...order, liftedAt: event.data.at } : order)),
  }));
}
