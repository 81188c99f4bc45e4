/** The stream category of procurements (domain.md §1). */
export const PROCUREMENT_STREAM_CATEGORY = 'procurement';

/** The stream of one procurement: `procurement-<id>`. */
export function procurementStreamId(procurementId: string): string {
  return `${PROCUREMENT_STREAM_CATEGORY}-${procurementId}`;
}
