import type { Command, DomainEvent, Instant, Role } from '../kernel';
import type { Money } from '../procurement/vocabulary';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

export const DEVIATION_SEVERITIES = ['minor', 'major'] as const;
export type DeviationSeverity = (typeof DEVIATION_SEVERITIES)[number];

/** Who may sit in a follow-up meeting: the roles of api.md, less admin (operations only). */
export const MEETING_ROLES = ['procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'supplier', 'auditor'] as const satisfies readonly Role[];
export type MeetingRole = (typeof MEETING_ROLES)[number];

export interface FollowUpMeeting {
  readonly heldAt: Instant;
  readonly participants: readonly MeetingRole[];
}

export interface Deviation {
  readonly deviationId: string;
  readonly observedAt: Instant;
  /** The social criterion of the contract the deviation is from; its sanctions bound the penalties (C1). */
  readonly criterionId: string;
  readonly severity: DeviationSeverity;
  readonly description: string;
}

export interface Penalty {
  readonly penaltyId: string;
  readonly deviationId: string;
  /** One of the sanctions the criterion names (C1). */
  readonly sanction: string;
  readonly amount: Money;
}

export type HoldFollowUpMeeting = Command<'HoldFollowUpMeeting', FollowUpMeeting>;
export type RecordDeviation = Command<'RecordDeviation', Deviation>;
export type RequestRectification = Command<'RequestRectification', { readonly deviationId: string; readonly deadline: CalendarDate }>;
export type RecordRectification = Command<'RecordRectification', { readonly deviationId: string; readonly date: CalendarDate }>;
export type ImposePenalty = Command<'ImposePenalty', Penalty>;
export type WaivePenalty = Command<'WaivePenalty', { readonly penaltyId: string; readonly justification: string }>;
export type TerminateContract = Command<'TerminateContract', { readonly date: CalendarDate; readonly reason: string }>;
export type CompleteContract = Command<'CompleteContract', { readonly date: CalendarDate }>;

export type ContractFollowUpCommand =
  | HoldFollowUpMeeting
  | RecordDeviation
  | RequestRectification
  | RecordRectification
  | ImposePenalty
  | WaivePenalty
  | TerminateContract
  | CompleteContract;

export type FollowUpMeetingHeld = DomainEvent<'FollowUpMeetingHeld', FollowUpMeeting>;
export type DeviationRecorded = DomainEvent<'DeviationRecorded', Deviation>;
export type RectificationRequested = DomainEvent<'RectificationRequested', { readonly deviationId: string; readonly deadline: CalendarDate }>;
export type DeviationRectified = DomainEvent<'DeviationRectified', { readonly deviationId: string; readonly date: CalendarDate }>;
export type PenaltyImposed = DomainEvent<'PenaltyImposed', Penalty & { readonly criterionId: string }>;
/** The justification stays in the history for auditors (domain.md §3). */
export type PenaltyWaived = DomainEvent<'PenaltyWaived', { readonly penaltyId: string; readonly justification: string }>;
export type ContractTerminated = DomainEvent<'ContractTerminated', { readonly date: CalendarDate; readonly reason: string }>;
export type ContractCompleted = DomainEvent<'ContractCompleted', { readonly date: CalendarDate }>;

export type ContractFollowUpEvent =
  | FollowUpMeetingHeld
  | DeviationRecorded
  | RectificationRequested
  | DeviationRectified
  | PenaltyImposed
  | PenaltyWaived
  | ContractTerminated
  | ContractCompleted;

const COMMAND_TYPES: ReadonlySet<string> = new Set<ContractFollowUpCommand['type']>([
  'HoldFollowUpMeeting', 'RecordDeviation', 'RequestRectification', 'RecordRectification',
  'ImposePenalty', 'WaivePenalty', 'TerminateContract', 'CompleteContract',
]);
const EVENT_TYPES: ReadonlySet<string> = new Set<ContractFollowUpEvent['type']>([
  'FollowUpMeetingHeld', 'DeviationRecorded', 'RectificationRequested', 'DeviationRectified',
  'PenaltyImposed', 'PenaltyWaived', 'ContractTerminated', 'ContractCompleted',
]);

export function isContractFollowUpCommand(command: { readonly type: string }): command is ContractFollowUpCommand {
  return COMMAND_TYPES.has(command.type);
}

export function isContractFollowUpEvent(event: { readonly type: string }): event is ContractFollowUpEvent {
  return EVENT_TYPES.has(event.type);
}
