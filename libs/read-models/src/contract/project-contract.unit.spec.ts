import { ProjectionSpec } from '@kravspar/testing';
import {
  activated, COMMITMENT_ID, commitmentEstablished, commitmentStream, CONTRACT_ID, contractRegistered, contractStream, event, history, offered,
  stored,
} from '../follow-up-events.fixtures';
import { commitmentIdOf, contractIdOf, projectContract, projectContractCommitment } from './project-contract';

const contracts = ProjectionSpec.for(projectContract);
const [registeredAt0, startedAt1] = history(contractStream(), [contractRegistered(), event('ContractStarted', { date: '2026-06-01' })]);

describe('projectContract', () => {
  it('makes the Registered contract from ContractRegistered, keyed by the stream id', () => {
    contracts.given([]).when(registeredAt0).then({
      id: CONTRACT_ID, procurementId: 'gotland-2026-01', buyerUnitId: 'waste', supplierId: 'acme', bidId: 'bid-acme',
      signedAt: '2026-05-20T10:00:00+02:00', period: { start: '2026-06-01', end: '2028-05-31' }, startedOn: null, status: 'Registered',
      revision: 0, updatedAt: registeredAt0.metadata.recordedAt,
    });
  });

  it('records the start', () => {
    contracts.given([registeredAt0]).when(startedAt1).thenMatches({ status: 'Started', startedOn: '2026-06-01', revision: 1, updatedAt: startedAt1.metadata.recordedAt });
  });

  it('changes nothing for a repeated or older event, a later event type, or an event before the registration', () => {
    contracts.given([registeredAt0, startedAt1]).when(startedAt1).thenUnchanged();
    contracts.given([registeredAt0, startedAt1]).when(registeredAt0).thenUnchanged();
    contracts.given([registeredAt0, startedAt1]).when({ ...stored(contractStream(), offered('x'), 2), type: 'FollowUpMeetingHeld' }).thenUnchanged();
    contracts.given([]).when(startedAt1).then(undefined);
  });
});

const entries = ProjectionSpec.for(projectContractCommitment);
const [establishedAt0, activatedAt1, offeredAt2] = history(commitmentStream(), [commitmentEstablished(), activated(), offered('s1')]);

describe('projectContractCommitment', () => {
  it('lists the commitment under the contract CommitmentEstablished names, and activates it', () => {
    entries.given([]).when(establishedAt0).then({
      id: COMMITMENT_ID, contractId: CONTRACT_ID, criterionId: 'crit-work-training', placementType: 'workTraining', unitsRequired: 3,
      status: 'Established', revision: 0,
    });
    entries.given([establishedAt0]).when(activatedAt1).thenMatches({ status: 'Active', revision: 1 });
  });

  it('passes over slot events, repeats, and events of a commitment it has not seen established', () => {
    entries.given([establishedAt0, activatedAt1]).when(offeredAt2).thenUnchanged();
    entries.given([establishedAt0, activatedAt1]).when(activatedAt1).thenUnchanged();
    entries.given([]).when(activatedAt1).then(undefined);
  });

  it('gives null placement fields for a criterion without placements', () => {
    const [other] = history(commitmentStream('c-2'), [commitmentEstablished('c-2', { criterion: { criterionId: 'c-env', instrument: 'awardCriterion' } })]);
    entries.given([]).when(other).thenMatches({ id: 'c-2', placementType: null, unitsRequired: null });
  });
});

describe('stream ids', () => {
  it('takes the id from its own category and refuses another', () => {
    expect(contractIdOf('contract-k-1')).toBe('k-1');
    expect(commitmentIdOf('commitment-c-1')).toBe('c-1');
    expect(() => contractIdOf('commitment-c-1')).toThrow('not a contract stream');
  });
});
