import type {
  CommitmentBreachedV1, CommitmentEstablishedV1, CommitmentFulfilledV1, CommitmentPartiesV1, ContractStartedV1,
  FirstPlacementOverdueV1, IntegrationEvent, PlacementSlotOfferedV1, PlacementStartedV1, ReportOverdueV1,
} from '@kravspar/contracts';
import { firstPlacementTimerKey } from './notifier-timers';
import { contractOwner, labourMarketUnit, socialWelfare, type Recipient } from './recipients';
import { NOTHING, notify, toEach, type RuleOutcome } from './rule-outcome';

/** The commitment's matching unit; every labour-market user when the criterion named none. */
const matchingUnitOf = (parties: CommitmentPartiesV1): Recipient =>
  parties.matchingUnitId ? labourMarketUnit(parties.matchingUnitId) : { role: 'labour-market' };

/** A commitment with a first-placement period starts the S6 clock, completed by the contract start. */
export function commitmentEstablished({ data }: IntegrationEvent<CommitmentEstablishedV1>): RuleOutcome {
  if (data.firstPlacementDueDays === undefined) return NOTHING;
  const { commitmentId, contractId, buyerUnitId, firstPlacementDueDays } = data;
  return {
    ...NOTHING,
    facts: [{ kind: 'commitment', commitmentId, contractId, buyerUnitId, matchingUnitId: data.matchingUnitId ?? null, firstPlacementDueDays }],
  };
}

export function contractStarted({ data }: IntegrationEvent<ContractStartedV1>): RuleOutcome {
  return { ...NOTHING, facts: [{ kind: 'contract-started', contractId: data.contractId, startDate: data.startDate }] };
}

/** A started placement stops the first-placement warning, now and for a contract start that comes later. */
export function placementStarted({ data }: IntegrationEvent<PlacementStartedV1>): RuleOutcome {
  return {
    ...NOTHING,
    cancelTimers: [firstPlacementTimerKey(data.commitmentId)],
    facts: [{ kind: 'placement-started', commitmentId: data.commitmentId }],
  };
}

export function placementSlotOffered({ data }: IntegrationEvent<PlacementSlotOfferedV1>): RuleOutcome {
  return notify({
    rule: 'placement-slot-offered',
    recipient: matchingUnitOf(data),
    subject: data.commitmentId,
    title: `A placement slot was offered at ${data.site}`,
    body: `Start between ${data.startWindow.from} and ${data.startWindow.to}; slot ${data.slotId}.`,
  });
}

/** S6 was missed: the contract owner and the matching unit. The warning timer has nothing left to say. */
export function firstPlacementOverdue({ data }: IntegrationEvent<FirstPlacementOverdueV1>): RuleOutcome {
  return {
    ...notify(
      ...toEach([contractOwner(data.buyerUnitId), matchingUnitOf(data)], {
        rule: 'first-placement-overdue',
        subject: data.commitmentId,
        title: 'The first placement is overdue',
        body: `No placement started by ${data.dueDate} (S6).`,
      }),
    ),
    cancelTimers: [firstPlacementTimerKey(data.commitmentId)],
  };
}

export function reportOverdue({ data }: IntegrationEvent<ReportOverdueV1>): RuleOutcome {
  return notify({
    rule: 'supplier-report-overdue',
    recipient: contractOwner(data.buyerUnitId),
    subject: data.commitmentId,
    title: `The supplier's report for ${data.period.start} – ${data.period.end} is overdue`,
    body: `It was due ${data.dueDate}.`,
  });
}

export function commitmentFulfilled({ data }: IntegrationEvent<CommitmentFulfilledV1>): RuleOutcome {
  return judged(data, 'commitment-fulfilled', 'The social commitment was fulfilled');
}

export function commitmentBreached({ data }: IntegrationEvent<CommitmentBreachedV1>): RuleOutcome {
  return judged(data, 'commitment-breached', 'The social commitment was breached');
}

function judged(data: CommitmentFulfilledV1 | CommitmentBreachedV1, rule: string, title: string): RuleOutcome {
  return notify(
    ...toEach([contractOwner(data.buyerUnitId), socialWelfare()], {
      rule,
      subject: data.commitmentId,
      title,
      body: `${data.placementsCounted} of ${data.unitsRequired} placements counted (S7).`,
    }),
  );
}
