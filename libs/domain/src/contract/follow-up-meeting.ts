import { DomainError } from '../kernel';
import { assertNotBefore, assertNotInFuture, sameInstant, sameList } from '../procurement/guards';
import { isOneOf } from '../procurement/vocabulary';
import { MEETING_ROLES, type FollowUpMeetingHeld, type HoldFollowUpMeeting } from './follow-up-messages';
import { contractFollowUpOf, withContractFollowUp } from './follow-up-state';
import { requireContractStatus } from './guards';
import type { ContractState } from './state';

/** The roles once each, in one order: a list that names a role twice is the same meeting. */
const rolesOf = (participants: readonly string[]): string[] => [...new Set(participants)].sort();

function sameMeeting(a: HoldFollowUpMeeting['data'], b: HoldFollowUpMeeting['data']): boolean {
  return sameInstant(a.heldAt, b.heldAt) && Array.isArray(b.participants) && sameList(rolesOf(a.participants), rolesOf(b.participants));
}

/**
 * A follow-up meeting with the supplier was held (UHM: agreed meetings and reporting dates). It may be
 * registered afterwards, never ahead (T1), and not before the contract was signed. A meeting at the same
 * time with the same participants is a quiet repeat.
 */
export function holdFollowUpMeeting(command: HoldFollowUpMeeting, state: ContractState): FollowUpMeetingHeld[] {
  const { heldAt, participants } = command.data;
  if (contractFollowUpOf(state).meetings.some((meeting) => sameMeeting(meeting, command.data))) return [];
  requireContractStatus(state, command, ['Registered', 'Started']);
  if (!Array.isArray(participants) || participants.length === 0 || !participants.every((role) => isOneOf(MEETING_ROLES, role))) {
    throw new DomainError('STATE', `A follow-up meeting needs its participants' roles, each one of ${MEETING_ROLES.join(', ')}.`);
  }
  assertNotInFuture('heldAt', heldAt, command.metadata.now);
  assertNotBefore('heldAt', heldAt, 'the signing', state.signedAt);
  return [
    {
      type: 'FollowUpMeetingHeld',
      data: { heldAt, participants: [...new Set(participants)] },
      metadata: { occurredAt: heldAt, ruleRefs: ['C3', 'T1'] },
    },
  ];
}

export function evolveFollowUpMeetingHeld(state: ContractState, event: FollowUpMeetingHeld): ContractState {
  if (state.status === 'Absent') return state;
  return withContractFollowUp(state, { meetings: [...contractFollowUpOf(state).meetings, event.data] });
}
