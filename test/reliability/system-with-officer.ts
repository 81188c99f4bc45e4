import { SystemUnderTest } from '../support/system-under-test';

/** A placement criterion the decider accepts (P1: it names its sanctions). */
export const criterion = { instrument: 'specialContractCondition', placementType: 'workTraining', unitsRequired: 2, reportingSchedule: 'quarterly', sanctions: ['vite-per-saknad-plats'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering' };

/** The body of POST /procurements. */
export const procurement = (title: string) => ({ title, buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 2_000_000, currency: 'SEK' } });

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
