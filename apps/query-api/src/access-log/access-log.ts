import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { CLOCK, type Clock } from '@kravspar/clock';
import type { Actor } from '@kravspar/domain';
import { DATABASE_POOL } from '@kravspar/postgres';
import type { ProcurementDocument } from '@kravspar/read-models';

/** What was read: bids before their secrecy ended (P5), or a candidate's identity from the vault. */
export const ACCESS_KINDS = ['bid-details', 'candidate-data'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** One recorded read. Ids only: never a token, a bid's content or a candidate's field. */
export interface AccessLogEntry {
  readonly id: number;
  readonly readAt: string;
  readonly kind: AccessKind;
  readonly actor: { readonly userId: string; readonly role: string; readonly unitId: string | null; readonly supplierId: string | null };
  /** The route template, e.g. `GET /referrals/{id}`. */
  readonly route: string;
  readonly objectIds: readonly string[];
  readonly correlationId: string | null;
}

/** Where a read happened: the route template and the request's correlation id. */
export interface ReadContext {
  readonly route: string;
  readonly correlationId?: string;
}

/**
 * Records reads of secret data before answering them: if the entry cannot be written the read fails, so
 * no secret leaves unrecorded.
 */
@Injectable()
export class AccessLog {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A procurement answer that carries bids while P5 still holds (before the award notification). */
  async recordBidDetails(actor: Actor, context: ReadContext, document: Pick<ProcurementDocument, 'id' | 'bids' | 'bidsDisclosedAt'>): Promise<void> {
    if (document.bidsDisclosedAt !== undefined || document.bids.length === 0) return;
    await this.record('bid-details', actor, context, [document.id, ...document.bids.map((bid) => bid.bidId)]);
  }

  /** A referral answer, which carries the candidate's identity decrypted from the vault. */
  async recordCandidateData(actor: Actor, context: ReadContext, referral: { id: string; candidateRef: string }): Promise<void> {
    await this.record('candidate-data', actor, context, [referral.id, referral.candidateRef]);
  }

  private async record(kind: AccessKind, actor: Actor, context: ReadContext, objectIds: readonly string[]): Promise<void> {
    const readAt = await this.clock.now();
    await this.pool.query(
      `INSERT INTO access_log (read_at, kind, user_id, role, unit_id, supplier_id, route, object_ids, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [readAt, kind, actor.userId, actor.role, actor.unitId || null, actor.supplierId ?? null, context.route, objectIds, context.correlationId ?? null],
    );
  }
}
