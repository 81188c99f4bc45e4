import { ValidationProblem } from './validation';

/** No request of ours nests this deep; a body that does is refused before anything walks it recursively. */
export const MAX_NESTING = 32;

/** Whether `value` nests arrays or objects deeper than `limit` levels; walks without recursion. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * JSON nested a few thousand levels deep parses, but whatever walks it recursively afterwards (the
 * idempotency fingerprint, class-transformer) overflows the stack: a 500. Refused first, as a 400.
 */
export function nestingLimitMiddleware(request: { body?: unknown }, _response: unknown, next: (error?: unknown) => void): void {
  if (nestsDeeperThan(request.body, MAX_NESTING)) {
    next(new ValidationProblem([{ field: 'body', message: `must not nest deeper than ${MAX_NESTING} levels` }]));
    return;
  }
  next();
}
