import type { Actor } from '@kravspar/domain';
import { seesContractOf } from './follow-up-visibility';

const actor = (role: Actor['role'], supplierId?: string): Actor => ({ userId: 'u-1', role, unitId: 'unit', ...(supplierId ? { supplierId } : {}) });

describe('seesContractOf', () => {
  it('lets every internal role see any contract', () => {
    for (const role of ['procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'auditor'] as const) {
      expect(seesContractOf(actor(role), 'acme')).toBe(true);
    }
  });

  it('lets a supplier see only its own contracts, and one without a supplier id none', () => {
    expect(seesContractOf(actor('supplier', 'acme'), 'acme')).toBe(true);
    expect(seesContractOf(actor('supplier', 'bygg'), 'acme')).toBe(false);
    expect(seesContractOf(actor('supplier'), 'acme')).toBe(false);
  });

  it('shows admin and system nothing', () => {
    expect(seesContractOf(actor('admin'), 'acme')).toBe(false);
    expect(seesContractOf(actor('system'), 'acme')).toBe(false);
  });
});
