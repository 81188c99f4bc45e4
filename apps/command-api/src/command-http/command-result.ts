/** The body of a command's answer (api.md: `{id, revision}`, plus a child id where one was created). */
export interface CommandResult {
  readonly id: string;
  readonly revision: number;
  readonly [childId: string]: string | number;
}

/** Sets `ETag: "<revision>"` on the answer and returns its body. */
export function withETag<T extends CommandResult>(response: { setHeader(name: string, value: string): void }, result: T): T {
  response.setHeader('ETag', `"${result.revision}"`);
  return result;
}

/** The fields of a request body that were given: DTO instances also carry declared-but-absent fields as `undefined`. */
export function definedOnly<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as T;
}
