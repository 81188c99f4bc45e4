import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Pool } from 'pg';
import { isCandidateErased, referralDecider, referralStreamId, type ReferralState } from '@kravspar/domain';
import { WrongExpectedRevisionError } from '@kravspar/event-store';
import { PII_VAULT, type PiiVault } from '@kravspar/pii-vault';
import { DATABASE_POOL } from '@kravspar/postgres';
import { findReferralIdsByCandidate } from '@kravspar/read-store';
import type { CommandRequest } from '../command-http/command-request';
import { StreamWriter } from '../command-http/stream-writer';
import { IdempotencyStore } from '../idempotency/idempotency-store';

// A concurrent write to the same referral (an answer, another erasure) only needs the command decided again.
const ATTEMPTS = 3;

/**
 * Erasure of a candidate (domain.md §3, R3): the vault destroys the key first, then each referral of the
 * candidate records `CandidateDataErased`. A crash in between leaves the key gone — the safe side, as every
 * read then finds nothing to decrypt and R3 asks the vault too — and a repeat appends what is missing.
 */
@Injectable()
export class CandidateErasure {
  constructor(
    private readonly writer: StreamWriter,
    private readonly answers: IdempotencyStore,
    @Inject(PII_VAULT) private readonly vault: PiiVault,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
  ) {}

  /** Throws 404 for a reference the vault never stored; otherwise erases, however often it is repeated. */
  async erase(candidateRef: string, request: CommandRequest): Promise<void> {
    if (!(await this.vault.erase(candidateRef))) throw new NotFoundException('No such candidate');
    // The referrals read model maps references to referrals, so no handler scans the event store. A referral
    // it does not show yet still reads as erased (the key is gone) and is reached by a repeat.
    const referralIds = await findReferralIdsByCandidate(this.pool, candidateRef);
    for (const referralId of referralIds) await this.recordOn(referralId, candidateRef, request);
    await this.answers.forgetAnswersAbout(referralIds);
  }

  /**
   * R3 as the referral stream and the vault tell it: the stream once `CandidateDataErased` is on it, the
   * vault from the moment the key is gone.
   */
  async isErased(referral: ReferralState): Promise<boolean> {
    if (referral.status === 'Absent') return false;
    return isCandidateErased(referral) || this.vault.isErased(referral.candidateRef);
  }

  private async recordOn(referralId: string, candidateRef: string, request: CommandRequest): Promise<void> {
    // One key per candidate: the events' ids derive from it, so racing repeats store one event per referral.
    const erasure: CommandRequest = { actor: request.actor, correlationId: request.correlationId, idempotencyKey: `candidate-erasure:${candidateRef}` };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.writer.execute(referralStreamId(referralId), referralDecider, erasure, (metadata) => ({
          type: 'EraseCandidateData' as const,
          data: { candidateRef },
          metadata,
        }));
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}
