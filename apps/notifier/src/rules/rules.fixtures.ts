import type { IntegrationEvent, MessageContract } from '@kravspar/contracts';

let sequence = 0;

/** The message of `contract` with its example data, changed by `changes`, as the gateway would send it. */
export function messageOf<T>(contract: MessageContract<T>, changes: Partial<T> = {}): IntegrationEvent<T> {
  sequence += 1;
  return {
    specversion: '1.0',
    id: `event-${sequence}`,
    source: '/kravspar/projector',
    type: contract.type,
    subject: 'aggregate-1',
    time: '2026-03-02T08:00:00.000Z',
    datacontenttype: 'application/json',
    data: { ...contract.example, ...changes },
    position: sequence,
  };
}
