import type { Pool } from 'pg';
import { GOTLAND } from './gotland';
import type { Story } from './story';

/** A social criterion as POST /procurements/{id}/social-criteria takes it. */
export type CriterionBody = Record<string, unknown>;

/** An employment requirement (UHM 11554, alternative a): one job of 6 months for someone far from the labour market. */
export const employment = (description: string): CriterionBody => ({
  instrument: 'specialContractCondition', uhmCriterionId: '11554', description, placementType: 'employment', unitsRequired: 1, minMonths: 6,
  firstPlacementDueDays: 180, reportingSchedule: 'quarterly', sanctions: ['vite-per-saknad-anstallning'], targetGroupCode: 'far-from-labour-market',
  matchingUnitId: 'arbetsliv-och-etablering',
});

/**
 * The waste department procures with these criteria and signs with the one bidder for `period`, on the
 * Gotland story's dates (published 2 March 2026, signed 21 April). Returns the ids on the way.
 */
export async function procureWithCriteria(
  story: Story,
  criteria: readonly CriterionBody[],
  period: { start: string; end: string },
): Promise<{ procurementId: string; contractId: string; criterionIds: string[] }> {
  await story.moveClockTo('2026-03-02T09:00:00+01:00');
  const { id } = await story.command<{ id: string }>('/procurements', { title: 'Drift av återvinningscentraler', buyerUnitId: GOTLAND.buyerUnitId, procedure: 'open', regime: 'directive', estimatedValue: { amount: 3_000_000, currency: 'SEK' } }, story.tokens.buyer, 201);
  const p = `/procurements/${id}`;
  const criterionIds: string[] = [];
  for (const criterion of criteria) criterionIds.push((await story.command<{ criterionId: string }>(`${p}/social-criteria`, criterion, story.tokens.officer, 201)).criterionId);
  await story.command(`${p}/publish`, { publishedAt: '2026-03-02T09:00:00+01:00', tenderDeadline: '2026-04-07T12:00:00+02:00', electronicTenders: true });
  await story.moveClockTo('2026-03-16T10:00:00+01:00');
  const { bidId } = await story.command<{ bidId: string }>(`${p}/bids`, { price: { amount: 2_800_000, currency: 'SEK' } }, story.tokens.supplier, 201);
  await story.moveClockTo('2026-04-08T09:00:00+02:00');
  await story.command(`${p}/open-bids`, { openedAt: '2026-04-08T09:00:00+02:00', openers: ['officer-1', 'officer-2'] });
  await story.command(`${p}/bids/${bidId}/qualify`);
  await story.command(`${p}/evaluate`, { ranking: [{ bidId, score: 90 }] });
  await story.command(`${p}/award-decision`, { winnerBidIds: [bidId], reasons: 'Enda kvalificerade anbud' });
  await story.command(`${p}/award-notification`, { sentAt: '2026-04-08T09:05:00+02:00', channel: 'electronic' });
  await story.moveClockTo('2026-04-21T09:00:00+02:00');
  const signed = await story.command<{ id: string }>('/contracts', { procurementId: id, bidId, signedAt: '2026-04-21T09:00:00+02:00', period }, story.tokens.officer, 201);
  return { procurementId: id, contractId: signed.id, criterionIds };
}

/** How many events of `type` the log holds, in one stream or all. */
export async function countEvents(pool: Pool, type: string, streamId?: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM events WHERE type = $1 AND ($2::text IS NULL OR stream_id = $2)', [type, streamId ?? null]);
  return Number(rows[0].n);
}

/** Resolves once `check` holds; polls every 100 ms. */
export async function waitUntil(what: string, check: () => Promise<boolean>, withinMs = 15_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The durable timer under `key`: whether it fired, or undefined when none is armed. */
export async function timerFired(pool: Pool, key: string): Promise<boolean | undefined> {
  const { rows } = await pool.query<{ fired: boolean }>('SELECT fired_at IS NOT NULL AS fired FROM timers WHERE key = $1', [key]);
  return rows[0]?.fired;
}
