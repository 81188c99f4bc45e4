import pg from 'pg';

/** Pool settings; each has a default suited to a small service. */
export interface PoolOptions {
  /** Most connections open at once. Default 10. */
  max?: number;
  /** An idle connection is closed after this long. Default 10 s. */
  idleTimeoutMillis?: number;
  /** Waiting for a connection fails after this long. Default 10 s. */
  connectionTimeoutMillis?: number;
  /** Shown in `pg_stat_activity`, so a connection can be traced to its process. */
  applicationName?: string;
  /**
   * Receives errors of idle connections (e.g. the server restarted). The pool drops such a connection and
   * opens a new one on demand; without a listener, `pg` would crash the process. Default: ignore.
   */
  onIdleError?: (error: Error) => void;
  /**
   * The schemas unqualified table names resolve in, set for every connection (e.g. a read-model rebuild's
   * scratch schema). Plain lower-case identifiers, comma-separated. Default: the server's.
   */
  searchPath?: string;
}

const INT8_OID = 20;

/**
 * A `pg.Pool` whose bigint (int8) columns arrive as JS numbers: positions, revisions and counts stay far
 * below 2^53. A larger value fails the query instead of silently losing precision. The parser is set on
 * this pool only, not on `pg`'s global type registry.
 */
export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    idleTimeoutMillis: options.idleTimeoutMillis ?? 10_000,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    application_name: options.applicationName,
    ...(options.searchPath === undefined ? {} : { options: `-c search_path=${checkedSearchPath(options.searchPath)}` }),
    // A process with nothing left to do may exit even while idle connections remain (a CLI, a test).
    allowExitOnIdle: true,
    types: { getTypeParser: getTypeParser as pg.CustomTypesConfig['getTypeParser'] },
  });
  const onError = options.onIdleError ?? (() => undefined);
  pool.on('error', onError);
  // A connection can also die while checked out but between two queries (a transaction in progress, the
  // server terminating backends). pg then emits 'error' on the client, and with no listener that ends the
  // process; with this one the holder's next query fails instead, and the pool drops the broken client.
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}

function getTypeParser(oid: number, format?: 'text' | 'binary'): unknown {
  if (oid === INT8_OID && format !== 'binary') return parseInt8;
  return pg.types.getTypeParser(oid, format ?? 'text');
}

/** Parses an int8 column's text form; throws a RangeError beyond the safe integer range. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`bigint ${text} is outside the safe integer range of a JS number`);
  }
  return value;
}

function checkedSearchPath(searchPath: string): string {
  if (!/^[a-z_][a-z0-9_]*(,[a-z_][a-z0-9_]*)*$/.test(searchPath)) throw new Error(`not a search path of plain schema names: '${searchPath}'`);
  return searchPath;
}
