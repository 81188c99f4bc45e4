import { randomUUID } from 'node:crypto';
import { report, sized } from './reliability-scale';
import { criterion, procurement, systemWithOfficer } from './system-with-officer';

const KEYS = sized(4, 40);
const REPEATS = 5;


const under = systemWithOfficer();

describe(`the same command ${REPEATS}× with one Idempotency-Key`, () => {
  it('stores exactly one event per key, whether the repeats come one after another or all at once', async () => {
    const system = under.system();
    const officer = under.officer();
    const created = await system.commands.post<{ id: string }>('/procurements', officer, procurement('Upprepade kommandon'), { 'idempotency-key': randomUUID() });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const send = (key: string) => system.commands.post<{ criterionId: string; revision: number }>(`/procurements/${id}/social-criteria`, officer, criterion, { 'idempotency-key': key });
    const statuses: Record<number, number> = {};
    const outcomes = new Map<string, Set<string>>();

    for (let k = 0; k < KEYS; k++) {
      const key = randomUUID();
      // Half the keys repeated in sequence (a client retrying), half all at once (a client and a proxy both retrying).
      const answers = k % 2 === 0
        ? await Array.from({ length: REPEATS }).reduce<Promise<Awaited<ReturnType<typeof send>>[]>>(async (done) => [...(await done), await send(key)], Promise.resolve([]))
        : await Promise.all(Array.from({ length: REPEATS }, () => send(key)));
      for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      outcomes.set(key, new Set(answers.filter((answer) => answer.status === 201).map((answer) => `${answer.body.criterionId}@${answer.body.revision}`)));
    }

    // A repeat answers with the first outcome: every 201 of one key names the same criterion at the same revision.
    expect([...outcomes.values()].map((seen) => seen.size)).toEqual(Array(KEYS).fill(1));
    expect(Object.keys(statuses).map(Number).filter((status) => status !== 201 && status !== 409)).toEqual([]);
    const { rows } = await system.database.pool.query<{ criterion: string; count: number }>(
      `SELECT data->>'criterionId' AS criterion, count(*)::int AS count FROM events WHERE stream_id = $1 AND type = 'SocialCriterionAdded' GROUP BY 1`,
      [`procurement-${id}`],
    );
    expect(rows).toHaveLength(KEYS);
    expect(rows.filter((row) => row.count !== 1)).toEqual([]);
    expect(new Set(rows.map((row) => row.criterion))).toEqual(new Set([...outcomes.values()].map((seen) => [...seen][0].split('@')[0])));
    report('idempotent repeats', { keys: KEYS, 'requests per key': REPEATS, requests: KEYS * REPEATS, 'events stored': rows.length, 'keys with more than one event': rows.filter((row) => row.count !== 1).length, ...Object.fromEntries(Object.entries(statuses).map(([status, count]) => [`answers ${status}`, count])) });
  }, sized(60_000, 300_000));
});
