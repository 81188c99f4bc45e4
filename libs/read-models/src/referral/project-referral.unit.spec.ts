import { ProjectionSpec } from '@kravspar/testing';
import {
  accepted, commitmentStream, declined, event, history, interrupted, matched, matcher, proposed, REFERRAL_ID, referralCreated, referralStream,
  referralWithdrawn, started, stored,
} from '../follow-up-events.fixtures';
import { projectReferral, referralIdFor } from './project-referral';

const spec = ProjectionSpec.for(projectReferral);
const [createdAt0, proposedAt1, declinedAt2, proposedAt3, acceptedAt4] = history(referralStream(), [
  referralCreated(), proposed('s1'), declined('s1'), proposed('s2'), accepted('s2'),
]);
const onCommitment = (revision: number, ...events: Parameters<typeof stored>[1][]) =>
  events.map((each, i) => stored(commitmentStream(), each, revision + i, matcher));

describe('projectReferral', () => {
  it('makes the Created referral with the opaque candidate reference and no identity', () => {
    spec.given([]).when(createdAt0).then({
      id: REFERRAL_ID, candidateRef: 'cand-r-1', targetGroupCode: 'far-from-labour-market', status: 'Created', revision: 0,
      updatedAt: createdAt0.metadata.recordedAt,
    });
  });

  it('follows the conversation with the supplier: proposed, declined with a reason, proposed again, accepted', () => {
    const proposal = { commitmentId: 'gotland-1-work-training', slotId: 's1', supplierId: 'acme' };
    spec.given([createdAt0]).when(proposedAt1).thenMatches({ status: 'Proposed', proposal, revision: 1 });
    spec.given([createdAt0, proposedAt1]).when(declinedAt2).thenMatches({ status: 'Declined', proposal, declineReasonCode: 'noCapacity' });
    const again = spec.given([createdAt0, proposedAt1, declinedAt2]).when(proposedAt3).thenMatches({ status: 'Proposed', proposal: { ...proposal, slotId: 's2' } });
    expect(again.declineReasonCode).toBeUndefined();
    spec.given([createdAt0, proposedAt1, declinedAt2, proposedAt3]).when(acceptedAt4).thenMatches({ status: 'Accepted', revision: 4 });
  });

  it('records a withdrawal with its reason', () => {
    const [withdrawnAt1] = history(referralStream(), [referralCreated(), referralWithdrawn()]).slice(1);
    spec.given([createdAt0]).when(withdrawnAt1).thenMatches({ status: 'Withdrawn', withdrawalReasonCode: 'candidateUnavailable', revision: 1 });
  });

  it('marks the candidate erased, keeping the stage, the opaque reference and everything else', () => {
    const erasure = event('CandidateDataErased', { candidateRef: 'cand-r-1' }, '2026-07-24T09:00:00+02:00');
    const [erasedAt2] = history(referralStream(), [referralCreated(), proposed('s1'), erasure]).slice(2);
    spec.given([createdAt0, proposedAt1]).when(erasedAt2).thenMatches({
      status: 'Proposed', candidateRef: 'cand-r-1', candidateErasedAt: '2026-07-24T09:00:00+02:00', revision: 2,
    });
    spec.given([createdAt0, proposedAt1, erasedAt2]).when(erasedAt2).thenUnchanged();
  });

  it('takes the matched slot and the placement from the commitment stream, keeping the referral revision', () => {
    const [matchedAt7, startedAt8, interruptedAt9] = onCommitment(7, matched('s2', REFERRAL_ID), started('s2', REFERRAL_ID), interrupted('s2', REFERRAL_ID));
    const accepted4 = [createdAt0, proposedAt1, declinedAt2, proposedAt3, acceptedAt4];
    spec.given(accepted4).when(matchedAt7).thenMatches({
      status: 'Accepted', revision: 4,
      matchedSlot: { commitmentId: 'gotland-1-work-training', slotId: 's2', matchedAt: '2026-08-03T10:00:00+02:00', placementStatus: 'Matched', commitmentRevision: 7 },
    });
    spec.given([...accepted4, matchedAt7]).when(startedAt8).thenMatches({ matchedSlot: expect.objectContaining({ placementStatus: 'Started', commitmentRevision: 8 }) });
    spec.given([...accepted4, matchedAt7, startedAt8]).when(interruptedAt9).thenMatches({ matchedSlot: expect.objectContaining({ placementStatus: 'Interrupted' }) });
    spec.given([...accepted4, matchedAt7, startedAt8]).when(startedAt8).thenUnchanged();
    spec.given([...accepted4, matchedAt7, startedAt8]).when(matchedAt7).thenUnchanged();
  });

  it('passes over placements of other referrals, repeats and older referral events', () => {
    const [othersMatch] = onCommitment(7, matched('s3', 'someone-else'));
    spec.given([createdAt0, proposedAt1]).when(othersMatch).thenUnchanged();
    spec.given([createdAt0, proposedAt1]).when(proposedAt1).thenUnchanged();
    spec.given([createdAt0, proposedAt1]).when(createdAt0).thenUnchanged();
    spec.given([]).when(proposedAt1).then(undefined);
  });
});

describe('referralIdFor', () => {
  it('names the referral of its own stream, or the one a placement event names, and none for other events', () => {
    expect(referralIdFor(createdAt0)).toBe(REFERRAL_ID);
    expect(referralIdFor(onCommitment(7, matched('s1', 'r-9'))[0])).toBe('r-9');
    expect(referralIdFor({ ...createdAt0, streamId: 'contract-k-1' })).toBeUndefined();
    expect(referralIdFor(stored(commitmentStream(), { type: 'SlotReopened', data: { slotId: 's1' }, metadata: { occurredAt: '2026-09-15T09:00:00+02:00' } }, 3))).toBeUndefined();
  });
});
