import type {
  AwardDecided,
  AwardNotificationSent,
  ContractSigned,
  Money,
  ProcurementEvent,
  ProcurementPublished,
  RegistrationCorrected,
  ReviewDecided,
  SocialCriterion,
  TenderDeadlineExtended,
} from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import type { OcdsReleaseTag } from './ocds-release';
import type { AwardFacts, OcdsProcess } from './ocds-process';

/** A process after an event, and the tags of the release the event makes (none: no release). */
export interface OcdsStep {
  readonly process: OcdsProcess;
  readonly tags?: readonly OcdsReleaseTag[];
}

/**
 * Folds one event of the procurement stream (domain-research §4.6): initiation and criteria before
 * publication → planning/planningUpdate; publication → tender; answers and corrections → tenderUpdate; a
 * deadline extension → tenderAmendment; cancellation → tenderCancellation; the award notification →
 * award; the standstill's end and review decisions → awardUpdate or awardCancellation; signing → contract.
 * Bids, opening, qualification, evaluation and the award decision make no release: P5 keeps them secret
 * until the award notification, which then discloses the winner and the number of tenderers.
 */
export function evolveProcurementFacts(p: OcdsProcess, event: ProjectedEvent): OcdsStep {
  const e = event as unknown as ProcurementEvent;
  const stage = p.publication ? 'tenderUpdate' : 'planningUpdate';
  switch (e.type) {
    case 'ProcurementInitiated':
      return { process: p };
    case 'SocialCriterionAdded':
      return { process: { ...p, criteria: [...p.criteria, e.data as SocialCriterion] }, tags: [stage] };
    case 'SocialCriterionRemoved':
      return { process: { ...p, criteria: p.criteria.filter((c) => c.criterionId !== e.data.criterionId) }, tags: [stage] };
    case 'ProcurementPublished':
      return { process: published(p, e), tags: ['tender'] };
    case 'ClarificationAnswered':
      return { process: { ...p, hasEnquiries: true }, tags: ['tenderUpdate'] };
    case 'TenderDeadlineExtended':
      return { process: extended(p, e, event), tags: ['tenderAmendment'] };
    case 'BidReceived': {
      const { bidId, supplierId, price } = e.data;
      return { process: { ...p, sealed: { ...p.sealed, bids: { ...p.sealed.bids, [bidId]: { supplierId, price, withdrawn: false } } } } };
    }
    case 'BidWithdrawn': {
      const bid = p.sealed.bids[e.data.bidId];
      if (!bid) return { process: p };
      return { process: { ...p, sealed: { ...p.sealed, bids: { ...p.sealed.bids, [e.data.bidId]: { ...bid, withdrawn: true } } } } };
    }
    case 'AwardDecided':
      return { process: decided(p, e) };
    case 'AwardNotificationSent':
      return notified(p, e);
    case 'ReviewDecided':
      return reviewed(p, e);
    case 'StandstillEnded':
      return withLastAward(p, (award) => (award.status === 'pending' ? { ...award, status: 'active' } : award), 'awardUpdate');
    case 'ProcurementCancelled':
      return { process: { ...p, cancelled: true, disclosed: true }, tags: ['tenderCancellation'] };
    case 'ContractSigned':
      return signed(p, e);
    case 'RegistrationCorrected':
      return corrected(p, e);
    case 'ClarificationRequested':
    case 'BidsOpened':
    case 'SupplierQualified':
    case 'SupplierExcluded':
    case 'BidsEvaluated':
    case 'ReviewApplicationFiled':
    case 'InterimOrderIssued':
    case 'InterimOrderLifted':
    case 'ContractAwardNoticePublished':
      return { process: p };
    default: {
      // Exhaustive over today's types; an unknown type from an older or newer log makes no release.
      const _exhaustive: never = e;
      void _exhaustive;
      return { process: p };
    }
  }
}

function published(p: OcdsProcess, e: ProcurementPublished): OcdsProcess {
  const { publishedAt, tenderDeadline, questionsDeadline, electronicTenders } = e.data;
  return { ...p, publication: { publishedAt, tenderDeadline, ...(questionsDeadline ? { questionsDeadline } : {}), electronicTenders } };
}

function extended(p: OcdsProcess, e: TenderDeadlineExtended, event: ProjectedEvent): OcdsProcess {
  if (!p.publication) return p;
  const amendment = { id: `amendment-${event.revision}`, date: event.metadata.occurredAt, rationale: e.data.reason };
  return { ...p, publication: { ...p.publication, tenderDeadline: e.data.newDeadline }, amendments: [...p.amendments, amendment] };
}

