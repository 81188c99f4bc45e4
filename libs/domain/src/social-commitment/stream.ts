/** The stream category of social commitments (domain.md §1). */
export const COMMITMENT_STREAM_CATEGORY = 'commitment';

/** The stream of one commitment (one social criterion × contract): `commitment-<id>`. */
export function commitmentStreamId(commitmentId: string): string {
  return `${COMMITMENT_STREAM_CATEGORY}-${commitmentId}`;
}
