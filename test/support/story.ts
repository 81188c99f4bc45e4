import type { DevTokenClaims } from '@kravspar/http';
import type { HttpClient } from './http-client';

/** The actors of a story and the calls they make, over HTTP, against one system under test. */
export class Story {
  private constructor(
    private readonly system: { commands: HttpClient; queries: HttpClient; token: (claims: DevTokenClaims) => Promise<string> },
    readonly tokens: Record<'officer' | 'buyer' | 'admin' | 'labourMarket' | 'supplier' | 'otherSupplier', string>,
  ) {}

  static async cast(system: { commands: HttpClient; queries: HttpClient; token: (claims: DevTokenClaims) => Promise<string> }, supplierId: string, buyerUnitId: string): Promise<Story> {
    return new Story(system, {
      officer: await system.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' }),
      buyer: await system.token({ role: 'buyer', unitId: buyerUnitId, userId: 'buyer-1' }),
      admin: await system.token({ role: 'admin', unitId: 'it', userId: 'admin-1' }),
      labourMarket: await system.token({ role: 'labour-market', unitId: 'arbetsliv-och-etablering', userId: 'matcher-1' }),
      supplier: await system.token({ role: 'supplier', supplierId, userId: `${supplierId}-user` }),
      otherSupplier: await system.token({ role: 'supplier', supplierId: 'konkurrent-ab', userId: 'konkurrent-user' }),
    });
  }

  async moveClockTo(now: string): Promise<void> {
    const answer = await this.system.commands.request('PUT', '/test-clock', { token: this.tokens.admin, body: { now } });
    if (answer.status !== 200) throw new Error(`test clock: ${answer.status}`);
  }

  /** A command that must succeed with `expected`; the body of the answer. */
  async command<T = Record<string, unknown>>(path: string, body: unknown = {}, token = this.tokens.officer, expected = 200): Promise<T> {
    let answer = await this.system.commands.post<T>(path, token, body);
    // As a real client does: a 409 means a timer or another writer got there first; read again and retry.
    for (let retry = 0; answer.status === 409 && retry < 3; retry++) answer = await this.system.commands.post<T>(path, token, body);
    if (answer.status !== expected) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Reads `path` on query-api until `done` holds (the projector is asynchronous). */
  async eventually<T>(path: string, done: (body: T) => boolean, token = this.tokens.officer, withinMs = 10_000): Promise<T> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const answer = await this.system.queries.get<T>(path, token);
      if (answer.status === 200 && done(answer.body)) return answer.body;
      if (Date.now() > deadline) throw new Error(`${path}: not as expected within ${withinMs} ms (last: ${answer.status} ${JSON.stringify(answer.body)})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
