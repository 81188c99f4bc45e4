import type { Story } from './story';

export const GOTLAND = { buyerUnitId: 'waste', supplierId: 'stadservice-gotland-ab', year: 2026 } as const;

/**
 * Region Gotland's waste department procures "Renhållning av återvinningsstationer" with a work-training
 * criterion of 3 placements (UHM 11554), and signs with the one bidder. Returns the ids on the way.
 * `buyerUnitId`: another department running the same story (the story's buyer must be of that unit);
 * `beforeAwardNotification` runs once the award is decided and still secret (P5).
 */
export async function procureToSignedContract(
  story: Story,
  options: { buyerUnitId?: string; beforeAwardNotification?: (procurementId: string) => Promise<void> } = {},
): Promise<{ procurementId: string; contractId: string }> {
  const { buyerUnitId = GOTLAND.buyerUnitId, ...hooks } = options;
  await story.moveClockTo('2026-03-02T09:00:00+01:00');
  const { id } = await story.command<{ id: string }>('/procurements', { title: 'Renhållning av återvinningsstationer', buyerUnitId, procedure: 'open', regime: 'directive', estimatedValue: { amount: 6_000_000, currency: 'SEK' } }, story.tokens.buyer, 201);
  const p = `/procurements/${id}`;
  await story.command(`${p}/social-criteria`, { instrument: 'specialContractCondition', uhmCriterionId: '11554', description: 'Tre arbetsträningsplatser för personer långt från arbetsmarknaden', placementType: 'workTraining', unitsRequired: 3, minMonths: 6, firstPlacementDueDays: 180, reportingSchedule: 'quarterly', sanctions: ['vite-per-saknad-plats'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering' }, story.tokens.officer, 201);
  await story.command(`${p}/publish`, { publishedAt: '2026-03-02T09:00:00+01:00', tenderDeadline: '2026-04-07T12:00:00+02:00', electronicTenders: true });
  await story.moveClockTo('2026-03-16T10:00:00+01:00');
  const { bidId } = await story.command<{ bidId: string }>(`${p}/bids`, { price: { amount: 5_400_000, currency: 'SEK' }, socialOffer: 'Tre arbetsträningsplatser' }, story.tokens.supplier, 201);
  await story.moveClockTo('2026-04-08T09:00:00+02:00');
  await story.command(`${p}/open-bids`, { openedAt: '2026-04-08T09:00:00+02:00', openers: ['officer-1', 'officer-2'] });
  await story.command(`${p}/bids/${bidId}/qualify`);
  await story.command(`${p}/evaluate`, { ranking: [{ bidId, score: 90 }] });
  await story.command(`${p}/award-decision`, { winnerBidIds: [bidId], reasons: 'Enda kvalificerade anbud; uppfyller kraven' });
  await hooks.beforeAwardNotification?.(id);
  await story.command(`${p}/award-notification`, { sentAt: '2026-04-08T09:05:00+02:00', channel: 'electronic' });
  await story.moveClockTo('2026-04-21T09:00:00+02:00'); // the standstill's last day is 2026-04-20
  const signed = await story.command<{ id: string }>('/contracts', { procurementId: id, bidId, signedAt: '2026-04-21T09:00:00+02:00', period: { start: '2026-06-01', end: '2028-05-31' } }, story.tokens.officer, 201);
  return { procurementId: id, contractId: signed.id };
}
