/** The stream category of contracts (domain.md §1). */
export const CONTRACT_STREAM_CATEGORY = 'contract';

/** The stream of one contract: `contract-<id>`, opened by the workflow on `ContractSigned`. */
export function contractStreamId(contractId: string): string {
  return `${CONTRACT_STREAM_CATEGORY}-${contractId}`;
}
