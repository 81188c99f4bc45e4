import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import canonicalize from 'canonicalize';

export interface StoredAnswer {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
}

/** What makes two requests "the same": caller, method, path and body (as canonical JSON). */
export function fingerprintOf(userId: string, method: string, path: string, body: unknown): string {
  const canonical = canonicalize({ userId, method, path, body: body ?? null }) ?? '';
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The first answer per idempotency key. */
export class IdempotencyStore {
  constructor(private readonly pool: Pool) {}

  async find(key: string): Promise<StoredAnswer | undefined> {
    const { rows } = await this.pool.query<StoredAnswer>(
      'SELECT fingerprint, status, body, headers FROM idempotency_records WHERE key = $1',
      [key],
    );
    return rows[0];
  }

  /**
   * Drops the answers about these resources (`{id, …}` bodies). Erasure needs it: a fingerprint is a hash
   * of the request body, and a hash of a referral's body would let anyone who guesses a name confirm it.
   */
  async forgetAnswersAbout(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query(`DELETE FROM idempotency_records WHERE body->>'id' = ANY($1)`, [ids]);
  }

  /** Keeps the first answer: a concurrent copy that finished second does not overwrite it. */
  async remember(key: string, answer: StoredAnswer): Promise<void> {
    await this.pool.query(
      `INSERT INTO idempotency_records (key, fingerprint, status, body, headers) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO NOTHING`,
      [key, answer.fingerprint, answer.status, JSON.stringify(answer.body), JSON.stringify(answer.headers)],
    );
  }
}
