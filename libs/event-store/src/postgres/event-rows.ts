import type { EventMetadata, JsonObject, RecordedEvent } from '../event-store.port';

/** A row of the `events` table as node-postgres returns it. */
export interface EventRow {
  position: string | number;
  stream_id: string;
  revision: number;
  type: string;
  data: JsonObject;
  metadata: Omit<EventMetadata, 'prevHash' | 'hash'>;
  prev_hash: string;
  hash: string;
}

export const EVENT_COLUMNS = 'position, stream_id, revision, type, data, metadata, prev_hash, hash';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    revision: row.revision,
    position: Number(row.position),
    type: row.type,
    data: row.data,
    metadata: { ...row.metadata, prevHash: row.prev_hash, hash: row.hash },
  };
}

/** Escapes LIKE wildcards so a stream prefix matches literally. */
export function likePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}
