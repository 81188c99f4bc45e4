import { randomUUID } from 'node:crypto';
import { activeCommitmentWithSlots, refer } from './placements';
import { Story } from './story';
import type { SystemUnderTest } from './system-under-test';

/** Who calls, relative to one side of the world: its own buyer unit and supplier, or the other side's. */
export const PERSONAS = ['officer', 'buyerOwn', 'buyerForeign', 'socialWelfare', 'labourMarket', 'supplierOwn', 'supplierForeign', 'auditor', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

export interface Candidate { readonly name: string; readonly personalNumber: string; readonly contact: { readonly phone: string } }

/** One buyer unit with its supplier: a signed, started contract, slots, referrals, a deviation. */
export interface Side {
  readonly label: string;
  readonly unitId: string;
  readonly supplierId: string;
  readonly story: Story;
  readonly procurementId: string;
  readonly bidId: string;
  readonly contractId: string;
  readonly criterionId: string;
  readonly commitmentId: string;
  readonly slotIds: readonly string[];
  /** The site of a slot only this side's supplier, the labour-market unit and internal roles may see. */
  readonly secretSite: string;
  readonly matchedReferralId: string;
  readonly proposedReferralId: string;
  /** A candidate whose referral exists only to be erased by the matrix. */
  readonly erasable: { readonly referralId: string; readonly candidateRef: string };
  readonly candidates: readonly Candidate[];
  readonly deviationId: string;
}

/** A published procurement before its deadline, with a bid of each side's supplier: P5 holds. */
export interface SealedTender {
  readonly procurementId: string;
  readonly bids: Record<'a' | 'b', { readonly bidId: string; readonly amount: number; readonly socialOffer: string }>;
}

export interface SecurityWorld {
  readonly a: Side;
  readonly b: Side;
  readonly sealed: SealedTender;
  readonly socialWelfare: string;
  readonly auditor: string;
}

/** Three people of one side, each identity unique to the side so a scan can tell whose leaked. */
const candidatesOf = (label: string): Candidate[] => {
  const side = label === 'A' ? 1 : 2;
  return [1, 2, 3].map((n) => ({ name: `Matris ${label}${n} Kandidatsson`, personalNumber: `1990010${n}-7${side}${n}4`, contact: { phone: `0498-7${side}${n}00` } }));
};

async function buildSide(system: SystemUnderTest, label: string, unitId: string, supplierId: string): Promise<Side> {
  const story = await Story.cast(system, supplierId, unitId);
  const { procurementId, contractId, commitmentId, slotIds } = await activeCommitmentWithSlots(story, 2, unitId);
  const secretSite = `Hemlig plats ${label}-${randomUUID().slice(0, 8)}`;
  const secretSlot = await story.command<{ slotId: string }>(`/commitments/${commitmentId}/slots`, { site: secretSite, startWindow: { from: '2026-06-01', to: '2026-08-31' } }, story.tokens.supplier, 201);
  const procurement = await story.eventually<{ bids: { bidId: string }[] }>(`/procurements/${procurementId}`, (p) => p.bids.length === 1);
  const contract = await story.eventually<{ commitments: { criterionId: string }[] }>(`/contracts/${contractId}`, (c) => c.commitments.length === 1);
  const criterionId = contract.commitments[0].criterionId;

  const candidates = candidatesOf(label);
  const matchedReferralId = await refer(story, candidates[0]);
  await story.command(`/commitments/${commitmentId}/slots/${slotIds[0]}/match`, { referralId: matchedReferralId, matchedAt: '2026-06-01T08:00:00+02:00' }, story.tokens.labourMarket);
  const proposedReferralId = await refer(story, candidates[1]);
  await story.command(`/referrals/${proposedReferralId}/propose`, { commitmentId, slotId: slotIds[1] }, story.tokens.labourMarket);
  const erasableId = await refer(story, candidates[2]);
  const erasable = await story.eventually<{ candidateRef: string }>(`/referrals/${erasableId}`, (r) => Boolean(r.candidateRef), story.tokens.labourMarket);
  const deviation = await story.command<{ deviationId: string }>(`/contracts/${contractId}/deviations`, { observedAt: '2026-06-01T08:00:00+02:00', criterionId, severity: 'minor', description: `Avvikelse ${label}` }, story.tokens.officer, 201);
  return {
    label, unitId, supplierId, story, procurementId, bidId: procurement.bids[0].bidId, contractId, criterionId, commitmentId,
    slotIds: [...slotIds, secretSlot.slotId], secretSite, matchedReferralId, proposedReferralId,
    erasable: { referralId: erasableId, candidateRef: erasable.candidateRef }, candidates, deviationId: deviation.deviationId,
  };
}

async function sealTender(a: Side, b: Side): Promise<SealedTender> {
  const { story } = a;
  const { id } = await story.command<{ id: string }>('/procurements', { title: 'Förseglad upphandling', buyerUnitId: a.unitId, procedure: 'open', regime: 'directive', estimatedValue: { amount: 4_500_000, currency: 'SEK' } }, story.tokens.buyer, 201);
  await story.command(`/procurements/${id}/publish`, { publishedAt: '2026-06-01T08:00:00+02:00', tenderDeadline: '2026-07-20T12:00:00+02:00', electronicTenders: true });
  const bid = async (side: Side, amount: number) => {
    const socialOffer = `Hemligt erbjudande ${side.label}-${randomUUID().slice(0, 8)}`;
    const { bidId } = await side.story.command<{ bidId: string }>(`/procurements/${id}/bids`, { price: { amount, currency: 'SEK' }, socialOffer }, side.story.tokens.supplier, 201);
    return { bidId, amount, socialOffer };
  };
  const bids = { a: await bid(a, 4_321_987), b: await bid(b, 4_198_765) };
  await story.eventually<{ items: { id: string; bidCount: number | null }[] }>('/procurements', (l) => l.items.some((i) => i.id === id && i.bidCount === 2));
  return { procurementId: id, bids };
}

/**
 * Two buyer units (waste, parks), each with its own supplier, contract, commitment, slots, referrals and
 * deviation, on the Gotland story's dates; then a tender of the waste unit, still sealed, that both
 * suppliers bid on.
 */
export async function buildSecurityWorld(system: SystemUnderTest): Promise<SecurityWorld> {
  const a = await buildSide(system, 'A', 'waste', 'stadservice-gotland-ab');
  const b = await buildSide(system, 'B', 'parks', 'parkskotsel-gotland-ab');
  const sealed = await sealTender(a, b);
  return {
    a, b, sealed,
    socialWelfare: await system.token({ role: 'social-welfare', unitId: 'socialtjanst', userId: 'welfare-1' }),
    auditor: await system.token({ role: 'auditor', unitId: 'revision', userId: 'auditor-1' }),
  };
}

/** The token of each persona, as seen from `side` (own = that side's unit and supplier). */
export function tokensFrom(world: SecurityWorld, side: 'a' | 'b'): Record<Persona, string> {
  const own = world[side];
  const foreign = world[side === 'a' ? 'b' : 'a'];
  return {
    officer: own.story.tokens.officer,
    buyerOwn: own.story.tokens.buyer,
    buyerForeign: foreign.story.tokens.buyer,
    socialWelfare: world.socialWelfare,
    labourMarket: own.story.tokens.labourMarket,
    supplierOwn: own.story.tokens.supplier,
    supplierForeign: foreign.story.tokens.supplier,
    auditor: world.auditor,
    admin: own.story.tokens.admin,
  };
}
