// The subset of OCDS 1.1 (with the sustainability and metrics extensions) that Kravspår publishes. Field
// names and code lists are the standard's; the schema in docs/ocds/ is the authority, a test validates.

/** The closed releaseTag code list of OCDS 1.1 (less `compiled`, which only a record's compiled release carries). */
export type OcdsReleaseTag =
  | 'planning'
  | 'planningUpdate'
  | 'tender'
  | 'tenderAmendment'
  | 'tenderUpdate'
  | 'tenderCancellation'
  | 'award'
  | 'awardUpdate'
  | 'awardCancellation'
  | 'contract'
  | 'contractUpdate'
  | 'contractAmendment'
  | 'implementation'
  | 'implementationUpdate'
  | 'contractTermination';

export interface OcdsValue {
  readonly amount: number;
  readonly currency: string;
}

export interface OcdsPeriod {
  readonly startDate?: string;
  readonly endDate?: string;
}

export interface OcdsOrganizationReference {
  readonly id: string;
  readonly name: string;
}

export interface OcdsParty extends OcdsOrganizationReference {
  readonly roles: readonly string[];
}

export interface OcdsSustainability {
  readonly goal: string;
  readonly strategies: readonly string[];
  readonly description?: string;
}

/** Metrics extension: a metric with counted observations (`measure`), never a person. */
export interface OcdsMetric {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly observations: readonly { readonly id: string; readonly measure: number; readonly unit: { readonly name: string }; readonly notes?: string }[];
}

export interface OcdsTender {
  readonly id: string;
  readonly title: string;
  readonly status: 'planned' | 'active' | 'complete' | 'cancelled';
  readonly procuringEntity: OcdsOrganizationReference;
  readonly value: OcdsValue;
  readonly procurementMethod: 'open' | 'selective' | 'limited' | 'direct';
  readonly procurementMethodDetails: string;
  readonly items?: readonly { readonly id: string; readonly description: string; readonly classification: { readonly scheme: 'CPV'; readonly id: string } }[];
  readonly tenderPeriod?: OcdsPeriod;
  readonly enquiryPeriod?: OcdsPeriod;
  readonly hasEnquiries?: boolean;
  readonly submissionMethod?: readonly string[];
  readonly amendments?: readonly { readonly id: string; readonly date: string; readonly rationale: string }[];
  readonly awardPeriod?: OcdsPeriod;
  readonly numberOfTenderers?: number;
  readonly tenderers?: readonly OcdsOrganizationReference[];
  readonly hasSustainability: boolean;
  readonly sustainability?: readonly OcdsSustainability[];
}

export interface OcdsAward {
  readonly id: string;
  readonly status: 'pending' | 'active' | 'cancelled';
  readonly date: string;
  readonly suppliers: readonly OcdsOrganizationReference[];
  readonly value?: OcdsValue;
}

export interface OcdsContract {
  readonly id: string;
  readonly awardID: string;
  readonly status: 'active' | 'terminated';
  readonly dateSigned: string;
  readonly period: OcdsPeriod;
  readonly value?: OcdsValue;
  readonly agreedMetrics?: readonly OcdsMetric[];
  readonly implementation?: { readonly metrics?: readonly OcdsMetric[] };
}

export interface OcdsRelease {
  readonly ocid: string;
  readonly id: string;
  readonly date: string;
  readonly tag: readonly (OcdsReleaseTag | 'compiled')[];
  readonly initiationType: 'tender';
  readonly language: 'sv';
  readonly parties: readonly OcdsParty[];
  readonly buyer: OcdsOrganizationReference;
  readonly planning: { readonly budget: { readonly description: string; readonly amount: OcdsValue } };
  readonly tender: OcdsTender;
  readonly awards?: readonly OcdsAward[];
  readonly contracts?: readonly OcdsContract[];
}
