import { COMMITMENT_STREAM_CATEGORY, REFERRAL_STREAM_CATEGORY, type CommitmentEvent, type ReferralEvent } from '@kravspar/domain';
import { commitmentIdOf } from '../contract';
import type { ProjectedEvent } from '../projected-event';
import { idInStream } from '../stream-id';
import type { MatchedSlotView, PlacementStatus, ReferralDocument } from './referral-document';

const PLACEMENT_EVENTS: Readonly<Record<string, PlacementStatus>> = {
  SlotMatched: 'Matched',
  PlacementStarted: 'Started',
  PlacementCompleted: 'Completed',
  PlacementInterrupted: 'Interrupted',
};

const isCommitmentEvent = (event: ProjectedEvent) => event.streamId.startsWith(`${COMMITMENT_STREAM_CATEGORY}-`);

/**
 * The referral an event bears on: the id of a `referral-<id>` stream, or the `referralId` a placement
 * event of a commitment names. Undefined for any other event.
 */
export function referralIdFor(event: ProjectedEvent): string | undefined {
  if (event.streamId.startsWith(`${REFERRAL_STREAM_CATEGORY}-`)) return idInStream(REFERRAL_STREAM_CATEGORY, event.streamId);
  if (!isCommitmentEvent(event)) return undefined;
  const referralId = event.data.referralId;
  return Object.hasOwn(PLACEMENT_EVENTS, event.type) && typeof referralId === 'string' ? referralId : undefined;
}

/**
 * Folds one event into the referral document: events of the referral's stream (idempotent by its revision)
 * and the placement events of commitment streams that name it (idempotent by that commitment's revision).
 * Unknown event types leave the document as it is.
 */
export function projectReferral(document: ReferralDocument | undefined, event: ProjectedEvent): ReferralDocument | undefined {
  if (isCommitmentEvent(event)) return document && withPlacement(document, event);
  if (document && event.revision <= document.revision) return document;
  const known = event as unknown as ReferralEvent;
  if (known.type === 'ReferralCreated') {
    if (document) return document;
    const { candidateRef, targetGroupCode } = known.data;
    const id = idInStream(REFERRAL_STREAM_CATEGORY, event.streamId);
    return { id, candidateRef, targetGroupCode, status: 'Created', revision: event.revision, updatedAt: event.metadata.recordedAt };
  }
  if (!document) return undefined;
  const moved = { revision: event.revision, updatedAt: event.metadata.recordedAt };
  switch (known.type) {
    case 'ReferralProposedForSlot':
    case 'ReferralAcceptedBySupplier': {
      const { commitmentId, slotId, supplierId } = known.data;
      const status = known.type === 'ReferralProposedForSlot' ? 'Proposed' : 'Accepted';
      const { declineReasonCode: _earlier, ...rest } = document;
      return { ...rest, status, proposal: { commitmentId, slotId, supplierId }, ...moved };
    }
    case 'ReferralDeclinedBySupplier': {
      const { commitmentId, slotId, supplierId, reasonCode } = known.data;
      return { ...document, status: 'Declined', proposal: { commitmentId, slotId, supplierId }, declineReasonCode: reasonCode, ...moved };
    }
    case 'ReferralWithdrawn':
      return { ...document, status: 'Withdrawn', withdrawalReasonCode: known.data.reasonCode, ...moved };
    case 'CandidateDataErased':
      return { ...document, candidateErasedAt: event.metadata.occurredAt, ...moved };
    default:
      return document;
  }
}

function withPlacement(document: ReferralDocument, event: ProjectedEvent): ReferralDocument {
  if (referralIdFor(event) !== document.id) return document;
  const commitmentId = commitmentIdOf(event.streamId);
  const current = document.matchedSlot;
  if (current && current.commitmentId === commitmentId && event.revision <= current.commitmentRevision) return document;
  const known = event as unknown as CommitmentEvent;
  let matchedSlot: MatchedSlotView;
  if (known.type === 'SlotMatched') {
    const { slotId, matchedAt } = known.data;
    matchedSlot = { commitmentId, slotId, matchedAt, placementStatus: 'Matched', commitmentRevision: event.revision };
  } else if (current && current.commitmentId === commitmentId) {
    matchedSlot = { ...current, placementStatus: PLACEMENT_EVENTS[known.type], commitmentRevision: event.revision };
  } else {
    // A placement event of a match this version never saw: nothing to attach it to.
    return document;
  }
  return { ...document, matchedSlot, updatedAt: event.metadata.recordedAt };
}
