import { ID } from '../json-schema';

/**
 * Who a commitment concerns, carried by every commitment message so that a consumer can address the
 * contract owner (the buyer unit), the supplier and the matching labour-market unit without a lookup.
 */
export interface CommitmentPartiesV1 {
  readonly commitmentId: string;
  readonly contractId: string;
  readonly buyerUnitId: string;
  readonly supplierId: string;
  /** The labour-market unit that matches candidates; absent for a criterion without placements. */
  readonly matchingUnitId?: string;
}

export const COMMITMENT_PARTIES_REQUIRED = ['commitmentId', 'contractId', 'buyerUnitId', 'supplierId'] as const;

export const COMMITMENT_PARTIES_PROPERTIES = {
  commitmentId: ID,
  contractId: ID,
  buyerUnitId: ID,
  supplierId: ID,
  matchingUnitId: ID,
} as const;

export const EXAMPLE_COMMITMENT_PARTIES = {
  commitmentId: '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716',
  contractId: '0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e',
  buyerUnitId: 'waste-department',
  supplierId: 'supplier-gotland-clean',
  matchingUnitId: 'labour-market-unit',
} as const satisfies CommitmentPartiesV1;
