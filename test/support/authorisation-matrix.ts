import type { Persona, SealedTender, Side } from './security-world';

/**
 * Who may call each route, written out from api.md §Roles rather than read from the code, so the matrix
 * test compares the two. The test fails for a served route missing here.
 */

/** What one pass of the matrix targets: one side's objects, and a procurement (with a bid) of it. */
export interface Target {
  readonly side: Side;
  readonly procurementId: string;
  /** A bid of the side's own supplier in that procurement. */
  readonly bidId: string;
  readonly sealed: SealedTender;
  /** The test clock when the pass began: the admin's PUT /test-clock sets it again. */
  readonly now: string;
}

export interface MatrixEntry {
  /** The personas that may call it; `public`: no token needed. */
  readonly who: readonly Persona[] | 'public';
  readonly params?: (t: Target) => Record<string, string>;
  /** Fields over the example body built from the OpenAPI schema. */
  readonly body?: (t: Target) => Record<string, unknown>;
  readonly query?: (t: Target) => string;
}

const TEAM: readonly Persona[] = ['officer', 'buyerOwn'];
/** The contract owner (the procurement's buyer unit) and every procurement-officer. */
const OWNER = TEAM;
const INTERNAL: readonly Persona[] = ['officer', 'buyerOwn', 'buyerForeign', 'socialWelfare', 'labourMarket', 'auditor'];
const SUPPLIERS: readonly Persona[] = ['supplierOwn', 'supplierForeign'];
const PLACEMENT: readonly Persona[] = ['supplierOwn', 'labourMarket'];

const procurement = (t: Target) => ({ id: t.procurementId });
const bid = (t: Target) => ({ id: t.procurementId, bidId: t.bidId });
const review = (t: Target) => ({ id: t.procurementId, caseNo: '1234-26' });
const contract = (t: Target) => ({ id: t.side.contractId });
const commitment = (t: Target) => ({ id: t.side.commitmentId });
const slot = (t: Target) => ({ id: t.side.commitmentId, slotId: t.side.slotIds[2] });
const referral = (id: (s: Side) => string) => (t: Target) => ({ id: id(t.side) });
const period = { start: '2026-06-01', end: '2026-08-31' };

