import { addDays, stockholmStartOf, type Procedure } from '@kravspar/domain';
import type { OcdsContract, OcdsOrganizationReference, OcdsParty, OcdsRelease, OcdsReleaseTag, OcdsTender } from './ocds-release';
import type { ContractFacts, OcdsProcess } from './ocds-process';
import { agreedPlacementMetrics, implementationPlacementMetrics } from './placement-metrics';
import { sustainabilityOf } from './sustainability';

/** OCDS's procurementMethod for each procedure (LOU): restricted and negotiated invite selected suppliers. */
const METHOD: Readonly<Record<Procedure, OcdsTender['procurementMethod']>> = {
  open: 'open',
  simplified: 'open',
  restricted: 'selective',
  negotiated: 'selective',
  direct: 'direct',
};

const unit = (unitId: string): OcdsOrganizationReference => ({ id: `unit-${unitId}`, name: unitId });
const supplier = (supplierId: string): OcdsOrganizationReference => ({ id: `supplier-${supplierId}`, name: supplierId });

/**
 * The release a process gives at one moment: a full snapshot of what is public then, so the latest release
 * is also the compiled one. Tenderers, awards and contracts appear only once `disclosed` (P5): `sealed` is
 * read only then, and nothing of a candidate is ever in the process.
 */
export function releaseOf(p: OcdsProcess, meta: { readonly id: string; readonly date: string; readonly tag: readonly OcdsReleaseTag[] }): OcdsRelease {
  const buyer = unit(p.buyerUnitId);
  const tenderers = p.disclosed ? tenderersOf(p) : undefined;
  return {
    // The publisher's prefix is put in front when the release is published (`ocds-packages.ts`).
    ocid: p.procurementId,
    id: meta.id,
    date: meta.date,
    tag: meta.tag,
    initiationType: 'tender',
    language: 'sv',
    parties: partiesOf(p, tenderers ?? []),
    buyer,
    planning: { budget: { description: 'Estimated value of the procurement', amount: p.estimatedValue } },
    tender: tenderOf(p, buyer, tenderers),
    ...(p.awards.length > 0
      ? { awards: p.awards.map((a) => ({ id: a.id, status: a.status, date: a.date, suppliers: a.supplierIds.map(supplier), ...(a.value ? { value: a.value } : {}) })) }
      : {}),
    ...(p.contract ? { contracts: [contractOf(p, p.contract)] } : {}),
  };
}

function tenderOf(p: OcdsProcess, buyer: OcdsOrganizationReference, tenderers: readonly string[] | undefined): OcdsTender {
  const sustainability = sustainabilityOf(p.criteria);
  const publication = p.publication;
  return {
    id: p.procurementId,
    title: p.title,
    status: p.cancelled ? 'cancelled' : p.awards.length > 0 ? 'complete' : publication ? 'active' : 'planned',
    procuringEntity: buyer,
    value: p.estimatedValue,
    procurementMethod: METHOD[p.procedure],
    procurementMethodDetails: `LOU: ${p.procedure} procedure, ${p.regime} regime`,
    ...(p.cpv ? { items: [{ id: '1', description: p.title, classification: { scheme: 'CPV', id: p.cpv } }] } : {}),
    ...(publication
      ? {
          tenderPeriod: { startDate: publication.publishedAt, endDate: publication.tenderDeadline },
          ...(publication.questionsDeadline ? { enquiryPeriod: { startDate: publication.publishedAt, endDate: publication.questionsDeadline } } : {}),
          hasEnquiries: p.hasEnquiries,
          submissionMethod: [publication.electronicTenders ? 'electronicSubmission' : 'written'],
        }
      : {}),
    ...(p.amendments.length > 0 ? { amendments: p.amendments } : {}),
    ...(p.awards.length > 0 ? { awardPeriod: { endDate: p.awards[p.awards.length - 1].date } } : {}),
    ...(tenderers ? { numberOfTenderers: tenderers.length, tenderers: tenderers.map(supplier) } : {}),
    hasSustainability: sustainability.length > 0,
    ...(sustainability.length > 0 ? { sustainability } : {}),
  };
}

function contractOf(p: OcdsProcess, c: ContractFacts): OcdsContract {
  const agreedMetrics = agreedPlacementMetrics(p);
  const metrics = c.startedOn ? implementationPlacementMetrics(p) : [];
  return {
    id: c.contractId,
    awardID: c.awardId,
    status: c.status,
    dateSigned: c.signedAt,
    // Calendar days in Stockholm: from the first day's start to the last day's end.
    period: { startDate: stockholmStartOf(c.period.start), endDate: new Date(Date.parse(stockholmStartOf(addDays(c.period.end, 1))) - 1000).toISOString() },
    ...(c.value ? { value: c.value } : {}),
    ...(agreedMetrics.length > 0 ? { agreedMetrics } : {}),
    ...(metrics.length > 0 ? { implementation: { metrics } } : {}),
  };
}

/** The suppliers whose bids stood at the deadline (withdrawn ones are not tenderers). */
function tenderersOf(p: OcdsProcess): string[] {
  return [...new Set(Object.values(p.sealed.bids).filter((bid) => !bid.withdrawn).map((bid) => bid.supplierId))].sort();
}

function partiesOf(p: OcdsProcess, tenderers: readonly string[]): OcdsParty[] {
  const awarded = new Set(p.awards.filter((a) => a.status !== 'cancelled').flatMap((a) => a.supplierIds));
  const suppliers = [...new Set([...tenderers, ...awarded])].sort();
  return [
    { ...unit(p.buyerUnitId), roles: ['buyer', 'procuringEntity'] },
    ...suppliers.map((id) => ({ ...supplier(id), roles: [...(tenderers.includes(id) ? ['tenderer'] : []), ...(awarded.has(id) ? ['supplier'] : [])] })),
  ];
}
