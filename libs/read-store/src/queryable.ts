import type { QueryResult, QueryResultRow } from 'pg';

/**
 * What the read-store functions need of a connection: a `pg.Pool` for single reads, or a `PoolClient` inside
 * the projector's transaction, so that read-model writes and the checkpoint commit together.
 */
export interface Queryable {
  query<Row extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
}
