import type { Actor, CommandMetadata, Instant } from '../kernel';
import { awardCriterion, placementCriterion } from '../procurement/procurement.fixtures';
import type { ContractRegistered, ContractRegistration, ContractStarted, RegisterContract, StartContract } from './messages';

// Test data for the contract specs (not exported from the lib): the Gotland contract, signed in May 2026.

export const NOW: Instant = '2026-06-01T10:00:00+02:00';
export const system: Actor = { userId: 'workflow', role: 'system', unitId: 'system' };
export const buyer: Actor = { userId: 'buyer-1', role: 'buyer', unitId: 'unit-waste' };
const meta = (now: Instant, actor: Actor = system): CommandMetadata => ({ actor, now });

export const registration: ContractRegistration = {
  contractId: 'contract-1',
  procurementId: 'gotland-2026-01',
  buyerUnitId: 'unit-waste',
  supplierId: 's1',
  bidId: 'b1',
  signedAt: '2026-05-04T14:00:00+02:00',
  period: { start: '2026-06-01', end: '2028-05-31' },
  criteria: [placementCriterion, awardCriterion],
};

export const register = (data: Partial<ContractRegistration> = {}, now: Instant = NOW): RegisterContract => ({
  type: 'RegisterContract',
  data: { ...registration, ...data },
  metadata: meta(now),
});

export const registered = (data: Partial<ContractRegistration> = {}, at: Instant = NOW): ContractRegistered => ({
  type: 'ContractRegistered',
  data: { ...registration, ...data },
  metadata: { occurredAt: at, ruleRefs: ['T1'] },
});

export const start = (date = '2026-06-01', now: Instant = NOW): StartContract => ({
  type: 'StartContract',
  data: { date },
  metadata: meta(now, buyer),
});

export const started = (date = '2026-06-01', occurredAt: Instant = '2026-05-31T22:00:00.000Z'): ContractStarted => ({
  type: 'ContractStarted',
  data: { date },
  metadata: { occurredAt, ruleRefs: ['C3', 'T1'] },
});
