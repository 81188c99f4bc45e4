import { randomUUID } from 'node:crypto';
import type { HttpClient } from '../support/http-client';
import { SystemUnderTest } from '../support/system-under-test';

/** A placement criterion the decider accepts (P1: it names its sanctions). */
export const criterion = { instrument: 'specialContractCondition', placementType: 'workTraining', unitsRequired: 2, reportingSchedule: 'quarterly', sanctions: ['vite-per-saknad-plats'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering' };

/** The body of POST /procurements. */
export const procurement = (title: string) => ({ title, buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 2_000_000, currency: 'SEK' } });

const publication = { publishedAt: '2026-01-12T09:00:00+01:00', tenderDeadline: '2026-02-21T09:00:00+01:00', electronicTenders: false };

/** Commands per procurement of `publishingLoad`: initiate, add the placement criterion, publish. */
export const COMMANDS_PER_PROCUREMENT = 3;

/**
 * `clients` clients run procurements (initiate, add a placement criterion, publish) through `commands`
 * until `stop`, each command expected to succeed; `stop` resolves with the ids of those published.
 */
export function publishingLoad(commands: HttpClient, officer: string, clients: number): { published: () => number; stop: () => Promise<string[]> } {
  let stopped = false;
  const published: string[] = [];
  const client = async (): Promise<void> => {
    while (!stopped) {
      const created = await commands.post<{ id: string }>('/procurements', officer, procurement(`Last ${randomUUID()}`), { 'idempotency-key': randomUUID() });
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect((await commands.post(`/procurements/${id}/social-criteria`, officer, criterion)).status).toBe(201);
      expect((await commands.post(`/procurements/${id}/publish`, officer, publication)).status).toBe(200);
      published.push(id);
    }
  };
  const running = Array.from({ length: clients }, client);
  return { published: () => published.length, stop: async () => ((stopped = true), await Promise.all(running), published) };
}

/**
 * command-api, query-api and projector in this process on a database of the file's own (started before its
 * tests, stopped after), and a procurement officer's token.
 */
export function systemWithOfficer(): { system: () => SystemUnderTest; officer: () => string } {
  let system: SystemUnderTest | undefined;
  let officer: string | undefined;
  beforeAll(async () => {
    system = await SystemUnderTest.start();
    officer = await system.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' });
  }, 60_000);
  afterAll(() => system?.stop(), 60_000);
  return { system: () => system!, officer: () => officer! };
}
