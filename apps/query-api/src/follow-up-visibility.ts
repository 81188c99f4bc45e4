import type { Actor, Role } from '@kravspar/domain';

// Who may see what of a contract and its commitments: every follow-up route that answers with contract
// data goes through here.

/** api.md §Roles: every role but supplier and admin. */
export const INTERNAL_ROLES = ['procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'auditor'] as const satisfies readonly Role[];

/**
 * Internal roles see every contract and commitment; a supplier only those of its own contracts. The route
 * lets suppliers in, so this check decides, and a foreign supplier gets the same 404 as for an unknown id
 * (api.md §Conventions: another supplier's object → 404), learning nothing of other contracts.
 */
export function seesContractOf(actor: Actor, contractSupplierId: string): boolean {
  if (actor.role !== 'supplier') return (INTERNAL_ROLES as readonly Role[]).includes(actor.role);
  return actor.supplierId !== undefined && actor.supplierId === contractSupplierId;
}
