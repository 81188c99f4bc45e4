import { CALENDAR_DATE, ID, TEXT, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { COMMITMENT_TOPIC } from '../topics';
import { COMMITMENT_PARTIES_PROPERTIES, COMMITMENT_PARTIES_REQUIRED, EXAMPLE_COMMITMENT_PARTIES, type CommitmentPartiesV1 } from './commitment-parties.v1';

/** The supplier offered a placement slot; the labour-market unit can now propose a candidate. */
export interface PlacementSlotOfferedV1 extends CommitmentPartiesV1 {
  readonly slotId: string;
  /** Where the placement takes place (a work site, not a person). */
  readonly site: string;
  readonly startWindow: { readonly from: string; readonly to: string };
}

export const PLACEMENT_SLOT_OFFERED_V1 = messageContract<PlacementSlotOfferedV1>({
  type: 'kravspar.commitment.slot-offered.v1',
  topic: COMMITMENT_TOPIC,
  summary: 'The supplier offered a placement slot under the commitment.',
  schema: messageSchema('PlacementSlotOfferedV1', [...COMMITMENT_PARTIES_REQUIRED, 'slotId', 'site', 'startWindow'], {
    ...COMMITMENT_PARTIES_PROPERTIES,
    slotId: ID,
    site: TEXT,
    startWindow: {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'to'],
      properties: { from: CALENDAR_DATE, to: CALENDAR_DATE },
    },
  }),
  example: {
    ...EXAMPLE_COMMITMENT_PARTIES,
    slotId: 'slot-1',
    site: 'Recycling station Visby',
    startWindow: { from: '2026-08-01', to: '2026-09-30' },
  },
});
