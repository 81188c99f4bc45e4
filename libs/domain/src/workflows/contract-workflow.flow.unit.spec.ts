import { fold, type CommandMetadata } from '../kernel';
import { contractDecider } from '../contract/contract.decider';
import { registrationOf } from '../contract/state';
import { registration } from '../contract/contract.fixtures';
import { commitmentDecider } from '../social-commitment/commitment.decider';
import { commitmentWorkflow, contractWorkflow } from './contract-workflow';
import type { WorkflowTrigger } from './workflow-command';

// The workflow's commands, with the metadata the projector adds, pass the deciders they are meant for.
const metadata: CommandMetadata = { actor: { userId: 'workflow', role: 'system', unitId: 'system' }, now: '2026-06-01T10:00:00+02:00' };
const stored = (streamId: string, event: { type: string; data: object }, eventId: string): WorkflowTrigger => ({
  streamId,
  type: event.type,
  data: event.data as Record<string, unknown>,
  metadata: { eventId, occurredAt: metadata.now },
});

describe('the contract workflow with the deciders', () => {
  it('opens the contract, establishes its commitments, and activates them when the contract starts', () => {
    const { contractId, bidId, supplierId, signedAt, period, criteria } = registration;
    const signed = stored('procurement-gotland-2026-01', { type: 'ContractSigned', data: { contractId, bidId, supplierId, signedAt, period, criteria } }, 'e1');
    const [register] = contractWorkflow(signed, 'unit-waste');
    const contractEvents = contractDecider.decide({ ...register!.command, metadata }, contractDecider.initialState);
    const started = contractDecider.decide({ type: 'StartContract', data: { date: '2026-06-01' }, metadata }, fold(contractDecider, contractEvents));
    const contract = fold(contractDecider, [...contractEvents, ...started]);
    expect(contract.status).toBe('Started');

    const establish = commitmentWorkflow(stored(register!.streamId, contractEvents[0]!, 'e2'));
    const activate = commitmentWorkflow(stored(register!.streamId, started[0]!, 'e3'), registrationOf(contract));
    expect(activate.map((command) => command.streamId)).toEqual(establish.map((command) => command.streamId));
    for (const [index, { command }] of establish.entries()) {
      const opened = commitmentDecider.decide({ ...command, metadata }, commitmentDecider.initialState);
      const active = commitmentDecider.decide({ ...activate[index]!.command, metadata }, fold(commitmentDecider, opened));
      expect(fold(commitmentDecider, [...opened, ...active])).toMatchObject({ status: 'Active', contractId: 'contract-1', supplierId: 's1' });
    }
  });
});
