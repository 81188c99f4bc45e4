import { COMMITMENT_STREAM_CATEGORY, REFERRAL_STREAM_CATEGORY } from '@kravspar/domain';
import { projectReferral, referralIdFor, type ReferralDocument } from '@kravspar/read-models';
import { loadReferralForUpdate, saveReferral } from '@kravspar/read-store';
import type { ReadModelProjection } from './projection';

/**
 * The referrals of the matching context (`referrals_v1`): their own streams, plus the placement events of
 * commitment streams that name a referral, so the labour-market unit sees which slot it was matched to.
 */
export const referralsProjection: ReadModelProjection = {
  name: 'referrals.v1',
  tables: ['referrals_v1'],
  filter: { streamPrefixes: [`${REFERRAL_STREAM_CATEGORY}-`, `${COMMITMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    const id = referralIdFor(event);
    if (id === undefined) return;
    const current = await loadReferralForUpdate<ReferralDocument>(client, id);
    const next = projectReferral(current, event);
    if (next === undefined || next === current) return;
    const { revision, status, candidateRef, updatedAt } = next;
    await saveReferral(client, { id, revision, status, candidateRef, updatedAt, document: next });
  },
};
