import { validate, version } from 'uuid';
import { registration } from '../contract/contract.fixtures';
import { awardCriterion, placementCriterion } from '../procurement/procurement.fixtures';
import { commitmentIdFor, commitmentWorkflow, contractWorkflow } from './contract-workflow';
import type { WorkflowTrigger } from './workflow-command';

const trigger = (streamId: string, type: string, data: object, eventId = `e-${type}`): WorkflowTrigger => ({
  streamId,
  type,
  data: data as Record<string, unknown>,
  metadata: { eventId, occurredAt: '2026-05-04T14:00:00+02:00' },
});

const { contractId, bidId, supplierId, signedAt, period, criteria } = registration;
const signed = trigger('procurement-gotland-2026-01', 'ContractSigned', { contractId, bidId, supplierId, signedAt, period, criteria });
const registeredEvent = trigger('contract-contract-1', 'ContractRegistered', registration);
const startedEvent = trigger('contract-contract-1', 'ContractStarted', { date: '2026-06-01' });

describe('the contract workflow', () => {
  it('ContractSigned → RegisterContract on contract-<contractId>, with the buyer unit the caller read', () => {
    expect(contractWorkflow(signed, 'unit-waste')).toEqual([
      { streamId: 'contract-contract-1', command: { type: 'RegisterContract', data: registration }, idempotencyKey: 'register-contract:e-ContractSigned' },
    ]);
  });

  it('asks for nothing on other events or streams', () => {
    expect(contractWorkflow(trigger('procurement-p', 'AwardDecided', {}), 'unit-waste')).toEqual([]);
    expect(contractWorkflow({ ...signed, streamId: 'contract-x' }, 'unit-waste')).toEqual([]);
    expect(commitmentWorkflow(trigger('contract-contract-1', 'FollowUpMeetingHeld', {}))).toEqual([]);
    expect(commitmentWorkflow({ ...registeredEvent, streamId: 'procurement-p' })).toEqual([]);
  });

  it('ContractRegistered → one EstablishCommitment per criterion, signed on the Stockholm date of the signing', () => {
    const commands = commitmentWorkflow(registeredEvent);
    expect(commands).toHaveLength(2);
    const [placement, award] = commands;
    const placementId = commitmentIdFor('contract-1', placementCriterion.criterionId);
    expect(placement).toEqual({
      streamId: `commitment-${placementId}`,
      command: {
        type: 'EstablishCommitment',
        data: {
          commitmentId: placementId,
          contractId: 'contract-1',
          procurementId: 'gotland-2026-01',
          buyerUnitId: 'unit-waste',
          supplierId: 's1',
          criterion: placementCriterion,
          signedOn: '2026-05-04',
        },
      },
      idempotencyKey: 'establish-commitment:e-ContractRegistered:crit-work-training',
    });
    expect(award?.command.data).toMatchObject({ criterion: awardCriterion, commitmentId: commitmentIdFor('contract-1', 'crit-award') });
  });

  it('dates a signing late in the evening UTC by its Stockholm day', () => {
    const late = trigger('contract-contract-1', 'ContractRegistered', { ...registration, signedAt: '2026-05-04T22:30:00Z' });
    expect(commitmentWorkflow(late)[0]?.command.data).toMatchObject({ signedOn: '2026-05-05' });
  });

  it('ContractStarted → ActivateCommitment for each commitment of the contract', () => {
    expect(commitmentWorkflow(startedEvent, registration)).toEqual(
      criteria.map((criterion) => ({
        streamId: `commitment-${commitmentIdFor('contract-1', criterion.criterionId)}`,
        command: { type: 'ActivateCommitment', data: { contractStartDate: '2026-06-01' } },
        idempotencyKey: `activate-commitment:e-ContractStarted:${criterion.criterionId}`,
      })),
    );
  });

  it('refuses to guess the commitments of a start without that contract\'s registration', () => {
    expect(() => commitmentWorkflow(startedEvent)).toThrow('needs that contract');
    expect(() => commitmentWorkflow(startedEvent, { ...registration, contractId: 'contract-2' })).toThrow('needs that contract');
  });

  it('gives the same commands and keys for the same event twice, and other keys for another event', () => {
    expect(commitmentWorkflow(registeredEvent)).toEqual(commitmentWorkflow({ ...registeredEvent }));
    expect(contractWorkflow(signed, 'unit-waste')).toEqual(contractWorkflow({ ...signed }, 'unit-waste'));
    const again = commitmentWorkflow({ ...registeredEvent, metadata: { ...registeredEvent.metadata, eventId: 'e-other' } });
    expect(again.map((command) => command.streamId)).toEqual(commitmentWorkflow(registeredEvent).map((command) => command.streamId));
    expect(again[0]?.idempotencyKey).not.toBe(commitmentWorkflow(registeredEvent)[0]?.idempotencyKey);
  });

  it('derives commitment ids as UUID v5, deterministic and distinct per contract and criterion', () => {
    const id = commitmentIdFor('contract-1', 'crit-work-training');
    expect(validate(id) && version(id)).toBe(5);
    expect(commitmentIdFor('contract-1', 'crit-work-training')).toBe(id);
    expect(new Set([id, commitmentIdFor('contract-2', 'crit-work-training'), commitmentIdFor('contract-1', 'crit-award')]).size).toBe(3);
    // The separator keeps ('a-b', 'c') and ('a', 'b-c') apart.
    expect(commitmentIdFor('a-b', 'c')).not.toBe(commitmentIdFor('a', 'b-c'));
  });
});
