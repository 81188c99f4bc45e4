import { stockholmDateOf } from '../calendar';
import { DomainError } from '../kernel';
import { requireStatus } from './guards';
import type { EndStandstill } from './review-commands';
import type { StandstillEnded } from './review-events';
import { signingHolds } from './standstill';
import type { ProcurementState } from './state';

/**
 * Whether the standstill is already over in the state: ended by an earlier run of the timer, or a
 * contract signed meanwhile (signing is allowed from the day after the last day, with or without this
 * event), so a late timer stays quiet instead of failing.
 */
function alreadyEnded(state: ProcurementState): boolean {
  if (state.status === 'ReadyToContract') return state.standstillEndedAt !== undefined;
  return state.status === 'Concluded' && state.standstillLastDay !== null;
}

/**
 * The standstill timer (domain.md §6), the day after the last day. P8 refuses while an undecided review
 * filed during the standstill or an interim order holds it; P7 while the last day has not passed.
 */
export function endStandstill(command: EndStandstill, state: ProcurementState): StandstillEnded[] {
  if (alreadyEnded(state)) return [];
  requireStatus(state, command, ['Standstill']);
  const { now } = command.metadata;
  const today = stockholmDateOf(now);
  const holds = signingHolds(state, today);
  const held = holds.filter((hold) => hold.kind !== 'standstill');
  if (held.length > 0) {
    throw new DomainError('P8', `The standstill is held: ${held.map((hold) => hold.detail).join('; ')}.`);
  }
  if (holds.length > 0) {
    throw new DomainError('P7', `Today (${today} in Stockholm) is within the standstill, which runs to ${state.standstillLastDay}.`);
  }
  return [
    {
      type: 'StandstillEnded',
      data: { standstillLastDay: state.standstillLastDay },
      metadata: { occurredAt: now, ruleRefs: ['P7', 'P8'] },
    },
  ];
}

export function evolveStandstillEnded(state: ProcurementState, event: StandstillEnded): ProcurementState {
  if (state.status !== 'Standstill') return state;
  return { ...state, status: 'ReadyToContract', standstillEndedAt: event.metadata.occurredAt };
}
