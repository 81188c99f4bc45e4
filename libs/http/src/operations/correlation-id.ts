import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

export const CORRELATION_HEADER = 'x-correlation-id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,100}$/;

export interface RequestWithCorrelation {
  headers: Record<string, string | string[] | undefined>;
  correlationId?: string;
}

/** Takes the caller's `X-Correlation-Id` when it is sane, or makes one; echoes it on the response. */
export function correlationIdMiddleware(
  request: RequestWithCorrelation,
  response: { setHeader(name: string, value: string): void },
  next: () => void,
): void {
  const given = request.headers[CORRELATION_HEADER];
  request.correlationId = typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
  response.setHeader('X-Correlation-Id', request.correlationId);
  next();
}

/** The request's correlation id, which events written for it carry as `correlationId`. */
export const CorrelationId = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    context.switchToHttp().getRequest<RequestWithCorrelation>().correlationId ?? randomUUID(),
);
