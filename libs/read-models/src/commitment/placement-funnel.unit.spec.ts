import { placementCriterion } from '@kravspar/domain/procurement/procurement.fixtures';
import type { SlotStatus, SlotView } from './commitment-document';
import { placementFunnel } from './placement-funnel';

const slot = (status: SlotStatus, interruptions = 0): SlotView => ({
  slotId: `s-${status}-${interruptions}`, site: 'Visby', startWindow: { from: '2026-08-01', to: '2026-09-30' }, status,
  offeredAt: '2026-06-01T09:00:00+02:00', interruptions: Array.from({ length: interruptions }, () => ({ date: '2026-09-01', reasonCode: 'other' as const })),
});

describe('placementFunnel', () => {
  it('counts each slot in every stage it has reached, and interruptions by event', () => {
    const slots = [slot('Offered', 2), slot('Matched'), slot('Started'), slot('Completed', 1), slot('Withdrawn')];
    expect(placementFunnel(placementCriterion, slots)).toEqual({
      committed: 3, offered: 4, matched: 3, started: 2, ongoing: 1, completed: 1, interrupted: 3,
    });
  });
});