export const MATRIX: Record<string, MatrixEntry> = {
  // command-api: the procurement, its team, the suppliers who bid
  'POST /procurements': { who: TEAM, body: (t) => ({ buyerUnitId: t.side.unitId }) },
  'POST /procurements/{id}/social-criteria': { who: [...TEAM, 'socialWelfare'], params: procurement },
  'POST /procurements/{id}/social-criteria/{criterionId}/remove': { who: TEAM, params: (t) => ({ id: t.procurementId, criterionId: t.side.criterionId }) },
  'POST /procurements/{id}/corrections': { who: TEAM, params: procurement, body: () => ({ revision: 0 }) },
  'POST /procurements/{id}/publish': { who: TEAM, params: procurement },
  'POST /procurements/{id}/clarifications': { who: SUPPLIERS, params: procurement },
  'POST /procurements/{id}/clarifications/{questionId}/answer': { who: TEAM, params: (t) => ({ id: t.procurementId, questionId: 'q-1' }) },
  'POST /procurements/{id}/extend-deadline': { who: TEAM, params: procurement },
  'POST /procurements/{id}/bids': { who: SUPPLIERS, params: procurement },
  'POST /procurements/{id}/bids/{bidId}/withdraw': { who: ['supplierOwn'], params: bid },
  'POST /procurements/{id}/open-bids': { who: TEAM, params: procurement },
  'POST /procurements/{id}/bids/{bidId}/qualify': { who: TEAM, params: bid },
  'POST /procurements/{id}/bids/{bidId}/exclude': { who: TEAM, params: bid },
  'POST /procurements/{id}/evaluate': { who: TEAM, params: procurement, body: (t) => ({ ranking: [{ bidId: t.bidId, score: 90 }] }) },
  'POST /procurements/{id}/award-decision': { who: TEAM, params: procurement, body: (t) => ({ winnerBidIds: [t.bidId] }) },
  'POST /procurements/{id}/award-notification': { who: TEAM, params: procurement },
  'POST /procurements/{id}/award-notice': { who: TEAM, params: procurement },
  'POST /procurements/{id}/reviews': { who: TEAM, params: procurement },
  'POST /procurements/{id}/reviews/{caseNo}/interim-order': { who: TEAM, params: review },
  'POST /procurements/{id}/reviews/{caseNo}/lift-interim-order': { who: TEAM, params: review },
  'POST /procurements/{id}/reviews/{caseNo}/decision': { who: TEAM, params: review },
  'POST /procurements/{id}/cancel': { who: TEAM, params: procurement },
  'POST /contracts': { who: TEAM, body: (t) => ({ procurementId: t.procurementId, bidId: t.bidId, period: { start: '2026-09-01', end: '2027-08-31' } }) },
  // command-api: the contract owner's follow-up
  'POST /contracts/{id}/start': { who: OWNER, params: contract },
  'POST /contracts/{id}/follow-ups': { who: OWNER, params: contract },
  'POST /contracts/{id}/deviations': { who: OWNER, params: contract, body: (t) => ({ criterionId: t.side.criterionId }) },
  'POST /contracts/{id}/rectification-requests': { who: OWNER, params: contract, body: (t) => ({ deviationId: t.side.deviationId }) },
  'POST /contracts/{id}/deviations/{deviationId}/rectified': { who: OWNER, params: (t) => ({ id: t.side.contractId, deviationId: t.side.deviationId }) },
  'POST /contracts/{id}/penalties': { who: OWNER, params: contract, body: (t) => ({ deviationId: t.side.deviationId }) },
  'POST /contracts/{id}/penalties/{penaltyId}/waive': { who: OWNER, params: (t) => ({ id: t.side.contractId, penaltyId: 'penalty-1' }) },
  'POST /contracts/{id}/terminate': { who: OWNER, params: contract },
  'POST /contracts/{id}/complete': { who: OWNER, params: contract },
  // command-api: placements (the contract's supplier, the labour-market unit)
  'POST /commitments/{id}/slots': { who: ['supplierOwn'], params: commitment, body: () => ({ startWindow: { from: '2026-06-01', to: '2026-08-31' } }) },
  'POST /commitments/{id}/slots/{slotId}/match': { who: ['labourMarket'], params: slot, body: (t) => ({ referralId: t.side.proposedReferralId }) },
  'POST /commitments/{id}/slots/{slotId}/start': { who: PLACEMENT, params: slot },
  'POST /commitments/{id}/slots/{slotId}/interrupt': { who: PLACEMENT, params: slot },
  'POST /commitments/{id}/slots/{slotId}/complete': { who: PLACEMENT, params: slot },
  'POST /commitments/{id}/reports': { who: ['supplierOwn'], params: commitment, body: () => ({ period }) },
  'POST /referrals': { who: ['labourMarket'] },
  'POST /referrals/{id}/propose': { who: ['labourMarket'], params: referral((s) => s.erasable.referralId), body: (t) => ({ commitmentId: t.side.commitmentId, slotId: t.side.slotIds[2] }) },
  'POST /referrals/{id}/accept': { who: ['supplierOwn'], params: referral((s) => s.proposedReferralId) },
  'POST /referrals/{id}/decline': { who: ['supplierOwn'], params: referral((s) => s.proposedReferralId) },
  'POST /referrals/{id}/withdraw': { who: ['labourMarket'], params: referral((s) => s.proposedReferralId) },
  'PUT /test-clock': { who: ['admin'], body: (t) => ({ now: t.now }) },
  'GET /test-clock': { who: ['admin'] },
  // Last: it erases the side's throwaway candidate.
  'DELETE /candidates/{candidateRef}': { who: ['labourMarket'], params: (t) => ({ candidateRef: t.side.erasable.candidateRef }) },
  // query-api
  'GET /procurements': { who: [...INTERNAL, ...SUPPLIERS], query: (t) => `?buyerUnitId=${t.side.unitId}` },
  'GET /procurements/{id}': { who: [...INTERNAL, ...SUPPLIERS], params: procurement },
  'GET /procurements/{id}/timeline': { who: [...TEAM, 'auditor'], params: procurement },
  'GET /standstill-board': { who: ['officer'] },
  'GET /contracts/{id}': { who: [...INTERNAL, 'supplierOwn'], params: contract },
  'GET /contracts/{id}/compliance': { who: [...INTERNAL, 'supplierOwn'], params: contract },
  'GET /commitments/{id}': { who: [...INTERNAL, 'supplierOwn'], params: commitment },
  'GET /commitments/{id}/funnel': { who: [...INTERNAL, 'supplierOwn'], params: commitment },
  'GET /kpis/placements': { who: INTERNAL, query: (t) => `?unitId=${t.side.unitId}&year=2026` },
  'GET /kpis/placement-outcomes': { who: INTERNAL, query: (t) => `?unitId=${t.side.unitId}&year=2026` },
  'GET /kpis/social-criteria-coverage': { who: INTERNAL, query: () => '?year=2026' },
  'GET /referrals/{id}': { who: ['labourMarket'], params: referral((s) => s.matchedReferralId) },
  'GET /audit/streams/{streamId}/events': { who: ['auditor'], params: (t) => ({ streamId: `procurement-${t.procurementId}` }) },
  'GET /audit/verify': { who: ['auditor'], query: (t) => `?streamId=procurement-${t.procurementId}` },
  'GET /audit/streams/{streamId}/state': { who: ['auditor'], params: (t) => ({ streamId: `procurement-${t.procurementId}` }), query: (t) => `?asOf=${encodeURIComponent(t.now)}` },
  'GET /audit/access-log': { who: ['auditor'] },
  'GET /notifications': { who: ['officer', 'buyerOwn', 'buyerForeign', 'socialWelfare', 'labourMarket', 'supplierOwn', 'supplierForeign', 'auditor', 'admin'] },
  // Open data: what the OCDS releases publish is what P5 lets everyone see.
  'GET /ocds/releases': { who: 'public' },
  'GET /ocds/records/{ocid}': { who: 'public', params: (t) => ({ ocid: `ocds-kravspar-${t.procurementId}` }) },
  'GET /audit/checkpoints/latest': { who: 'public' },
  'GET /health': { who: 'public' },
  'GET /metrics': { who: 'public' },
};
