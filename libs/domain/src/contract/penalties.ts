import { DomainError } from '../kernel';
import { isFilled } from '../procurement/vocabulary';
import type { ImposePenalty, Penalty, PenaltyImposed, PenaltyWaived, WaivePenalty } from './follow-up-messages';
import { contractFollowUpOf, findDeviation, findPenalty, withContractFollowUp, type PenaltyFacts } from './follow-up-state';
import { requireContractStatus } from './guards';
import type { ContractState } from './state';

const CURRENCY = /^[A-Z]{3}$/;

function samePenalty(a: Penalty, b: Penalty): boolean {
  return (
    a.deviationId === b.deviationId &&
    a.sanction === b.sanction &&
    a.amount.amount === b.amount?.amount &&
    a.amount.currency === b.amount?.currency
  );
}

/**
 * A penalty (vite) for a deviation. C1: only a sanction the deviation's criterion names — the procurement
 * documents must state the sanction. C2: only after the supplier was asked to rectify this deviation
 * (UHM: first a chance to rectify). C1 is checked first: it concerns the request itself, whatever the
 * history. The id is used once; the same penalty again is a quiet repeat.
 */
export function imposePenalty(command: ImposePenalty, state: ContractState): PenaltyImposed[] {
  const { penaltyId, deviationId, sanction, amount } = command.data;
  const existing = findPenalty(state, penaltyId);
  if (existing !== undefined && samePenalty(existing, command.data)) return [];
  requireContractStatus(state, command, ['Registered', 'Started']);
  if (existing !== undefined) throw new DomainError('STATE', `Penalty '${penaltyId}' was already imposed with other terms.`);
  const deviation = findDeviation(state, deviationId);
  if (deviation === undefined) throw new DomainError('STATE', `Contract ${state.contractId} has no deviation '${deviationId}'.`);
  const criterion = state.criteria.find((candidate) => candidate.criterionId === deviation.criterionId);
  const sanctions = criterion?.sanctions ?? [];
  if (!sanctions.includes(sanction)) {
    const named = sanctions.length === 0 ? 'none' : sanctions.join(', ');
    throw new DomainError('C1', `'${String(sanction)}' is not a sanction of criterion '${deviation.criterionId}' (it names: ${named}).`);
  }
  if (deviation.rectificationDeadlines.length === 0) {
    throw new DomainError('C2', `No rectification was requested for deviation '${deviationId}': a penalty must come after one.`);
  }
  if (typeof amount?.amount !== 'number' || !Number.isFinite(amount.amount) || amount.amount <= 0 || !CURRENCY.test(String(amount.currency))) {
    throw new DomainError('STATE', 'A penalty needs an amount > 0 and an ISO 4217 currency.');
  }
  return [
    {
      type: 'PenaltyImposed',
      data: { penaltyId, deviationId, criterionId: deviation.criterionId, sanction, amount: { amount: amount.amount, currency: amount.currency } },
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['C1', 'C2', 'C3'] },
    },
  ];
}

/**
 * A penalty is waived, with a justification that stays in the history for auditors (not claiming a
 * stipulated penalty can breach equal treatment, so the reason must be on record). Once only: the same
 * justification again is a quiet repeat, another is refused.
 */
export function waivePenalty(command: WaivePenalty, state: ContractState): PenaltyWaived[] {
  const { penaltyId, justification } = command.data;
  const penalty = findPenalty(state, penaltyId);
  if (penalty?.waiver !== undefined && penalty.waiver.justification === justification) return [];
  requireContractStatus(state, command, ['Registered', 'Started']);
  if (penalty === undefined) throw new DomainError('STATE', `Contract ${state.contractId} has no penalty '${penaltyId}'.`);
  if (penalty.waiver !== undefined) throw new DomainError('STATE', `Penalty '${penaltyId}' was already waived.`);
  if (!isFilled(justification)) throw new DomainError('STATE', 'A waiver needs a justification.');
  return [{ type: 'PenaltyWaived', data: { penaltyId, justification }, metadata: { occurredAt: command.metadata.now, ruleRefs: ['C3'] } }];
}

export function evolvePenaltyImposed(state: ContractState, event: PenaltyImposed): ContractState {
  if (state.status === 'Absent' || findPenalty(state, event.data.penaltyId) !== undefined) return state;
  const penalty: PenaltyFacts = { ...event.data, imposedAt: event.metadata.occurredAt };
  return withContractFollowUp(state, { penalties: [...contractFollowUpOf(state).penalties, penalty] });
}

export function evolvePenaltyWaived(state: ContractState, event: PenaltyWaived): ContractState {
  const { penaltyId, justification } = event.data;
  const penalties = contractFollowUpOf(state).penalties;
  if (!penalties.some((penalty) => penalty.penaltyId === penaltyId)) return state;
  return withContractFollowUp(state, {
    penalties: penalties.map((penalty) => (penalty.penaltyId === penaltyId ? { ...penalty, waiver: { justification } } : penalty)),
  });
}
