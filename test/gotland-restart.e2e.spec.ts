import { GOTLAND, procureToSignedContract } from './support/gotland';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

/** Restarts in the middle of the story, each time replaying the workflows from the start of the log. */
let system: SystemUnderTest;

beforeAll(async () => {
  system = await SystemUnderTest.start();
});
afterAll(async () => system.stop());

/** Restarts the system with the workflows' checkpoint reset, so every trigger is handled again. */
async function restartReplayingWorkflows(): Promise<Story> {
  await system.database.pool.query(`UPDATE projection_checkpoints SET position = 0 WHERE name = 'contract-workflow.v1'`);
  system = await system.restart();
  return Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
}

async function count(sql: string): Promise<number> {
  const { rows } = await system.database.pool.query<{ n: string }>(sql);
  return Number(rows[0].n);
}

it('duplicates no contract and no commitment when restarted mid-story', async () => {
  let story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
  const { contractId } = await procureToSignedContract(story);
  const contract = await story.eventually<{ commitments: { id: string }[] }>(`/contracts/${contractId}`, (c) => c.commitments?.length === 1);

  story = await restartReplayingWorkflows();
  await story.moveClockTo('2026-06-01T08:00:00+02:00');
  await story.command(`/contracts/${contractId}/start`, { date: '2026-06-01' }, story.tokens.buyer);
  await story.eventually<{ status: string }>(`/commitments/${contract.commitments[0].id}`, (c) => c.status === 'Active');

  story = await restartReplayingWorkflows();
  await story.eventually<{ commitments: { status: string }[] }>(`/contracts/${contractId}`, (c) => c.commitments?.[0]?.status === 'Active');
  // The replay really ran to the last trigger before anything is counted.
  const lastTrigger = await count(`SELECT max(position) AS n FROM events WHERE type IN ('ContractSigned', 'ContractRegistered', 'ContractStarted')`);
  const checkpoint = () => count(`SELECT position AS n FROM projection_checkpoints WHERE name = 'contract-workflow.v1'`);
  for (let waited = 0; (await checkpoint()) < lastTrigger && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  expect(await checkpoint()).toBe(lastTrigger);

  expect(await count(`SELECT count(DISTINCT stream_id) AS n FROM events WHERE stream_id LIKE 'contract-%'`)).toBe(1);
  expect(await count(`SELECT count(DISTINCT stream_id) AS n FROM events WHERE stream_id LIKE 'commitment-%'`)).toBe(1);
  for (const type of ['ContractRegistered', 'ContractStarted', 'CommitmentEstablished', 'CommitmentActivated']) {
    expect([type, await count(`SELECT count(*) AS n FROM events WHERE type = '${type}'`)]).toEqual([type, 1]);
  }
});
