import {
  evolveDeviationRecorded, evolveDeviationRectified, evolveRectificationRequested, recordDeviation, recordRectification, requestRectification,
} from './deviations';
import { completeContract, evolveContractCompleted, evolveContractTerminated, terminateContract } from './end-contract';
import type { ContractFollowUpCommand, ContractFollowUpEvent } from './follow-up-messages';
import { evolveFollowUpMeetingHeld, holdFollowUpMeeting } from './follow-up-meeting';
import { evolvePenaltyImposed, evolvePenaltyWaived, imposePenalty, waivePenalty } from './penalties';
import type { ContractState } from './state';

/**
 * The follow-up part of the contract decider: meetings, deviations, rectification, penalties (C1, C2)
 * and the contract's end (C3). Each command checks for a quiet repeat first, then C3 and STATE.
 */
export function decideContractFollowUp(command: ContractFollowUpCommand, state: ContractState): readonly ContractFollowUpEvent[] {
  switch (command.type) {
    case 'HoldFollowUpMeeting':
      return holdFollowUpMeeting(command, state);
    case 'RecordDeviation':
      return recordDeviation(command, state);
    case 'RequestRectification':
      return requestRectification(command, state);
    case 'RecordRectification':
      return recordRectification(command, state);
    case 'ImposePenalty':
      return imposePenalty(command, state);
    case 'WaivePenalty':
      return waivePenalty(command, state);
    case 'TerminateContract':
      return terminateContract(command, state);
    case 'CompleteContract':
      return completeContract(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

export function evolveContractFollowUp(state: ContractState, event: ContractFollowUpEvent): ContractState {
  switch (event.type) {
    case 'FollowUpMeetingHeld':
      return evolveFollowUpMeetingHeld(state, event);
    case 'DeviationRecorded':
      return evolveDeviationRecorded(state, event);
    case 'RectificationRequested':
      return evolveRectificationRequested(state, event);
    case 'DeviationRectified':
      return evolveDeviationRectified(state, event);
    case 'PenaltyImposed':
      return evolvePenaltyImposed(state, event);
    case 'PenaltyWaived':
      return evolvePenaltyWaived(state, event);
    case 'ContractTerminated':
      return evolveContractTerminated(state, event);
    case 'ContractCompleted':
      return evolveContractCompleted(state, event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
