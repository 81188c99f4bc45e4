import type {
  AwardNoticePublishedV1, AwardNotificationSentV1, ClarificationAnsweredV1, ContractSignedV1, IntegrationEvent,
  InterimOrderIssuedV1, ProcurementCancelledV1, ProcurementPublishedV1, ReviewApplicationFiledV1, ReviewDecidedV1,
  StandstillEndedV1, StandstillRescheduledV1,
} from '@kravspar/contracts';
import { awardNoticeTimer, awardNoticeTimerKey, standstillEndsTomorrowTimer, standstillTimerKey } from './notifier-timers';
import { buyerUnit, labourMarketUnit, procurementSupport, socialWelfare, type Recipient } from './recipients';
import { NOTHING, notify, toEach, type RuleOutcome } from './rule-outcome';

/** domain.md §5: a placement criterion tells the matching labour-market unit(s) and social welfare. */
export function procurementPublished({ data }: IntegrationEvent<ProcurementPublishedV1>): RuleOutcome {
  const placements = data.socialCriteria.filter((criterion) => criterion.placementType !== undefined);
  if (placements.length === 0) return NOTHING;
  const matchingUnits = [...new Set(placements.map((criterion) => criterion.matchingUnitId).filter((unit) => unit !== undefined))];
  const labourMarket: Recipient[] = matchingUnits.length > 0 ? matchingUnits.map(labourMarketUnit) : [{ role: 'labour-market' }];
  const units = placements.reduce((sum, criterion) => sum + (criterion.unitsRequired ?? 0), 0);
  return notify(
    ...toEach([...labourMarket, socialWelfare()], {
      rule: 'placement-criterion-published',
      subject: data.procurementId,
      title: `Placements coming: "${data.title}" was published with ${placements.length === 1 ? 'a placement criterion' : `${placements.length} placement criteria`}`,
      body: `${units} placement${units === 1 ? '' : 's'} required; tenders are due ${data.tenderDeadline}.`,
    }),
  );
}

/** P3: an answer less than 6 days before the deadline needs the deadline extended. */
export function clarificationAnswered({ data }: IntegrationEvent<ClarificationAnsweredV1>): RuleOutcome {
  if (!data.extensionRequired) return NOTHING;
  return notify({
    rule: 'late-clarification-answer',
    recipient: procurementSupport(),
    subject: data.procurementId,
    title: 'A clarification was answered less than 6 days before the tender deadline',
    body: `Extend the tender deadline (${data.tenderDeadline}) before it passes (LOU 12:11).`,
  });
}

/**
 * A review application tells procurement support and the buyer. Filed during the standstill it extends it
 * until the court decides (P8): the "ends tomorrow" timer is cancelled until the decision sets the new end.
 */
export function reviewApplicationFiled({ data }: IntegrationEvent<ReviewApplicationFiledV1>): RuleOutcome {
  return {
    ...notify(
      ...toEach([procurementSupport(), buyerUnit(data.buyerUnitId)], {
        rule: 'review-application-filed',
        subject: data.procurementId,
        title: `A review application was filed (${data.court}, case ${data.caseNo})`,
        body: data.duringStandstill ? 'Filed during the standstill, which now lasts until the court decides (LOU 20:4).' : undefined,
      }),
    ),
    cancelTimers: data.duringStandstill ? [standstillTimerKey(data.procurementId)] : [],
  };
}

export function interimOrderIssued({ data }: IntegrationEvent<InterimOrderIssuedV1>): RuleOutcome {
  return notify(
    ...toEach([procurementSupport(), buyerUnit(data.buyerUnitId)], {
      rule: 'interim-order-issued',
      subject: data.procurementId,
      title: `The court issued an interim order (case ${data.caseNo}): the contract must not be signed`,
    }),
  );
}

/** The standstill starts: the buyer hears the day before it ends. A direct award has none. */
export function awardNotificationSent({ data }: IntegrationEvent<AwardNotificationSentV1>): RuleOutcome {
  return armStandstillTimer(data.procurementId, data.buyerUnitId, data.standstillLastDay);
}

/** A correction moved the standstill's end: the timer moves with it, or goes when no standstill applies. */
export function standstillRescheduled({ data }: IntegrationEvent<StandstillRescheduledV1>): RuleOutcome {
  return armStandstillTimer(data.procurementId, data.buyerUnitId, data.standstillLastDay);
}

/** The court decided a review filed during the standstill: the standstill's new end arms the timer again (P8). */
export function reviewDecided({ data }: IntegrationEvent<ReviewDecidedV1>): RuleOutcome {
  // null: the decision does not bear on a running standstill, so whatever timer runs stays as it is.
  if (data.standstillLastDay === null) return NOTHING;
  return armStandstillTimer(data.procurementId, data.buyerUnitId, data.standstillLastDay);
}

export function standstillEnded({ data }: IntegrationEvent<StandstillEndedV1>): RuleOutcome {
  return {
    ...notify({
      rule: 'standstill-ended',
      recipient: buyerUnit(data.buyerUnitId),
      subject: data.procurementId,
      title: 'The standstill has ended: the contract may be signed',
      body: `The last standstill day was ${data.standstillLastDay} (LOU 20:1).`,
    }),
    cancelTimers: [standstillTimerKey(data.procurementId)],
  };
}

export function procurementCancelled({ data }: IntegrationEvent<ProcurementCancelledV1>): RuleOutcome {
  return { ...NOTHING, cancelTimers: [standstillTimerKey(data.procurementId), awardNoticeTimerKey(data.procurementId)] };
}

/** P11: procurement support hears when the award notice is still unpublished 25 days after signing. */
export function contractSigned({ data }: IntegrationEvent<ContractSignedV1>): RuleOutcome {
  const { procurementId, contractId, buyerUnitId, signedAt } = data;
  return {
    ...NOTHING,
    setTimers: [awardNoticeTimer({ procurementId, contractId, buyerUnitId, signedAt })],
    cancelTimers: [standstillTimerKey(procurementId)],
  };
}

export function awardNoticePublished({ data }: IntegrationEvent<AwardNoticePublishedV1>): RuleOutcome {
  return { ...NOTHING, cancelTimers: [awardNoticeTimerKey(data.procurementId)] };
}

function armStandstillTimer(procurementId: string, buyerUnitId: string, standstillLastDay: string | null): RuleOutcome {
  if (standstillLastDay === null) return { ...NOTHING, cancelTimers: [standstillTimerKey(procurementId)] };
  return { ...NOTHING, setTimers: [standstillEndsTomorrowTimer({ procurementId, buyerUnitId, standstillLastDay })] };
}
