import type { Decider } from '../kernel';
import { activateCommitment, evolveCommitmentActivated } from './activate-commitment';
import { completePlacement, evolvePlacementCompleted } from './complete-placement';
import { establishCommitment, evolveCommitmentEstablished } from './establish-commitment';
import { isCommitmentFollowUpCommand, isCommitmentFollowUpEvent } from './follow-up-messages';
import { decideCommitmentFollowUp, evolveCommitmentFollowUp } from './follow-up.decider';
import { recordEarlyEnd } from './follow-up-state';
import { evolvePlacementInterrupted, evolveSlotReopened, interruptPlacement } from './interrupt-placement';
import { evolveSlotMatched, matchSlot } from './match-slot';
import type { CommitmentCommand, CommitmentEvent } from './messages';
import { evolvePlacementSlotOffered, offerSlot } from './offer-slot';
import { evolvePlacementStarted, startPlacement } from './start-placement';
import { initialCommitmentState, type CommitmentState } from './state';
import { evolveSlotWithdrawn, withdrawSlot } from './withdraw-slot';

/**
 * Decides a commitment command. Each command first checks whether its effect is already in the state (a
 * quiet repeat, decision 004) — except that S8 is checked before, since another supplier cannot repeat
 * what it could never do — then STATE, then its own rules and T1.
 */
function decideCommitment(command: CommitmentCommand, state: CommitmentState): readonly CommitmentEvent[] {
  if (isCommitmentFollowUpCommand(command)) return decideCommitmentFollowUp(command, state);
  switch (command.type) {
    case 'EstablishCommitment':
      return establishCommitment(command, state);
    case 'ActivateCommitment':
      return activateCommitment(command, state);
    case 'OfferSlot':
      return offerSlot(command, state);
    case 'WithdrawSlot':
      return withdrawSlot(command, state);
    case 'MatchSlot':
      return matchSlot(command, state);
    case 'StartPlacement':
      return startPlacement(command, state);
    case 'InterruptPlacement':
      return interruptPlacement(command, state);
    case 'CompletePlacement':
      return completePlacement(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** Total on purpose: an event that does not fit the slot's stage (which decide never produces) changes nothing. */
function evolveCommitment(state: CommitmentState, event: CommitmentEvent): CommitmentState {
  if (isCommitmentFollowUpEvent(event)) return evolveCommitmentFollowUp(state, event);
  switch (event.type) {
    case 'CommitmentEstablished':
      return evolveCommitmentEstablished(state, event);
    case 'CommitmentActivated':
      return evolveCommitmentActivated(state, event);
    case 'PlacementSlotOffered':
      return evolvePlacementSlotOffered(state, event);
    case 'SlotWithdrawn':
      return evolveSlotWithdrawn(state, event);
    case 'SlotMatched':
      return evolveSlotMatched(state, event);
    case 'PlacementStarted':
      return evolvePlacementStarted(state, event);
    case 'PlacementInterrupted':
      return recordEarlyEnd(state, evolvePlacementInterrupted(state, event), event);
    case 'SlotReopened':
      return evolveSlotReopened(state, event);
    case 'PlacementCompleted':
      return evolvePlacementCompleted(state, event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/**
 * No stage is terminal: after the period's end (Closed, Fulfilled, Breached) the last period's report is
 * still due, 30 days later, so the stream still takes reports and overdue marks.
 */
function isCommitmentTerminal(state: CommitmentState): boolean {
  switch (state.status) {
    case 'Absent':
    case 'Established':
    case 'Active':
    case 'Closed':
    case 'Fulfilled':
    case 'Breached':
      return false;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

/** The decider of the `commitment-<id>` stream: one social criterion of one contract, with its slots (domain.md §3). */
export const commitmentDecider: Decider<CommitmentCommand, CommitmentEvent, CommitmentState> = {
  decide: decideCommitment,
  evolve: evolveCommitment,
  initialState: initialCommitmentState,
  isTerminal: isCommitmentTerminal,
};
