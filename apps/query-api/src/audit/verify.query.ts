import { HttpException, Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import {
  checkStream, STORED_EVENT_STORE, latestCheckpoint, listCheckpoints, parsePublicKey, readSealedHashesAt, verifyLog, type EventStore, type VerifyReport,
} from '@kravspar/event-store';
import { DATABASE_POOL } from '@kravspar/postgres';

export type AuditVerification = VerifyReport & { readonly keyIds: readonly string[] };

/** GET /audit/verify: one stream, or the whole log. */
export class VerifyQuery extends Query<AuditVerification> {
  constructor(readonly streamId?: string) {
    super();
  }
}

/**
 * Runs the verification of audit-cli on the server. Signatures are checked against the public keys stored
 * with the checkpoints — query-api holds no signing key — and their ids are returned, for the auditor to
 * compare with the key id they pinned; the independent check is `verify --export` offline.
 */
@QueryHandler(VerifyQuery)
export class VerifyHandler implements IQueryHandler<VerifyQuery> {
  constructor(
    @Inject(STORED_EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(SETTINGS) private readonly settings: KravsparSettings,
  ) {}

  async execute({ streamId }: VerifyQuery): Promise<AuditVerification> {
    const checkpoints = await listCheckpoints(this.pool);
    const keyIds = [...new Set(checkpoints.map((checkpoint) => checkpoint.keyId))];
    if (streamId !== undefined) {
      const events = await this.store.readStream(streamId);
      if (events.length === 0) throw new NotFoundException(`No stream ${streamId}`);
      // Sealed hashes are positions of the PostgreSQL log; other stores' positions have none.
      const sealed = this.settings.EVENT_STORE === 'postgres' ? await readSealedHashesAt(this.pool, events.map((e) => e.position)) : new Map<number, string>();
      return { ...checkStream(events, sealed, (await latestCheckpoint(this.pool))?.treeSize ?? 0), keyIds };
    }
    if (this.settings.EVENT_STORE !== 'postgres') {
      throw new HttpException(`The whole log is verified over the PostgreSQL event log; EVENT_STORE=${this.settings.EVENT_STORE}: verify one stream (?streamId=)`, 501);
    }
    const publicKeys = [...new Set(checkpoints.map((checkpoint) => checkpoint.publicKey))].map(parsePublicKey);
    return { ...(await verifyLog(this.pool, { publicKeys })), keyIds };
  }
}
