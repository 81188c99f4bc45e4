import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, of, switchMap, type Observable } from 'rxjs';
import type { Actor } from '@kravspar/domain/kernel';
import { PROBLEM_TYPES, ProblemError } from '@kravspar/http';
import { fingerprintOf, IdempotencyStore } from './idempotency-store';

interface Request {
  method: string;
  originalUrl: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}
interface Response {
  statusCode: number;
  status(code: number): Response;
  setHeader(name: string, value: string): void;
  getHeader(name: string): unknown;
}

/**
 * `Idempotency-Key` on a POST: the first successful answer is kept and returned to every repeat with the
 * same caller and body, whatever its `If-Match`; the same key with another body → 422. The write path
 * stores nothing twice on its own (event ids derive from the key); this makes the answer the same too.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.actor) return next.handle();

    const path = request.originalUrl.split('?')[0];
    const fingerprint = fingerprintOf(request.actor.userId, request.method, path, request.body);
    return from(this.store.find(key)).pipe(
      switchMap((earlier) => {
        if (earlier && earlier.fingerprint !== fingerprint) throw keyReused();
        if (earlier) {
          response.status(earlier.status);
          for (const [name, value] of Object.entries(earlier.headers)) response.setHeader(name, value);
          return of(earlier.body);
        }
        return next.handle().pipe(
          switchMap((body) => {
            const etag = response.getHeader('ETag');
            const headers: Record<string, string> = typeof etag === 'string' ? { ETag: etag } : {};
            const answer = { fingerprint, status: response.statusCode, body, headers };
            return from(this.store.remember(key, answer)).pipe(switchMap(() => of(body)));
          }),
        );
      }),
    );
  }
}

function keyReused(): ProblemError {
  return new ProblemError({
    type: PROBLEM_TYPES.idempotencyKeyReused,
    title: 'Idempotency key reused',
    status: 422,
    detail: 'This Idempotency-Key was used for a different request; use a new key for a new request',
  });
}
