import { DomainError, instantMs } from '../kernel';
import { requireStatus } from './guards';
import type { ProcurementState } from './state';
import type { AskClarification } from './tender-commands';
import type { ClarificationRequested } from './tender-events';

function questionsOf(state: ProcurementState) {
  return state.status === 'Absent' || state.status === 'Planning' ? undefined : state.questions;
}

/** A supplier's question, stamped by the system clock; possible only while the tender period runs. */
export function askClarification(command: AskClarification, state: ProcurementState): ClarificationRequested[] {
  const { questionId, question } = command.data;
  const { now, actor } = command.metadata;
  const questions = questionsOf(state);
  const existing = questions !== undefined && Object.hasOwn(questions, questionId) ? questions[questionId] : undefined;
  if (existing?.question === question && existing.supplierId === actor.supplierId) return [];
  requireStatus(state, command, ['Published']);
  if (existing !== undefined) {
    throw new DomainError('STATE', `Question '${questionId}' was already asked with other content.`);
  }
  if (actor.supplierId === undefined) {
    throw new DomainError('STATE', 'Only a supplier asks for clarification: the actor has no supplierId.');
  }
  if (instantMs(now) > instantMs(state.tenderDeadline)) {
    throw new DomainError('STATE', `The tender deadline ${state.tenderDeadline} has passed; no more questions (now ${now}).`);
  }
  return [
    {
      type: 'ClarificationRequested',
      data: { questionId, question, supplierId: actor.supplierId },
      metadata: { occurredAt: now, ruleRefs: ['P3'] },
    },
  ];
}

export function evolveClarificationRequested(state: ProcurementState, event: ClarificationRequested): ProcurementState {
  if (state.status !== 'Published') return state;
  const question = { ...event.data, askedAt: event.metadata.occurredAt };
  return { ...state, questions: { ...state.questions, [event.data.questionId]: question } };
}
