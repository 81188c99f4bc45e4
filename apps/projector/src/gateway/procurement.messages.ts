import {
  AWARD_NOTICE_PUBLISHED_V1, AWARD_NOTIFICATION_SENT_V1, CLARIFICATION_ANSWERED_V1, CONTRACT_SIGNED_V1, INTERIM_ORDER_ISSUED_V1,
  PROCUREMENT_CANCELLED_V1, PROCUREMENT_PUBLISHED_V1, REVIEW_APPLICATION_FILED_V1, REVIEW_DECIDED_V1, STANDSTILL_ENDED_V1,
  STANDSTILL_RESCHEDULED_V1, type IntegrationEvent, type SocialCriterionV1,
} from '@kravspar/contracts';
import {
  findBid, PROCUREMENT_STREAM_CATEGORY, procurementDecider, type AwardNotificationSent, type ClarificationAnswered,
  type ContractAwardNoticePublished, type ContractSigned, type InterimOrderIssued, type ProcurementCancelled,
  type ProcurementPublished, type ProcurementState, type RegistrationCorrected, type ReviewApplicationFiled,
  type ReviewDecided, type SocialCriterion, type StandstillEnded,
} from '@kravspar/domain';
import { defined, messageOf, type GatewayEvent, type StreamMessages } from './gateway-event';

type Data<E extends { data: unknown }> = E['data'];

/**
 * The public messages of the procurement stream. Bids stay secret (P5): no price, score, bid or bidder
 * list ever travels; the award notification names only the winners, as the notification itself does.
 */
export const procurementMessages: StreamMessages<ProcurementState> = {
  category: PROCUREMENT_STREAM_CATEGORY,
  eventTypes: [
    'ProcurementPublished', 'ClarificationAnswered', 'ReviewApplicationFiled', 'InterimOrderIssued', 'ReviewDecided',
    'ProcurementCancelled', 'AwardNotificationSent', 'StandstillEnded', 'RegistrationCorrected', 'ContractSigned',
    'ContractAwardNoticePublished',
  ],
  decider: procurementDecider as unknown as StreamMessages<ProcurementState>['decider'],
  message: procurementMessage,
};

export function procurementMessage(event: GatewayEvent, state: ProcurementState): IntegrationEvent | undefined {
  if (state.status === 'Absent') return undefined;
  const { procurementId, buyerUnitId } = state;
  const parties = { procurementId, buyerUnitId };
  const message = <D>(contract: Parameters<typeof messageOf<D>>[0], data: D) => messageOf(contract, event, data);
  switch (event.type) {
    case 'ProcurementPublished': {
      const publication = event.data as Data<ProcurementPublished>;
      return message(PROCUREMENT_PUBLISHED_V1, defined({
        ...parties,
        title: state.title,
        procedure: state.procedure,
        regime: state.regime,
        cpv: state.cpv,
        publishedAt: publication.publishedAt,
        tenderDeadline: publication.tenderDeadline,
        questionsDeadline: publication.questionsDeadline,
        electronicTenders: publication.electronicTenders,
        noticeRef: publication.noticeRef,
        socialCriteria: Object.values(state.criteria).map(publicCriterion),
      }));
    }
    case 'ClarificationAnswered': {
      const answer = event.data as Data<ClarificationAnswered>;
      if (!('tenderDeadline' in state) || state.tenderDeadline === undefined) return undefined;
      return message(CLARIFICATION_ANSWERED_V1, {
        ...parties, questionId: answer.questionId, answeredAt: answer.answeredAt, tenderDeadline: state.tenderDeadline, extensionRequired: answer.extensionRequired,
      });
    }
    case 'ReviewApplicationFiled': {
      const { caseNo, court, filedAt, duringStandstill } = event.data as Data<ReviewApplicationFiled>;
      return message(REVIEW_APPLICATION_FILED_V1, { ...parties, caseNo, court, filedAt, duringStandstill });
    }
    case 'InterimOrderIssued': {
      const { caseNo, at } = event.data as Data<InterimOrderIssued>;
      return message(INTERIM_ORDER_ISSUED_V1, { ...parties, caseNo, issuedAt: at });
    }
    case 'ReviewDecided': {
      const { caseNo, decidedAt, outcome, standstillLastDay } = event.data as Data<ReviewDecided>;
      return message(REVIEW_DECIDED_V1, { ...parties, caseNo, decidedAt, outcome, standstillLastDay });
    }
    case 'ProcurementCancelled': {
      const { reasonCategory, cancelledAt } = event.data as Data<ProcurementCancelled>;
      return message(PROCUREMENT_CANCELLED_V1, { ...parties, reasonCategory, cancelledAt });
    }
    case 'AwardNotificationSent': {
      const { sentAt, channel, standstillLastDay } = event.data as Data<AwardNotificationSent>;
      const winners = 'award' in state && state.award ? state.award.winnerBidIds : [];
      const winnerSupplierIds = winners.flatMap((bidId) => findBid(state, bidId)?.supplierId ?? []);
      return message(AWARD_NOTIFICATION_SENT_V1, { ...parties, sentAt, channel, standstillLastDay, winnerSupplierIds });
    }
    case 'StandstillEnded': {
      const { standstillLastDay } = event.data as Data<StandstillEnded>;
      return message(STANDSTILL_ENDED_V1, { ...parties, standstillLastDay });
    }
    case 'RegistrationCorrected': {
      // Only a correction that moved the standstill matters outside; others change registered times or values.
      const { standstillLastDay } = event.data as Data<RegistrationCorrected>;
      return standstillLastDay === undefined ? undefined : message(STANDSTILL_RESCHEDULED_V1, { ...parties, standstillLastDay });
    }
    case 'ContractSigned': {
      const { contractId, supplierId, signedAt, period } = event.data as Data<ContractSigned>;
      return message(CONTRACT_SIGNED_V1, { ...parties, contractId, supplierId, signedAt, period: { start: period.start, end: period.end } });
    }
    case 'ContractAwardNoticePublished': {
      const { noticeRef, publishedNoticeAt, late } = event.data as Data<ContractAwardNoticePublished>;
      if (state.status !== 'Concluded') return undefined;
      return message(AWARD_NOTICE_PUBLISHED_V1, { ...parties, contractId: state.contract.contractId, noticeRef, publishedAt: publishedNoticeAt, late });
    }
    default:
      return undefined;
  }
}

/** The criterion as the procurement documents publish it. */
function publicCriterion(criterion: SocialCriterion): SocialCriterionV1 {
  return defined({
    criterionId: criterion.criterionId,
    instrument: criterion.instrument,
    uhmCriterionId: criterion.uhmCriterionId,
    description: criterion.description,
    placementType: criterion.placementType,
    unitsRequired: criterion.unitsRequired,
    minMonths: criterion.minMonths,
    firstPlacementDueDays: criterion.firstPlacementDueDays,
    reportingSchedule: criterion.reportingSchedule,
    sanctions: criterion.sanctions ? [...criterion.sanctions] : undefined,
    targetGroupCode: criterion.targetGroupCode,
    matchingUnitId: criterion.matchingUnitId,
  });
}
