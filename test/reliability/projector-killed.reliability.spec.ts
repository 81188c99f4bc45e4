import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resetProjections } from '@kravspar/read-store';
import { CommandApiUnderTest } from '../support/command-api-under-test';
import { AppProcess } from '../support/app-process';
import { freePorts, sleep } from '../support/all-in-one-process';
import { projectionsAtHead, readModelRows } from '../support/database-rows';
import { report, sized } from './reliability-scale';
import { READ_MODEL_PROJECTIONS } from '@kravspar/projections';
import { COMMANDS_PER_PROCUREMENT, publishingLoad } from './system-with-officer';

const KILLS = sized(2, 20);
const CLIENTS = 4;
/** Every event of the load is a procurement's: the read models that read procurement streams must reach the head of the log. */
const PROCUREMENT_READ_MODELS = READ_MODEL_PROJECTIONS.filter((p) => p.filter.streamPrefixes?.includes('procurement-')).map((p) => p.name);
/** The kill lands somewhere in this window after the load starts. */
const KILL_WITHIN_MS = [50, 1_500] as const;

let commandApi: CommandApiUnderTest;
let projector: AppProcess;
let officer: string;

beforeAll(async () => {
  commandApi = await CommandApiUnderTest.start();
  officer = await commandApi.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' });
  const [port] = await freePorts(1);
  projector = new AppProcess('projector', port, {
    DATABASE_URL: commandApi.database.url, PROJECTOR_PORT: String(port), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'kravspar-projector-')),
    NODE_ENV: 'test', TEST_CLOCK: 'enabled', HOST: '127.0.0.1', CHECKPOINT_INTERVAL_SECONDS: '0',
  });
  await projector.start();
}, 90_000);
afterAll(async () => {
  await projector?.stop();
  await commandApi?.stop();
}, 60_000);

describe(`the projector SIGKILLed at ${KILLS} random points during a load`, () => {
  it('catches up after each restart, and its read models then equal a clean rebuild from position 0', async () => {
    const pool = commandApi.database.pool;
    let commands = 0;
    let comparedRows = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const running = publishingLoad(commandApi.http, officer, CLIENTS);
      await sleep(KILL_WITHIN_MS[0] + Math.random() * (KILL_WITHIN_MS[1] - KILL_WITHIN_MS[0]));
      expect(await projector.kill('SIGKILL')).toBe('SIGKILL');
      commands += (await running.stop()).length * COMMANDS_PER_PROCUREMENT;

      await projector.start();
      await projectionsAtHead(pool, PROCUREMENT_READ_MODELS, 60_000);
      const afterRestart = await readModelRows(pool);

      await projector.kill('SIGTERM');
      await resetProjections(pool);
      await projector.start();
      await projectionsAtHead(pool, PROCUREMENT_READ_MODELS, 120_000);
      const rebuilt = await readModelRows(pool);
      expect(afterRestart).toEqual(rebuilt);
      comparedRows = Object.values(rebuilt).reduce((sum, rows) => sum + rows.length, 0);
    }
    const { rows: [{ events }] } = await pool.query<{ events: number }>('SELECT count(*)::int AS events FROM events');
    expect(events).toBe(commands);
    expect(comparedRows).toBeGreaterThan(0);
    report('projector killed during load', { kills: KILLS, 'commands acknowledged': commands, 'events stored': events, 'read-model rows equal to a clean rebuild after the last kill': comparedRows, 'rebuilds compared': KILLS });
  }, sized(180_000, 1_200_000));
});
