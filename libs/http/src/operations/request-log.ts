import { Logger } from '@nestjs/common';
import { Histogram, type Registry } from 'prom-client';
import type { RequestWithCorrelation } from './correlation-id';

interface LoggedRequest extends RequestWithCorrelation {
  method: string;
  originalUrl: string;
  route?: { path?: string };
}
interface LoggedResponse {
  statusCode: number;
  on(event: 'finish', listener: () => void): void;
}

const DURATION = 'kravspar_http_request_duration_seconds';

/** Headers worth a log line; `authorization` only as `[redacted]`, never its value. */
export function loggableHeaders(headers: RequestWithCorrelation['headers']): Record<string, string> {
  const kept: Record<string, string> = {};
  if (headers.authorization) kept.authorization = '[redacted]';
  for (const name of ['content-type', 'content-length', 'idempotency-key', 'if-match', 'user-agent']) {
    const value = headers[name];
    if (typeof value === 'string') kept[name] = value;
  }
  return kept;
}

/**
 * One JSON log line and one histogram observation per request. Bodies are never logged: they may hold
 * a candidate's identity. The path is logged without its query string for the same reason.
 */
export function requestLogMiddleware(appName: string, registry: Registry) {
  const logger = new Logger('Http');
  const duration =
    (registry.getSingleMetric(DURATION) as Histogram<'app' | 'method' | 'route' | 'status'> | undefined) ??
    new Histogram({
      name: DURATION,
      help: 'HTTP request duration by app, method, route and status',
      labelNames: ['app', 'method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
  return (request: LoggedRequest, response: LoggedResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = request.route?.path ?? 'unmatched';
      duration.observe({ app: appName, method: request.method, route, status: String(response.statusCode) }, seconds);
      logger.log({
        msg: 'request',
        method: request.method,
        path: request.originalUrl.split('?')[0],
        status: response.statusCode,
        durationMs: Math.round(seconds * 1000),
        correlationId: request.correlationId,
        headers: loggableHeaders(request.headers),
      });
    });
    next();
  };
}
