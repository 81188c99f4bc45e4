import { registered, started } from '@kravspar/domain/contract/contract.fixtures';
import { established, activated, slotOffered, matched, placementStarted, completed, terms } from '@kravspar/domain/social-commitment/commitment.fixtures';
import { firstPlacementOverdue, reportOverdue } from '@kravspar/domain/social-commitment/follow-up.fixtures';
import { created, proposed, facts } from '@kravspar/domain/referral/referral.fixtures';
import type { DomainEvent } from '@kravspar/domain';
import { commitmentMessages } from './commitment.messages';
import { contractMessages } from './contract.messages';
import { mapStream, recorded } from './gateway.fixtures';
import { referralMessages } from './referral.messages';

describe('contract messages', () => {
  it('announce the start with the contract owner and the period end', () => {
    const [message, ...more] = mapStream(contractMessages, recorded('contract-contract-1', [registered(), started('2026-06-01')]));
    expect(more).toEqual([]);
    expect(message).toMatchObject({
      type: 'kravspar.contract.started.v1',
      subject: 'contract-1',
      data: { contractId: 'contract-1', startDate: '2026-06-01', buyerUnitId: 'unit-waste', periodEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });
  });
});

describe('commitment messages', () => {
  const judged = (type: 'CommitmentFulfilled' | 'CommitmentBreached', placementsCounted: number): DomainEvent => ({
    type,
    data: { unitsRequired: 3, placementsCounted, placements: [{ slotId: 'slot-1', ended: 'completed', startDate: '2026-06-12', monthsServed: 6, counts: true }] },
    metadata: { occurredAt: '2028-06-01T00:00:01+02:00' },
  });
  const history = [established(), activated(), slotOffered(), matched(), placementStarted(), completed(), reportOverdue(), firstPlacementOverdue(), judged('CommitmentBreached', 1)];
  const messages = mapStream(commitmentMessages, recorded(`commitment-${terms.commitmentId}`, history));

  it('map establishment, slots, placements, overdue marks and the judgement', () => {
    expect(messages.map((message) => message.type)).toEqual([
      'kravspar.commitment.established.v1',
      'kravspar.commitment.slot-offered.v1',
      'kravspar.commitment.placement-started.v1',
      'kravspar.commitment.placement-completed.v1',
      'kravspar.commitment.report-overdue.v1',
      'kravspar.commitment.first-placement-overdue.v1',
      'kravspar.commitment.breached.v1',
    ]);
    expect(mapStream(commitmentMessages, recorded('commitment-com-1', [established(), judged('CommitmentFulfilled', 3)])).at(-1)).toMatchObject({
      type: 'kravspar.commitment.fulfilled.v1',
      data: { unitsRequired: 3, placementsCounted: 3 },
    });
  });

  it('address every message: contract owner, supplier and matching unit', () => {
    for (const message of messages) {
      expect(message.subject).toBe(terms.commitmentId);
      expect(message.data).toMatchObject({ commitmentId: 'com-1', contractId: 'contract-1', buyerUnitId: 'unit-waste', supplierId: 's1', matchingUnitId: terms.criterion.matchingUnitId });
    }
    expect(messages[0].data).toMatchObject({ firstPlacementDueDays: terms.criterion.firstPlacementDueDays, unitsRequired: terms.criterion.unitsRequired });
  });

  it('never name the referral, the outcome or the months served', () => {
    const everything = JSON.stringify(messages);
    expect(everything).not.toContain('ref-1');
    expect(everything).not.toMatch(/outcome|monthsServed|placements"/);
  });
});

describe('referral messages', () => {
  it('tell the supplier of a proposal by opaque referral id, without candidate or target group', () => {
    const messages = mapStream(referralMessages, recorded('referral-ref-1', [created(), proposed()]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'kravspar.referral.proposed.v1', subject: 'ref-1', data: { referralId: 'ref-1', commitmentId: 'com-1', slotId: 'slot-1', supplierId: 's1' } });
    expect(JSON.stringify(messages)).not.toContain(facts.candidateRef);
    expect(JSON.stringify(messages)).not.toContain(facts.targetGroupCode);
  });
});
