import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { CommitmentState } from '@kravspar/domain';
import type { Actor } from '@kravspar/domain/kernel';

/**
 * Slots are the contract's supplier's and the labour-market unit's business (api.md). Another supplier's
 * commitment is answered like a missing one (404); S8 itself is the decider's.
 */
export function assertCommitmentAccess(state: CommitmentState, actor: Actor, commitmentId: string): void {
  if (state.status === 'Absent') throw new NotFoundException(`Commitment ${commitmentId} does not exist`);
  if (actor.role === 'labour-market') return;
  if (actor.role === 'supplier' && actor.supplierId === state.supplierId) return;
  if (actor.role === 'supplier') throw new NotFoundException(`Commitment ${commitmentId} does not exist`);
  throw new ForbiddenException(`The role ${actor.role} may not act on placements`);
}
