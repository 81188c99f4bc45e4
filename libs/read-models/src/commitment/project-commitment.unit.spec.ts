import { ProjectionSpec } from '@kravspar/testing';
import { placementCriterion } from '@kravspar/domain/procurement/procurement.fixtures';
import {
  activated, COMMITMENT_ID, commitmentEstablished, commitmentStream, completed, CONTRACT_ID, history, interrupted, matched,
  offered, reopened, started, stored, withdrawn,
} from '../follow-up-events.fixtures';
import { projectCommitment } from './project-commitment';

const spec = ProjectionSpec.for(projectCommitment);
const STREAM = commitmentStream();
const at = (revision: number, ...events: Parameters<typeof stored>[1][]) => events.map((each, i) => stored(STREAM, each, revision + i));
const base = history(STREAM, [commitmentEstablished(), activated(), offered('s1'), offered('s2'), offered('s3')]);

describe('projectCommitment', () => {
  it('makes the Established document from CommitmentEstablished, with an empty funnel of 3 committed', () => {
    const [establishedAt0] = base;
    spec.given([]).when(establishedAt0).then({
      id: COMMITMENT_ID, contractId: CONTRACT_ID, procurementId: 'gotland-2026-01', buyerUnitId: 'waste', supplierId: 'acme',
      criterion: placementCriterion, signedOn: '2026-05-20', year: 2026, status: 'Established', activatedOn: null, slots: [],
      funnel: { committed: 3, offered: 0, matched: 0, started: 0, ongoing: 0, completed: 0, interrupted: 0 },
      revision: 0, updatedAt: establishedAt0.metadata.recordedAt,
    });
  });

  it('activates the commitment with the contract start date', () => {
    spec.given(base.slice(0, 1)).when(base[1]).thenMatches({ status: 'Active', activatedOn: '2026-06-01', revision: 1 });
  });

  it('counts 3 committed, 3 offered, 2 matched once two of three offered slots are matched', () => {
    const [first, second] = at(5, matched('s1'), matched('s2'));
    const document = spec.given([...base, first]).when(second).thenMatches({
      funnel: { committed: 3, offered: 3, matched: 2, started: 0, ongoing: 0, completed: 0, interrupted: 0 },
      revision: 6,
    });
    expect(document.slots.map((slot) => [slot.slotId, slot.status, slot.referralId])).toEqual([
      ['s1', 'Matched', 'ref-s1'], ['s2', 'Matched', 'ref-s2'], ['s3', 'Offered', undefined],
    ]);
    expect(document.slots[0]).toMatchObject({ site: 'Station s1', startWindow: { from: '2026-08-01', to: '2026-09-30' }, matchedAt: '2026-08-03T10:00:00+02:00' });
  });

  it('moves a slot through started and completed, and counts each stage', () => {
    const steps = at(5, matched('s1'), started('s1'), matched('s2'), started('s2'));
    const document = spec.given([...base, ...steps]).when(stored(STREAM, completed('s1'), 9)).thenMatches({
      funnel: { committed: 3, offered: 3, matched: 2, started: 2, ongoing: 1, completed: 1, interrupted: 0 },
    });
    expect(document.slots[0]).toMatchObject({
      status: 'Completed', referralId: 'ref-s1', startedOn: '2026-08-10', completedOn: '2027-02-10', outcomeCode: 'employment', monthsServed: 6,
    });
  });

  it('reopens an interrupted slot: the placement leaves the funnel, the interruption is counted and kept', () => {
    const steps = at(5, matched('s1'), started('s1'));
    const document = spec.given([...base, ...steps]).when(stored(STREAM, interrupted('s1'), 7)).thenMatches({
      funnel: { committed: 3, offered: 3, matched: 0, started: 0, ongoing: 0, completed: 0, interrupted: 1 },
    });
    expect(document.slots[0]).toEqual({
      slotId: 's1', site: 'Station s1', startWindow: { from: '2026-08-01', to: '2026-09-30' }, status: 'Offered',
      offeredAt: '2026-06-01T09:00:00+02:00', interruptions: [{ date: '2026-09-15', reasonCode: 'participantIll' }],
    });
  });

  it('keeps counting interruptions after the slot is reopened and filled again', () => {
    const steps = at(5, matched('s1'), started('s1'), interrupted('s1'), reopened('s1'), matched('s1', 'ref-again'));
    spec.given([...base, ...steps.slice(0, -1)]).when(steps.at(-1)!).thenMatches({
      funnel: { committed: 3, offered: 3, matched: 1, started: 0, ongoing: 0, completed: 0, interrupted: 1 },
    });
  });

  it('takes a withdrawn slot off the offer', () => {
    spec.given(base).when(stored(STREAM, withdrawn('s3'), 5)).thenMatches({
      funnel: { committed: 3, offered: 2, matched: 0, started: 0, ongoing: 0, completed: 0, interrupted: 0 },
    });
  });

  it('counts 0 committed for a criterion without placements', () => {
    const [other] = history(STREAM, [commitmentEstablished(COMMITMENT_ID, { criterion: { criterionId: 'c-env', instrument: 'awardCriterion' } })]);
    spec.given([]).when(other).thenMatches({ funnel: { committed: 0, offered: 0, matched: 0, started: 0, ongoing: 0, completed: 0, interrupted: 0 } });
  });

  it('changes nothing when an event arrives twice or an older one arrives late', () => {
    const [first] = at(5, interrupted('s1'));
    spec.given([...base, first]).when(first).thenUnchanged();
    spec.given([...base, first]).when(base[2]).thenUnchanged();
  });

  it('does not count an interruption delivered twice', () => {
    const steps = at(5, matched('s1'), started('s1'), interrupted('s1'));
    const document = spec.given([...base, ...steps, steps[2]]).document!;
    expect(document.funnel.interrupted).toBe(1);
  });

  it('leaves the document as it is for an event type it does not know, and makes none before the establishment', () => {
    const unknown = { ...stored(STREAM, reopened('s1'), 5), type: 'SupplierReportSubmitted' };
    spec.given(base).when(unknown).thenUnchanged();
    spec.given([]).when(base[2]).then(undefined);
  });
});
