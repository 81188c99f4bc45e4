import { Catch, HttpException, Inject, Logger, Optional, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { isDomainError } from '@kravspar/domain/kernel';
import { PROBLEM_MAPPERS, PROBLEM_TYPES, ProblemError, type Problem, type ProblemMapper } from './problem';
import { ValidationProblem } from './validation';

interface HttpResponse {
  status(code: number): HttpResponse;
  setHeader(name: string, value: string): void;
  getHeader?(name: string): unknown;
  json(body: unknown): void;
  headersSent?: boolean;
}

/**
 * The one place where errors become HTTP answers: every error is problem+json, a business rule is 422
 * naming its rule, and anything unexpected is a bare 500 — never a stack trace, SQL or request data.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  constructor(@Optional() @Inject(PROBLEM_MAPPERS) private readonly mappers: readonly ProblemMapper[] = []) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<HttpResponse>();
    const problem = this.toProblem(error);
    if (problem.status >= 500) this.logger.error(`${problem.status}: ${describe(error)}`);
    if (response.headersSent) return;
    response.setHeader('Content-Type', 'application/problem+json');
    // The rate limiter has already said when its window ends; keep that over the generic second.
    if ((problem.status === 503 || problem.status === 429) && response.getHeader?.('Retry-After') === undefined) response.setHeader('Retry-After', '1');
    response.status(problem.status).json(problem);
  }

  private toProblem(error: unknown): Problem {
    for (const map of this.mappers) {
      const problem = map(error);
      if (problem) return problem;
    }
    if (error instanceof ProblemError) return error.problem;
    if (isDomainError(error)) {
      return { type: PROBLEM_TYPES.businessRule, title: 'Business rule', status: 422, detail: error.message, rule: error.rule, ruleRef: error.ruleRef };
    }
    if (error instanceof ValidationProblem) {
      return { type: PROBLEM_TYPES.validation, title: 'Invalid request', status: 400, detail: error.message, errors: error.errors };
    }
    if (error instanceof HttpException) return plain(error.getStatus(), detailOf(error));
    const bodyParserStatus = (error as { status?: unknown; type?: unknown })?.status;
    if (typeof bodyParserStatus === 'number' && bodyParserStatus >= 400 && bodyParserStatus < 500) {
      // body-parser: 413 too large, 400 malformed JSON, 415 unsupported charset.
      return plain(bodyParserStatus, bodyParserStatus === 413 ? 'The request body is too large' : 'The request body could not be read');
    }
    if (isUnavailableDependency(error)) return plain(503, 'A dependency is unavailable; retry shortly');
    return plain(500, 'An unexpected error occurred');
  }
}

/** Network errors and PostgreSQL's connection/shutdown classes (08xxx, 57P0x): worth a retry, not a 500. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

function isUnavailableDependency(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  return typeof message === 'string' && /Connection terminated|timeout exceeded when trying to connect|encountered a connection error and is not queryable/i.test(message);
}

const TITLES: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed',
  409: 'Conflict', 413: 'Payload too large', 415: 'Unsupported media type', 422: 'Unprocessable content',
  429: 'Too many requests', 500: 'Internal server error', 503: 'Service unavailable',
};

function plain(status: number, detail: string): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail };
}

function detailOf(error: HttpException): string {
  const body = error.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : error.message;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}
