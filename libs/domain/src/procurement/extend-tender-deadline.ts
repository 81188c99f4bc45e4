import { DomainError, instantMs } from '../kernel';
import { answerNeedsExtension } from './answer-clarification';
import { isInstant, requireStatus, sameInstant } from './guards';
import type { ProcurementState } from './state';
import type { ExtendTenderDeadline } from './tender-commands';
import type { TenderDeadlineExtended } from './tender-events';

/**
 * Moves the tender deadline later. It takes effect when received, so it must arrive before the current
 * deadline has passed (P4: after that, bids are closed); it is how an extension owed under P3 is given.
 */
export function extendTenderDeadline(command: ExtendTenderDeadline, state: ProcurementState): TenderDeadlineExtended[] {
  const { newDeadline, reason } = command.data;
  const { now } = command.metadata;
  const extensions = state.status === 'Absent' || state.status === 'Planning' ? undefined : state.extensions;
  if (extensions?.some((e) => sameInstant(e.newDeadline, newDeadline) && e.reason === reason)) return [];
  requireStatus(state, command, ['Published']);
  const current = state.tenderDeadline;
  if (instantMs(now) > instantMs(current)) {
    throw new DomainError('P4', `The tender deadline ${current} has passed (now ${now}); it can no longer be extended.`);
  }
  if (!isInstant(newDeadline)) {
    throw new DomainError('STATE', `newDeadline '${String(newDeadline)}' is not an ISO 8601 instant.`);
  }
  if (instantMs(newDeadline) <= instantMs(current)) {
    throw new DomainError('STATE', `newDeadline ${newDeadline} is not later than the current deadline ${current}.`);
  }
  return [
    {
      type: 'TenderDeadlineExtended',
      data: { previousDeadline: current, newDeadline, reason },
      metadata: { occurredAt: now, ruleRefs: ['P3', 'P4'] },
    },
  ];
}

export function evolveTenderDeadlineExtended(state: ProcurementState, event: TenderDeadlineExtended): ProcurementState {
  if (state.status !== 'Published') return state;
  const { previousDeadline, newDeadline, reason } = event.data;
  const owed = state.owedExtension;
  const stillOwed = owed !== undefined && answerNeedsExtension(owed.answeredAt, newDeadline);
  const { owedExtension: _settled, ...rest } = state;
  return {
    ...rest,
    ...(stillOwed ? { owedExtension: owed } : {}),
    tenderDeadline: newDeadline,
    extensions: [...state.extensions, { previousDeadline, newDeadline, reason }],
  };
}
