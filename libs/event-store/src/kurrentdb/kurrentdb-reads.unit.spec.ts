import { BACKWARDS, END, FORWARDS, START } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../event-store.port';
import { collectAfter, collectStreamRead, planStreamRead } from './reads';

/** Stream events at revisions 0..4, recorded a minute apart from 09:00; global positions 100, 200, … */
const stream: RecordedEvent[] = Array.from({ length: 5 }, (_, revision) => ({
  streamId: revision % 2 === 0 ? 'alpha-1' : 'beta-1',
  revision,
  position: (revision + 1) * 100,
  type: revision === 3 ? 'Closed' : 'Opened',
  data: {},
  metadata: { recordedAt: `2026-03-02T09:0${revision}:00.000Z` } as RecordedEvent['metadata'],
}));

async function* served(events: readonly (RecordedEvent | undefined)[]): AsyncGenerator<RecordedEvent | undefined> {
  yield* events;
}

/** What a server honouring the plan's direction, start and count would stream back. */
function serve(plan: ReturnType<typeof planStreamRead>) {
  const ordered = plan.direction === FORWARDS ? stream : [...stream].reverse();
  const from = plan.fromRevision === START || plan.fromRevision === END ? undefined : Number(plan.fromRevision);
  const started = ordered.filter((e) => from === undefined || (plan.direction === FORWARDS ? e.revision >= from : e.revision <= from));
  return served(started.slice(0, plan.serverMaxCount ?? started.length));
}

const revisions = async (options: Parameters<typeof planStreamRead>[0]) => {
  const plan = planStreamRead(options);
  return (await collectStreamRead(serve(plan), plan)).map((e) => e.revision);
};

describe('stream reads on KurrentDB', () => {
  it('leaves direction, start and count to the server', () => {
    expect(planStreamRead({})).toMatchObject({ direction: FORWARDS, fromRevision: START, empty: false });
    expect(planStreamRead({ direction: 'backwards', maxCount: 1 })).toMatchObject({ direction: BACKWARDS, fromRevision: END, serverMaxCount: 1 });
    expect(planStreamRead({ fromRevision: 3 })).toMatchObject({ fromRevision: 3n });
    expect(planStreamRead({ direction: 'backwards', fromRevision: 3, toRevision: 2 })).toMatchObject({ fromRevision: 2n });
  });

  it('reads as the port does: backwards, from, up to a revision, a count', async () => {
    expect(await revisions({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
    expect(await revisions({ direction: 'backwards', maxCount: 1 })).toEqual([4]);
    expect(await revisions({ fromRevision: 3 })).toEqual([3, 4]);
    expect(await revisions({ toRevision: 1 })).toEqual([0, 1]);
    expect(await revisions({ direction: 'backwards', fromRevision: 3, toRevision: 2 })).toEqual([2, 1, 0]);
    expect(await revisions({ maxCount: 2 })).toEqual([0, 1]);
    expect(await revisions({ toRevision: -1 })).toEqual([]);
    expect(await revisions({ maxCount: 0 })).toEqual([]);
  });

  it('filters on the recorded time client-side, so the count applies after that filter', async () => {
    const plan = planStreamRead({ direction: 'backwards', recordedAtOrBefore: '2026-03-02T09:02:30.000Z', maxCount: 2 });
    expect(plan.serverMaxCount).toBeUndefined();
    expect((await collectStreamRead(serve(plan), plan)).map((e) => e.revision)).toEqual([2, 1]);
    expect(await revisions({ recordedAtOrBefore: '2026-03-02T09:01:00Z' })).toEqual([0, 1]);
    expect(await revisions({ recordedAtOrBefore: '2000-01-01T00:00:00Z' })).toEqual([]);
  });
});

describe('global-log reads on KurrentDB', () => {
  it('starts after the position (a read includes it), skips system records and applies the whole filter', async () => {
    const log = [stream[0], undefined, ...stream.slice(1)];
    expect((await collectAfter(served(log), 200, 10, undefined)).map((e) => e.position)).toEqual([300, 400, 500]);
    expect((await collectAfter(served(log), 0, 2, undefined)).map((e) => e.position)).toEqual([100, 200]);
    const alphaOpened = { streamPrefixes: ['alpha-'], eventTypes: ['Opened'] };
    expect((await collectAfter(served(log), 0, 10, alphaOpened)).map((e) => e.position)).toEqual([100, 300, 500]);
    expect(await collectAfter(served(log), 0, 10, { eventTypes: ['Closed'] })).toEqual([stream[3]]);
    expect(await collectAfter(served(log), 0, 0, undefined)).toEqual([]);
  });
});
