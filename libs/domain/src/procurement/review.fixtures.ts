import type { Instant } from '../kernel';
import type {
  CorrectRegistration,
  CorrectRegistrationData,
  PublishContractAwardNotice,
  SignContract,
  SignContractData,
} from './contract-commands';
import type {
  ContractAwardNoticePublished,
  ContractSigned,
  RegistrationCorrected,
  RegistrationCorrection,
} from './contract-events';
import type {
  CourtActData,
  DecideReview,
  EndStandstill,
  FileReviewApplication,
  FileReviewApplicationData,
  IssueInterimOrder,
  LiftInterimOrder,
} from './review-commands';
import type {
  InterimOrderIssued,
  InterimOrderLifted,
  ReviewApplication,
  ReviewApplicationFiled,
  ReviewDecided,
  ReviewDecision,
  StandstillEnded,
} from './review-events';
import { placementCriterion } from './procurement.fixtures';
import type { ReviewOutcome } from './vocabulary';
import { asOfficer, LATER } from './tender.fixtures';

// Test data from reviews to the contract award notice (not exported from the lib).

export const COURT = 'Förvaltningsrätten i Stockholm';
const system = (now: Instant) => ({ actor: { userId: 'standstill-timer', role: 'system' as const, unitId: 'system' }, now });

export const fileReview = (data: Partial<FileReviewApplicationData> = {}, now: Instant = LATER): FileReviewApplication => ({
  type: 'FileReviewApplication',
  data: { caseNo: 'FR-1', court: COURT, filedAt: '2025-06-16T11:00:00+02:00', ...data },
  metadata: asOfficer(now),
});

export const reviewFiled = (data: Partial<ReviewApplication> = {}): ReviewApplicationFiled => {
  const event = { caseNo: 'FR-1', court: COURT, filedAt: '2025-06-16T11:00:00+02:00', duringStandstill: true, ...data };
  return { type: 'ReviewApplicationFiled', data: event, metadata: { occurredAt: event.filedAt, ruleRefs: ['P8', 'T1'] } };
};

const court = (at: Instant, caseNo = 'FR-1'): CourtActData => ({ caseNo, at });

export const issueOrder = (at: Instant, caseNo = 'FR-1', now: Instant = LATER): IssueInterimOrder => ({
  type: 'IssueInterimOrder',
  data: court(at, caseNo),
  metadata: asOfficer(now),
});

export const orderIssued = (at: Instant, caseNo = 'FR-1'): InterimOrderIssued => ({
  type: 'InterimOrderIssued',
  data: court(at, caseNo),
  metadata: { occurredAt: at, ruleRefs: ['P8', 'T1'] },
});

export const liftOrder = (at: Instant, caseNo = 'FR-1', now: Instant = LATER): LiftInterimOrder => ({
  type: 'LiftInterimOrder',
  data: court(at, caseNo),
  metadata: asOfficer(now),
});

export const orderLifted = (at: Instant, caseNo = 'FR-1'): InterimOrderLifted => ({
  type: 'InterimOrderLifted',
  data: court(at, caseNo),
  metadata: { occurredAt: at, ruleRefs: ['P8', 'T1'] },
});

export const decideReview = (at: Instant, outcome: ReviewOutcome = 'rejected', caseNo = 'FR-1', now: Instant = LATER): DecideReview => ({
  type: 'DecideReview',
  data: { ...court(at, caseNo), outcome },
  metadata: asOfficer(now),
});

export const reviewDecided = (data: Partial<ReviewDecision> & Pick<ReviewDecision, 'decidedAt' | 'standstillLastDay'>): ReviewDecided => {
  const event = { caseNo: 'FR-1', outcome: 'rejected' as const, ...data };
  return { type: 'ReviewDecided', data: event, metadata: { occurredAt: event.decidedAt, ruleRefs: ['P8', 'T1'] } };
};

export const endStandstill = (now: Instant): EndStandstill => ({ type: 'EndStandstill', data: {}, metadata: system(now) });

export const standstillEnded = (standstillLastDay: string, at: Instant): StandstillEnded => ({
  type: 'StandstillEnded',
  data: { standstillLastDay },
  metadata: { occurredAt: at, ruleRefs: ['P7', 'P8'] },
});

const signing: SignContractData = {
  contractId: 'contract-1',
  bidId: 'b1',
  signedAt: '2025-06-24T10:00:00+02:00',
  period: { start: '2025-09-01', end: '2027-08-31' },
};

export const sign = (data: Partial<SignContractData> = {}, now: Instant = LATER): SignContract => ({
  type: 'SignContract',
  data: { ...signing, ...data },
  metadata: asOfficer(now),
});

export const signed = (data: Partial<SignContractData> = {}): ContractSigned => {
  const event = { ...signing, supplierId: 's1', criteria: [placementCriterion], ...data };
  return { type: 'ContractSigned', data: event, metadata: { occurredAt: event.signedAt, ruleRefs: ['P6', 'P9', 'T1'] } };
};

export const publishNotice = (publishedNoticeAt: Instant, now: Instant = LATER): PublishContractAwardNotice => ({
  type: 'PublishContractAwardNotice',
  data: { publishedNoticeAt, noticeRef: 'TED-2025-654321' },
  metadata: asOfficer(now),
});

export const noticePublished = (publishedNoticeAt: Instant, late: boolean): ContractAwardNoticePublished => ({
  type: 'ContractAwardNoticePublished',
  data: { publishedNoticeAt, noticeRef: 'TED-2025-654321', late },
  metadata: { occurredAt: publishedNoticeAt, ruleRefs: ['P11', 'T1'] },
});

export const correct = (data: CorrectRegistrationData, now: Instant = LATER): CorrectRegistration => ({
  type: 'CorrectRegistration',
  data,
  metadata: asOfficer(now),
});

export const corrected = (data: RegistrationCorrection, ruleRefs: string[] = [], at: Instant = LATER): RegistrationCorrected => ({
  type: 'RegistrationCorrected',
  data,
  metadata: ruleRefs.length > 0 ? { occurredAt: at, ruleRefs } : { occurredAt: at },
});
