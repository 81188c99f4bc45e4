import { CONTRACT_STARTED_V1, type IntegrationEvent } from '@kravspar/contracts';
import { CONTRACT_STREAM_CATEGORY, contractDecider, registrationOf, type ContractStarted, type ContractState } from '@kravspar/domain';
import { messageOf, type GatewayEvent, type StreamMessages } from './gateway-event';

/** The public messages of the contract stream: its start (the follow-up's deviations and penalties stay inside). */
export const contractMessages: StreamMessages<ContractState> = {
  category: CONTRACT_STREAM_CATEGORY,
  eventTypes: ['ContractStarted'],
  decider: contractDecider as unknown as StreamMessages<ContractState>['decider'],
  message: contractMessage,
};

export function contractMessage(event: GatewayEvent, state: ContractState): IntegrationEvent | undefined {
  const registration = registrationOf(state);
  if (!registration || event.type !== 'ContractStarted') return undefined;
  const { date } = event.data as ContractStarted['data'];
  return messageOf(CONTRACT_STARTED_V1, event, {
    contractId: registration.contractId,
    procurementId: registration.procurementId,
    buyerUnitId: registration.buyerUnitId,
    supplierId: registration.supplierId,
    startDate: date,
    periodEnd: registration.period.end,
  });
}
