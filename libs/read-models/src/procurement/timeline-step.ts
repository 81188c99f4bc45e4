import { stockholmCalendarDaysBetween, stockholmDateOf, type Instant, type ProcurementEvent } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import { correctionOf, toTimelineEntry, type TimelineEntry, type TimelineFlag } from './procurement-timeline';

/**
 * What the timeline must remember of a procurement to flag its later events: the tender period and its
 * P2 minimum, the standstill in force, the signing — and which revision set each, since a correction
 * names the revision it corrects.
 */
export interface TimelineState {
  /** The last revision applied; an event at or below it was applied already. */
  readonly revision: number;
  readonly publishedAt?: Instant;
  readonly publishedRevision?: number;
  readonly minimumTenderDays?: number;
  readonly tenderDeadline?: Instant;
  readonly deadlineRevision?: number;
  readonly standstillLastDay: string | null;
  readonly signedAt?: Instant;
  readonly signedRevision?: number;
}

/** What one event does to the timeline: its entry, the new state, and the earlier entry it corrects. */
export interface TimelineStep {
  readonly state: TimelineState;
  readonly entry: TimelineEntry;
  /** The revision of an earlier entry that now carries the `corrected` flag. */
  readonly corrects?: number;
}

const BEFORE_THE_FIRST_EVENT: TimelineState = { revision: -1, standstillLastDay: null };

interface Reading {
  readonly state: TimelineState;
  readonly flags?: readonly TimelineFlag[];
  readonly bidIds?: readonly string[];
  readonly corrects?: number;
}

/** The timeline entry of `event` and the state after it; undefined for an event already applied. */
export function timelineStep(state: TimelineState | undefined, event: ProjectedEvent): TimelineStep | undefined {
  const before = state ?? BEFORE_THE_FIRST_EVENT;
  if (event.revision <= before.revision) return undefined;
  const base = toTimelineEntry(event);
  // Stored data was produced by the decider for this type; an unknown type reads as no data at all.
  const reading = read(before, event as unknown as ProcurementEvent, event.revision);
  const entry: TimelineEntry = {
    ...base,
    flags: [...base.flags, ...(reading.flags ?? [])],
    ...(reading.bidIds === undefined ? {} : { bidIds: reading.bidIds }),
  };
  const next = { ...reading.state, revision: event.revision };
  return reading.corrects === undefined ? { state: next, entry } : { state: next, entry, corrects: reading.corrects };
}

/** P2: the tender period in Stockholm calendar days is below the minimum that applied at publication. */
function belowMinimum(state: TimelineState): boolean {
  const { publishedAt, tenderDeadline, minimumTenderDays } = state;
  if (publishedAt === undefined || tenderDeadline === undefined || minimumTenderDays === undefined) return false;
  return stockholmCalendarDaysBetween(publishedAt, tenderDeadline) < minimumTenderDays;
}

/** P9: the signing's Stockholm date is on or before the last standstill day in force. */
function signedInside(state: TimelineState): boolean {
  const { signedAt, standstillLastDay } = state;
  return signedAt !== undefined && standstillLastDay !== null && stockholmDateOf(signedAt) <= standstillLastDay;
}

const flagIf = (condition: boolean, flag: TimelineFlag): TimelineFlag[] => (condition ? [flag] : []);

// A corrected value arrives as plain JSON; only a real instant may move a time the flags depend on.
function asInstant(value: unknown): Instant | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function read(state: TimelineState, event: ProcurementEvent, revision: number): Reading {
  switch (event.type) {
    case 'ProcurementPublished': {
      const { publishedAt, tenderDeadline, minimumTenderDays } = event.data;
      const next = { ...state, publishedAt, tenderDeadline, minimumTenderDays, publishedRevision: revision, deadlineRevision: revision };
      return { state: next, flags: flagIf(belowMinimum(next), 'deadline-below-minimum') };
    }
    case 'TenderDeadlineExtended': {
      const next = { ...state, tenderDeadline: event.data.newDeadline, deadlineRevision: revision };
      return { state: next, flags: flagIf(belowMinimum(next), 'deadline-below-minimum') };
    }
    case 'ClarificationAnswered':
      return { state, flags: flagIf(event.data.extensionRequired, 'answer-requires-extension') };
    case 'BidReceived':
    case 'BidWithdrawn':
    case 'SupplierQualified':
    case 'SupplierExcluded':
      return { state, bidIds: [event.data.bidId] };
    case 'BidsOpened':
      return { state, bidIds: event.data.bidIds };
    case 'BidsEvaluated':
      return { state, bidIds: event.data.ranking.map((entry) => entry.bidId) };
    case 'AwardDecided':
      return { state, bidIds: event.data.winnerBidIds };
    case 'AwardNotificationSent':
    case 'StandstillEnded':
      return { state: { ...state, standstillLastDay: event.data.standstillLastDay } };
    case 'ReviewDecided': {
      // As in the document: null keeps the standstill after a rejection and ends it with a sent-back award.
      const { standstillLastDay, outcome } = event.data;
      return { state: { ...state, standstillLastDay: standstillLastDay ?? (outcome === 'rejected' ? state.standstillLastDay : null) } };
    }
    case 'ContractSigned': {
      const next = { ...state, signedAt: event.data.signedAt, signedRevision: revision };
      return { state: next, flags: flagIf(signedInside(next), 'signed-inside-standstill'), bidIds: [event.data.bidId] };
    }
    case 'ContractAwardNoticePublished':
      return { state, flags: flagIf(event.data.late, 'late-award-notice') };
    case 'RegistrationCorrected':
      return readCorrection(state, event.data);
    default:
      return { state };
  }
}

/**
 * A correction is checked again with the corrected value: a moved publication or deadline against P2, a
 * moved signing or standstill against P9. The flags land on the correction; the original entry is marked
 * `corrected`.
 */
function readCorrection(state: TimelineState, data: Extract<ProcurementEvent, { type: 'RegistrationCorrected' }>['data']): Reading {
  const { revision, field } = data;
  const value = asInstant(data.correctedValue);
  let next = state;
  let period = false;
  let signing = false;
  if (value !== undefined && revision === state.publishedRevision && field === 'publishedAt') {
    next = { ...next, publishedAt: value };
    period = true;
  }
  if (value !== undefined && revision === state.deadlineRevision && (field === 'tenderDeadline' || field === 'newDeadline')) {
    next = { ...next, tenderDeadline: value };
    period = true;
  }
  if (value !== undefined && revision === state.signedRevision && field === 'signedAt') {
    next = { ...next, signedAt: value };
    signing = true;
  }
  if (data.standstillLastDay !== undefined) {
    next = { ...next, standstillLastDay: data.standstillLastDay };
    signing = true;
  }
  const flags = [
    correctionOf(revision),
    ...flagIf(period && belowMinimum(next), 'deadline-below-minimum'),
    ...flagIf(signing && signedInside(next), 'signed-inside-standstill'),
  ];
  return { state: next, flags, corrects: revision };
}