function decided(p: OcdsProcess, e: AwardDecided): OcdsProcess {
  return { ...p, sealed: { ...p.sealed, decision: { winnerBidIds: e.data.winnerBidIds, decidedAt: e.data.decidedAt } } };
}

function notified(p: OcdsProcess, e: AwardNotificationSent): OcdsStep {
  const decision = p.sealed.decision;
  if (!decision) return { process: { ...p, disclosed: true } };
  // No standstill (a direct award) means the award is in force at once.
  const status = e.data.standstillLastDay === null ? 'active' : 'pending';
  const award = awardOf(p, decision.winnerBidIds, decision.decidedAt, status);
  return { process: { ...p, disclosed: true, awards: [...p.awards, award] }, tags: ['award'] };
}

function reviewed(p: OcdsProcess, e: ReviewDecided): OcdsStep {
  // Correction and redo send the procurement back to evaluation: the award falls (awardCancellation).
  if (e.data.outcome === 'rejected') return withLastAward(p, (award) => award, 'awardUpdate');
  const step = withLastAward(p, (award) => ({ ...award, status: 'cancelled' }), 'awardCancellation');
  const { decision: _gone, ...sealed } = step.process.sealed;
  return { ...step, process: { ...step.process, sealed } };
}

function signed(p: OcdsProcess, e: ContractSigned): OcdsStep {
  const { contractId, bidId, supplierId, signedAt, period } = e.data;
  const current = liveAward(p);
  const existing = current && current.supplierIds.includes(supplierId) ? current : undefined;
  // Without an award notification before it (a direct award), the signing makes the award public.
  const award = { ...(existing ?? awardOf(p, [bidId], p.sealed.decision?.decidedAt ?? signedAt, 'active')), status: 'active' as const };
  const awards = existing ? p.awards.map((a) => (a === existing ? award : a)) : [...p.awards, award];
  const value = p.sealed.bids[bidId]?.price;
  const contract = { contractId, awardId: award.id, signedAt, period, ...(value ? { value } : {}), status: 'active' as const };
  return { process: { ...p, disclosed: true, awards, contract }, tags: existing ? ['contract'] : ['award', 'contract'] };
}

/** Corrections of fields a release shows; others (times of acts OCDS does not date) make no release. */
function corrected(p: OcdsProcess, e: RegistrationCorrected): OcdsStep {
  const { eventType, field, correctedValue } = e.data;
  const stage = p.publication ? 'tenderUpdate' : 'planningUpdate';
  if (eventType === 'ProcurementInitiated' && field === 'title') return { process: { ...p, title: String(correctedValue) }, tags: [stage] };
  if (eventType === 'ProcurementInitiated' && field === 'estimatedValue') return { process: { ...p, estimatedValue: correctedValue as Money }, tags: [stage] };
  if (eventType === 'ProcurementInitiated' && field === 'cpv') return { process: { ...p, cpv: String(correctedValue) }, tags: [stage] };
  if (eventType === 'ProcurementPublished' && p.publication && (field === 'publishedAt' || field === 'questionsDeadline')) {
    return { process: { ...p, publication: { ...p.publication, [field]: String(correctedValue) } }, tags: ['tenderUpdate'] };
  }
  return { process: p };
}

function awardOf(p: OcdsProcess, bidIds: readonly string[], date: string, status: AwardFacts['status']): AwardFacts {
  const bids = bidIds.map((id) => p.sealed.bids[id]).filter((bid) => bid !== undefined);
  const currencies = new Set(bids.map((bid) => bid.price.currency));
  const value = bids.length > 0 && currencies.size === 1 ? { amount: bids.reduce((sum, bid) => sum + bid.price.amount, 0), currency: bids[0].price.currency } : undefined;
  return { id: `award-${p.awards.length + 1}`, status, date, supplierIds: [...new Set(bids.map((bid) => bid.supplierId))], ...(value ? { value } : {}) };
}

function liveAward(p: OcdsProcess): AwardFacts | undefined {
  return [...p.awards].reverse().find((award) => award.status !== 'cancelled');
}

function withLastAward(p: OcdsProcess, change: (award: AwardFacts) => AwardFacts, tag: OcdsReleaseTag): OcdsStep {
  const last = liveAward(p);
  if (!last) return { process: p };
  return { process: { ...p, awards: p.awards.map((a) => (a === last ? change(a) : a)) }, tags: [tag] };
}
