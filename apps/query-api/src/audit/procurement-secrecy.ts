import type { Pool } from 'pg';
import { PROCUREMENT_STREAM_CATEGORY } from '@kravspar/domain';
import type { ProcurementDocument } from '@kravspar/read-models';
import { findProcurement } from '@kravspar/read-store';
import type { ProcurementSecrecy } from './audit-visibility';

/**
 * Whether P5 still holds for a stream, from the procurement's read model (the same `bidsDisclosedAt` every
 * route uses). A procurement not projected yet counts as undisclosed: lag errs on the side of secrecy.
 * Streams other than procurements carry no bids.
 */
export async function readProcurementSecrecy(pool: Pool, streamId: string): Promise<ProcurementSecrecy | undefined> {
  const prefix = `${PROCUREMENT_STREAM_CATEGORY}-`;
  if (!streamId.startsWith(prefix)) return { buyerUnitId: '', bidsDisclosed: true };
  const document = await findProcurement<ProcurementDocument>(pool, streamId.slice(prefix.length));
  return document && { buyerUnitId: document.buyerUnitId, bidsDisclosed: document.bidsDisclosedAt !== undefined };
}
