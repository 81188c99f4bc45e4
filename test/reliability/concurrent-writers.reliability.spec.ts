import { randomUUID } from 'node:crypto';
import { sleep } from '../support/all-in-one-process';
import { report, sized } from './reliability-scale';
import { criterion, procurement, systemWithOfficer } from './system-with-officer';

const WRITERS = 32;
const ROUNDS = sized(3, 50);
const MAX_ATTEMPTS_PER_ROUND = 500;
const BACKOFF_CAP_MS = 200;


const under = systemWithOfficer();

describe(`${WRITERS} concurrent writers × ${ROUNDS} rounds on one stream`, () => {
  it('loses no update: every write lands at its own revision, and every loser gets 409 with the current revision', async () => {
    const system = under.system();
    const officer = under.officer();
    const created = await system.commands.post<{ id: string }>('/procurements', officer, procurement('Många skribenter'), { 'idempotency-key': randomUUID() });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const landed: number[] = [];
    const unexpected: Array<{ status: number; detail: unknown }> = [];
    let conflicts = 0;
    let staleReads = 0;

    /** The revision as a client sees it: the ETag of the procurement (the read model may lag: then a 409 says more). */
    const readRevision = async (): Promise<number> => {
      const answer = await system.queries.get(`/procurements/${id}`, officer);
      return answer.status === 200 ? Number(JSON.parse(answer.headers.get('etag')!)) : 0;
    };

    const writer = async (): Promise<void> => {
      for (let round = 0; round < ROUNDS; round++) {
        let revision = await readRevision();
        for (let attempt = 0; ; attempt++) {
          if (attempt === MAX_ATTEMPTS_PER_ROUND) throw new Error(`a writer did not land a write in ${MAX_ATTEMPTS_PER_ROUND} attempts`);
          const answer = await system.commands.post<{ revision: number; currentRevision: number }>(`/procurements/${id}/social-criteria`, officer, criterion, { 'if-match': `"${revision}"` });
          if (answer.status === 201) {
            landed.push(answer.body.revision);
            break;
          }
          if (answer.status !== 409 || typeof answer.body.currentRevision !== 'number') {
            unexpected.push({ status: answer.status, detail: answer.body });
            break;
          }
          conflicts += 1;
          if (answer.body.currentRevision < revision) staleReads += 1;
          revision = answer.body.currentRevision;
          // As a client should: back off a random while, longer after each loss, so the writers spread out.
          await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, 2 ** attempt));
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));

    expect(unexpected).toEqual([]);
    const writes = WRITERS * ROUNDS;
    // Each acknowledged write at its own revision, one after another from 1: none overwrote another.
    expect([...landed].sort((a, b) => a - b)).toEqual(Array.from({ length: writes }, (_, i) => i + 1));
    const { rows } = await system.database.pool.query<{ type: string; count: number }>(
      `SELECT type, count(*)::int AS count FROM events WHERE stream_id = $1 GROUP BY type ORDER BY type`,
      [`procurement-${id}`],
    );
    expect(rows).toEqual([
      { type: 'ProcurementInitiated', count: 1 },
      { type: 'SocialCriterionAdded', count: writes },
    ]);
    report('concurrent writers on one stream', { writers: WRITERS, rounds: ROUNDS, 'writes acknowledged': landed.length, 'events stored': writes, 'lost updates': writes - landed.length, '409 answers (then retried)': conflicts, 'other answers': unexpected.length, 'stale reads': staleReads });
  }, sized(120_000, 900_000));
});
