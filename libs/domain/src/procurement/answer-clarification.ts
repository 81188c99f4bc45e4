import { DomainError, instantMs } from '../kernel';
import { assertNotBefore, assertNotInFuture, requireStatus, sameInstant } from './guards';
import type { ProcurementState } from './state';
import type { AnswerClarification } from './tender-commands';
import type { ClarificationAnswered } from './tender-events';
import { stockholmCalendarDaysBetween } from '../calendar';

/** P3, LOU 12:11: an answer must reach the suppliers at least 6 days before the tender deadline. */
export const ANSWER_MINIMUM_DAYS_BEFORE_DEADLINE = 6;

/**
 * P3 in Stockholm calendar days, as P2 counts: an answer on 1 April is in time for a deadline on 7 April,
 * whatever the hours.
 */
export function answerNeedsExtension(answeredAt: string, tenderDeadline: string): boolean {
  return stockholmCalendarDaysBetween(answeredAt, tenderDeadline) < ANSWER_MINIMUM_DAYS_BEFORE_DEADLINE;
}

/**
 * The answer goes to every supplier. P3 never refuses a late answer: it records `extensionRequired`, and the
 * state owes an extension until the deadline is moved far enough (see `extendTenderDeadline`).
 */
export function answerClarification(command: AnswerClarification, state: ProcurementState): ClarificationAnswered[] {
  const { questionId, answer, answeredAt } = command.data;
  const questions = state.status === 'Absent' || state.status === 'Planning' ? undefined : state.questions;
  const question = questions !== undefined && Object.hasOwn(questions, questionId) ? questions[questionId] : undefined;
  const given = question?.answer;
  if (given !== undefined && given.answer === answer && sameInstant(given.answeredAt, answeredAt)) return [];
  requireStatus(state, command, ['Published']);
  if (question === undefined) throw new DomainError('STATE', `No question '${questionId}' was asked.`);
  if (given !== undefined) throw new DomainError('STATE', `Question '${questionId}' was already answered otherwise.`);

  assertNotInFuture('answeredAt', answeredAt, command.metadata.now);
  assertNotBefore('answeredAt', answeredAt, 'the question, asked at', question.askedAt);
  const extensionRequired = answerNeedsExtension(answeredAt, state.tenderDeadline);
  return [
    {
      type: 'ClarificationAnswered',
      data: { questionId, answer, answeredAt, extensionRequired },
      metadata: { occurredAt: answeredAt, ruleRefs: ['P3', 'T1'] },
    },
  ];
}

export function evolveClarificationAnswered(state: ProcurementState, event: ClarificationAnswered): ProcurementState {
  if (state.status !== 'Published' || !Object.hasOwn(state.questions, event.data.questionId)) return state;
  const { questionId, answer, answeredAt, extensionRequired } = event.data;
  const question = { ...state.questions[questionId], answer: { answer, answeredAt, extensionRequired } };
  const questions = { ...state.questions, [questionId]: question };
  if (!extensionRequired) return { ...state, questions };
  // The latest late answer decides how far the deadline must move.
  const owed = state.owedExtension;
  const owedExtension =
    owed === undefined || instantMs(answeredAt) > instantMs(owed.answeredAt) ? { questionId, answeredAt } : owed;
  return { ...state, questions, owedExtension };
}
