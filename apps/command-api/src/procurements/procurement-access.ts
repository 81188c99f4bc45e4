import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { ProcurementState } from '@kravspar/domain';
import type { Actor } from '@kravspar/domain/kernel';

/**
 * Who may act on an existing procurement, beyond the roles the route admits (api.md §Roles), checked
 * against its folded state. Plain data, so a command message stays plain data.
 */
export type ProcurementAccess =
  | { readonly kind: 'team' }
  | { readonly kind: 'team-or-social-welfare' }
  /** A supplier acting on a published procurement (a question, a bid). */
  | { readonly kind: 'supplier' }
  /** The supplier who placed the bid. */
  | { readonly kind: 'bidder'; readonly bidId: string };

export const TEAM: ProcurementAccess = { kind: 'team' };

/** Throws 404 where the actor may not know the procurement (or bid) exists, 403 where it may. */
export function assertAccess(state: ProcurementState, actor: Actor, procurementId: string, access: ProcurementAccess): void {
  const notFound = () => new NotFoundException(`Procurement ${procurementId} does not exist`);
  if (state.status === 'Absent') throw notFound();
  switch (access.kind) {
    case 'team':
    case 'team-or-social-welfare': {
      const inTeam = actor.role === 'procurement-officer' || (actor.role === 'buyer' && actor.unitId === state.buyerUnitId);
      if (inTeam || (access.kind === 'team-or-social-welfare' && actor.role === 'social-welfare')) return;
      throw new ForbiddenException(`Only the procurement team of ${procurementId} may do this`);
    }
    case 'supplier':
      // Suppliers see published procurements only (api.md): one still in planning does not exist for them.
      if (state.status === 'Planning') throw notFound();
      return;
    case 'bidder': {
      const bid = 'bids' in state ? state.bids?.[access.bidId] : undefined;
      // Someone else's bid is answered like a missing one (api.md: another supplier's object → 404).
      if (!bid || bid.supplierId !== actor.supplierId) throw new NotFoundException(`Bid ${access.bidId} does not exist`);
      return;
    }
    default: {
      const _exhaustive: never = access;
      return _exhaustive;
    }
  }
}
