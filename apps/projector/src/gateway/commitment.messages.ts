import {
  COMMITMENT_BREACHED_V1, COMMITMENT_ESTABLISHED_V1, COMMITMENT_FULFILLED_V1, FIRST_PLACEMENT_OVERDUE_V1, PLACEMENT_COMPLETED_V1,
  PLACEMENT_SLOT_OFFERED_V1, PLACEMENT_STARTED_V1, REPORT_OVERDUE_V1, type CommitmentPartiesV1, type IntegrationEvent,
} from '@kravspar/contracts';
import {
  COMMITMENT_STREAM_CATEGORY, commitmentDecider, type CommitmentFulfilled, type CommitmentState, type FirstPlacementOverdue,
  type PlacementCompleted, type PlacementSlotOffered, type PlacementStarted, type ReportOverdue,
} from '@kravspar/domain';
import { defined, messageOf, type GatewayEvent, type StreamMessages } from './gateway-event';

/**
 * The public messages of the commitment stream. Placements are named by slot only: the referral (and
 * so the candidate), the outcome and the months served stay inside the matching context.
 */
export const commitmentMessages: StreamMessages<CommitmentState> = {
  category: COMMITMENT_STREAM_CATEGORY,
  eventTypes: [
    'CommitmentEstablished', 'PlacementSlotOffered', 'PlacementStarted', 'PlacementCompleted', 'ReportOverdue',
    'FirstPlacementOverdue', 'CommitmentFulfilled', 'CommitmentBreached',
  ],
  decider: commitmentDecider as unknown as StreamMessages<CommitmentState>['decider'],
  message: commitmentMessage,
};

export function commitmentMessage(event: GatewayEvent, state: CommitmentState): IntegrationEvent | undefined {
  if (state.status === 'Absent') return undefined;
  const parties: CommitmentPartiesV1 = defined({
    commitmentId: state.commitmentId,
    contractId: state.contractId,
    buyerUnitId: state.buyerUnitId,
    supplierId: state.supplierId,
    matchingUnitId: state.criterion.matchingUnitId,
  });
  const message = <D>(contract: Parameters<typeof messageOf<D>>[0], data: D) => messageOf(contract, event, data);
  switch (event.type) {
    case 'CommitmentEstablished': {
      const { criterion } = state;
      return message(COMMITMENT_ESTABLISHED_V1, defined({
        ...parties,
        procurementId: state.procurementId,
        criterionId: criterion.criterionId,
        instrument: criterion.instrument,
        placementType: criterion.placementType,
        unitsRequired: criterion.unitsRequired,
        minMonths: criterion.minMonths,
        firstPlacementDueDays: criterion.firstPlacementDueDays,
        reportingSchedule: criterion.reportingSchedule,
        targetGroupCode: criterion.targetGroupCode,
        signedOn: state.signedOn,
      }));
    }
    case 'PlacementSlotOffered': {
      const { slotId, site, startWindow } = event.data as PlacementSlotOffered['data'];
      return message(PLACEMENT_SLOT_OFFERED_V1, { ...parties, slotId, site, startWindow: { from: startWindow.from, to: startWindow.to } });
    }
    case 'PlacementStarted': {
      const { slotId, date } = event.data as PlacementStarted['data'];
      return message(PLACEMENT_STARTED_V1, { ...parties, slotId, startDate: date });
    }
    case 'PlacementCompleted': {
      const { slotId, date } = event.data as PlacementCompleted['data'];
      return message(PLACEMENT_COMPLETED_V1, { ...parties, slotId, completedOn: date });
    }
    case 'ReportOverdue': {
      const { period, dueDate } = event.data as ReportOverdue['data'];
      return message(REPORT_OVERDUE_V1, { ...parties, period: { start: period.start, end: period.end }, dueDate });
    }
    case 'FirstPlacementOverdue': {
      const { dueDate } = event.data as FirstPlacementOverdue['data'];
      return message(FIRST_PLACEMENT_OVERDUE_V1, { ...parties, dueDate });
    }
    case 'CommitmentFulfilled':
    case 'CommitmentBreached': {
      const { unitsRequired, placementsCounted } = event.data as CommitmentFulfilled['data'];
      const contract = event.type === 'CommitmentFulfilled' ? COMMITMENT_FULFILLED_V1 : COMMITMENT_BREACHED_V1;
      return message(contract, { ...parties, unitsRequired, placementsCounted });
    }
    default:
      return undefined;
  }
}
