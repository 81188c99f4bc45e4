import type { CommitmentEvent, CommitmentFollowUpEvent } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import type { CommitmentDocument, SlotView } from './commitment-document';

type SlotEventType = Exclude<CommitmentEvent['type'], 'CommitmentEstablished' | 'CommitmentActivated' | CommitmentFollowUpEvent['type']>;
type Handler<T extends CommitmentEvent['type']> = (
  document: CommitmentDocument,
  event: Extract<CommitmentEvent, { type: T }>,
  stored: ProjectedEvent,
) => CommitmentDocument;

/** The document with `change` applied to slot `slotId`; an unknown slot id changes nothing. */
function updateSlot(document: CommitmentDocument, slotId: string, change: (slot: SlotView) => SlotView): CommitmentDocument {
  return { ...document, slots: document.slots.map((slot) => (slot.slotId === slotId ? change(slot) : slot)) };
}

/** The slot offered again: the placement that ended leaves with its referral; its interruptions stay. */
function reopened({ slotId, site, startWindow, offeredAt, interruptions }: SlotView): SlotView {
  return { slotId, site, startWindow, offeredAt, interruptions, status: 'Offered' };
}

/** One handler per slot event; a mapped record, so the compiler insists on every type. */
export const slotHandlers: { readonly [T in SlotEventType]: Handler<T> } = {
  PlacementSlotOffered(document, { data }, stored) {
    if (document.slots.some((slot) => slot.slotId === data.slotId)) return document;
    const { slotId, site, startWindow } = data;
    const slot: SlotView = {
      slotId,
      site,
      startWindow: { from: startWindow.from, to: startWindow.to },
      status: 'Offered',
      offeredAt: stored.metadata.occurredAt,
      interruptions: [],
    };
    return { ...document, slots: [...document.slots, slot] };
  },

  SlotWithdrawn(document, { data }) {
    return updateSlot(document, data.slotId, (slot) => ({ ...slot, status: 'Withdrawn' }));
  },

  SlotMatched(document, { data }) {
    const { slotId, referralId, matchedAt } = data;
    return updateSlot(document, slotId, (slot) => ({ ...slot, status: 'Matched', referralId, matchedAt }));
  },

  PlacementStarted(document, { data }) {
    return updateSlot(document, data.slotId, (slot) => ({ ...slot, status: 'Started', startedOn: data.date }));
  },

  // Interrupted → Offered again (domain.md §3): the slot is open at once, whether or not a `SlotReopened`
  // follows, so the funnel never shows a placement that has ended as matched.
  PlacementInterrupted(document, { data }) {
    const { slotId, date, reasonCode } = data;
    return updateSlot(document, slotId, (slot) => reopened({ ...slot, interruptions: [...slot.interruptions, { date, reasonCode }] }));
  },

  SlotReopened(document, { data }) {
    return updateSlot(document, data.slotId, (slot) => (slot.status === 'Withdrawn' ? slot : reopened(slot)));
  },

  PlacementCompleted(document, { data }) {
    const { slotId, date, outcomeCode, monthsServed } = data;
    return updateSlot(document, slotId, (slot) => ({ ...slot, status: 'Completed', completedOn: date, outcomeCode, monthsServed }));
  },
};
