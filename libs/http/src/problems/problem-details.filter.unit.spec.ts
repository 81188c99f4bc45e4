import { NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { DomainError } from '@kravspar/domain/kernel';
import { ProblemDetailsFilter } from './problem-details.filter';
import { ValidationProblem } from './validation';

function answerTo(error: unknown, filter = new ProblemDetailsFilter()) {
  const answer = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const response = {
    status(code: number) { answer.status = code; return response; },
    setHeader(name: string, value: string) { answer.headers[name] = value; },
    json(body: unknown) { answer.body = body; },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  filter.catch(error, host);
  return answer;
}

describe('ProblemDetailsFilter', () => {
  afterEach(() => jest.restoreAllMocks());

  it('turns a broken business rule into 422 naming the rule and its legal basis', () => {
    const answer = answerTo(new DomainError('P2', 'The tender period is 20 days'));
    expect(answer.status).toBe(422);
    expect(answer.headers['Content-Type']).toBe('application/problem+json');
    expect(answer.body).toMatchObject({ status: 422, rule: 'P2', ruleRef: 'LOU 11:2, 11:6', detail: 'The tender period is 20 days' });
  });

  it('lists validation problems by field', () => {
    const answer = answerTo(new ValidationProblem([{ field: 'title', message: 'title must be a string' }]));
    expect(answer.body).toMatchObject({ status: 400, errors: [{ field: 'title', message: 'title must be a string' }] });
  });

  it('keeps HTTP statuses and body-parser refusals', () => {
    expect(answerTo(new NotFoundException('no such procurement')).body).toMatchObject({ status: 404, detail: 'no such procurement' });
    expect(answerTo(Object.assign(new Error('too large'), { status: 413, type: 'entity.too.large' })).status).toBe(413);
  });

  it('answers 503 with Retry-After when the database is unreachable', () => {
    const answer = answerTo(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(answer.status).toBe(503);
    expect(answer.headers['Retry-After']).toBe('1');
  });

  it('answers 503 for a connection the server ended, whether during a query or between two', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(answerTo(terminated).status).toBe(503);
    expect(answerTo(new Error('Client has encountered a connection error and is not queryable')).status).toBe(503);
  });

  it('hides everything about an unexpected error', () => {
    const answer = answerTo(new Error('relation "secret_table" does not exist at SELECT * FROM secret_table'));
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).not.toContain('secret_table');
  });
});
