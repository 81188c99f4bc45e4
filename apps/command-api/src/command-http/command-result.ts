/** The body of a command's answer (api.md: `{id, revision}`, plus a child id where one was created). */
export interface CommandResult {
  readonly id: string;
  readonly revision: number;
  readonly [childId: string]: string | number;
}

/** The part of a response a route writes headers to. */
export interface HeaderSink {
  setHeader(name: string, value: string): void;
}

/** Sets `ETag: "<revision>"` on the answer and returns its body. */
export function withETag<T extends CommandResult>(response: HeaderSink, result: T): T {
  response.setHeader('ETag', `"${result.revision}"`);
  return result;
}

/** The fields of a request body that were given: DTO instances also carry declared-but-absent fields as `undefined`. */
export function definedOnly<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as T;
}
