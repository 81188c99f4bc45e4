import { procureToSignedContract } from './gotland';
import type { Story } from './story';

/** The Gotland contract signed and started, its placement commitment active, and `slots` slots offered. */
export async function activeCommitmentWithSlots(story: Story, slots: number, buyerUnitId?: string): Promise<{ procurementId: string; contractId: string; commitmentId: string; slotIds: string[] }> {
  const { procurementId, contractId } = await procureToSignedContract(story, { buyerUnitId });
  const contract = await story.eventually<{ commitments: { id: string }[] }>(`/contracts/${contractId}`, (c) => c.commitments?.length === 1);
  await story.moveClockTo('2026-06-01T08:00:00+02:00');
  await story.command(`/contracts/${contractId}/start`, { date: '2026-06-01' }, story.tokens.buyer);
  const commitmentId = contract.commitments[0].id;
  await story.eventually<{ status: string }>(`/commitments/${commitmentId}`, (c) => c.status === 'Active');
  const slotIds: string[] = [];
  for (let i = 0; i < slots; i += 1) {
    const body = { site: `ÅVC ${i + 1}`, startWindow: { from: '2026-06-01', to: '2026-08-31' } };
    slotIds.push((await story.command<{ slotId: string }>(`/commitments/${commitmentId}/slots`, body, story.tokens.supplier, 201)).slotId);
  }
  return { procurementId, contractId, commitmentId, slotIds };
}

/** A referral of the Gotland target group for a candidate with this identity; its id. */
export async function refer(story: Story, candidate: { name: string; personalNumber?: string }): Promise<string> {
  const body = { targetGroupCode: 'far-from-labour-market', candidate };
  return (await story.command<{ id: string }>('/referrals', body, story.tokens.labourMarket, 201)).id;
}

/** Runs `work` over `items`, `width` at a time: quick, without flooding the apps under test. */
export async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map((item, i) => work(item, start + i)))));
  }
  return results;
}
