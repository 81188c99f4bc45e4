import { CALENDAR_DATE, COUNT, ID, TEXT, codes, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { COMMITMENT_TOPIC } from '../topics';
import { INSTRUMENTS, PLACEMENT_TYPES, REPORTING_SCHEDULES, type Instrument, type PlacementType, type ReportingSchedule } from '../vocabulary';
import { COMMITMENT_PARTIES_PROPERTIES, COMMITMENT_PARTIES_REQUIRED, EXAMPLE_COMMITMENT_PARTIES, type CommitmentPartiesV1 } from './commitment-parties.v1';

/** A social commitment was established: one per social criterion of a registered contract. */
export interface CommitmentEstablishedV1 extends CommitmentPartiesV1 {
  readonly procurementId: string;
  readonly criterionId: string;
  readonly instrument: Instrument;
  readonly placementType?: PlacementType;
  readonly unitsRequired?: number;
  readonly minMonths?: number;
  /** S6: the first placement must start within this many days of the contract start. */
  readonly firstPlacementDueDays?: number;
  readonly reportingSchedule?: ReportingSchedule;
  readonly targetGroupCode?: string;
  /** Stockholm date of the signing. */
  readonly signedOn: string;
}

export const COMMITMENT_ESTABLISHED_V1 = messageContract<CommitmentEstablishedV1>({
  type: 'kravspar.commitment.established.v1',
  topic: COMMITMENT_TOPIC,
  summary: 'A social commitment of a signed contract was established.',
  schema: messageSchema(
    'CommitmentEstablishedV1',
    [...COMMITMENT_PARTIES_REQUIRED, 'procurementId', 'criterionId', 'instrument', 'signedOn'],
    {
      ...COMMITMENT_PARTIES_PROPERTIES,
      procurementId: ID,
      criterionId: ID,
      instrument: codes(INSTRUMENTS),
      placementType: codes(PLACEMENT_TYPES),
      unitsRequired: COUNT,
      minMonths: COUNT,
      firstPlacementDueDays: COUNT,
      reportingSchedule: codes(REPORTING_SCHEDULES),
      targetGroupCode: TEXT,
      signedOn: CALENDAR_DATE,
    },
  ),
  example: {
    ...EXAMPLE_COMMITMENT_PARTIES,
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    criterionId: 'c-placements',
    instrument: 'specialContractCondition',
    placementType: 'workTraining',
    unitsRequired: 3,
    minMonths: 6,
    firstPlacementDueDays: 180,
    reportingSchedule: 'quarterly',
    targetGroupCode: 'long-term-unemployed',
    signedOn: '2026-05-20',
  },
});
