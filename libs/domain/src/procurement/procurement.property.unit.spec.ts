import fc from 'fast-check';
import { isDomainError, isInFuture, type RuleId } from '../kernel';
import type { ProcurementCommand } from './commands';
import type { ProcurementEvent } from './events';
import { addCriterion, cancel, initiate, plusMinutes, publish } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { missingPlacementFields, type SocialCriterion } from './social-criterion';
import type { ProcurementState, ProcurementStatus } from './state';
import { stockholmCalendarDaysBetween } from '../calendar';
import {
  CANCELLATION_REASONS,
  INSTRUMENTS,
  PLACEMENT_TYPES,
  PROCEDURES,
  REGIMES,
  REPORTING_SCHEDULES,
  type CancellationReason,
  type Procedure,
  type Regime,
  type ReportingSchedule,
} from './vocabulary';

const DAY = 24 * 60;
const BASE_NOW = '2026-03-02T09:00:00+01:00';
const now = fc.integer({ min: 0, max: 90 * DAY }).map((minutes) => plusMinutes(BASE_NOW, minutes));
/** Minutes before `now` at which an act happened; negative is in the future, below -5 beyond the skew (T1). */
const minutesBack = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 10 * DAY }), weight: 4 },
  { arbitrary: fc.integer({ min: -60, max: 5 }), weight: 1 },
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const initiateCommand = fc
  .record({
    now,
    title: fc.constantFrom('Städning', 'Städning', 'Annan titel', ''),
    // Biased towards directive/open, where P2 has its fixed 35/30-day minimum.
    regime: fc.constantFrom<Regime>('directive', 'directive', ...REGIMES),
    procedure: fc.constantFrom<Procedure>('open', 'open', ...PROCEDURES),
  })
  .map(({ now: at, ...data }) => initiate(data, at));

const criterion: fc.Arbitrary<SocialCriterion> = fc.record({
  criterionId: fc.constantFrom('c1', 'c2', 'c3'),
  instrument: fc.constantFrom(...INSTRUMENTS),
  placementType: maybe(fc.constantFrom(...PLACEMENT_TYPES)),
  unitsRequired: maybe(fc.integer({ min: 0, max: 4 })),
  reportingSchedule: maybe(fc.constantFrom<ReportingSchedule>(...REPORTING_SCHEDULES, 'monthly' as ReportingSchedule)),
  sanctions: maybe(fc.constantFrom<string[]>([], ['vite'], ['vite', 'hävning'])),
  targetGroupCode: maybe(fc.constantFrom('far-from-labour-market', '')),
  matchingUnitId: maybe(fc.constant('unit-arbetsliv')),
});
const addCriterionCommand = fc.tuple(criterion, now).map(([data, at]) => addCriterion(data, at));

const publishCommand = fc
  .record({
    now,
    back: minutesBack,
    // Mostly close to the minimums (whole days plus some minutes), sometimes anywhere.
    periodMinutes: fc.oneof(
      { arbitrary: fc.tuple(fc.integer({ min: 28, max: 37 }), fc.integer({ min: 0, max: DAY - 1 })).map(([d, m]) => d * DAY + m), weight: 3 },
      { arbitrary: fc.integer({ min: -DAY, max: 45 * DAY }), weight: 1 },
    ),
    /** Tenths of the tender period; 0 and 10 (at either end) and beyond are refused under P2. */
    questionsAtTenths: fc.option(fc.integer({ min: -1, max: 11 }), { nil: undefined, freq: 2 }),
    electronicTenders: fc.boolean(),
    otherRegimeMinimumTenderDays: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ now: at, back, periodMinutes, questionsAtTenths, electronicTenders, otherRegimeMinimumTenderDays }) => {
    const publishedAt = plusMinutes(at, -back);
    const questionsDeadline =
      questionsAtTenths === undefined ? undefined : plusMinutes(publishedAt, Math.round((periodMinutes * questionsAtTenths) / 10));
    const tenderDeadline = plusMinutes(publishedAt, periodMinutes);
    return publish({ publishedAt, tenderDeadline, questionsDeadline, electronicTenders, otherRegimeMinimumTenderDays }, at);
  });

const cancelCommand = fc
  .record({
    now,
    back: minutesBack,
    reasonCategory: fc.constantFrom<CancellationReason>(...CANCELLATION_REASONS, 'whim' as CancellationReason),
    justification: fc.constantFrom('', 'Too few tenders were expected.', 'The budget was withdrawn.'),
  })
  .map(({ now: at, back, ...data }) => cancel({ ...data, cancelledAt: plusMinutes(at, -back) }, at));

const anyCommand: fc.Arbitrary<ProcurementCommand> = fc.oneof(
  initiateCommand,
  addCriterionCommand,
  { arbitrary: publishCommand, weight: 2 },
  cancelCommand,
);

/**
 * A small pool of commands and a sequence of picks from it, so that exact repeats are common. Most
 * sequences start with the pool's initiation; the others stay on an absent stream for a while.
 */
const scenario = fc
  .record({
    initiation: initiateCommand,
    others: fc.array(anyCommand, { minLength: 1, maxLength: 7 }),
    startInitiated: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }),
    picks: fc.array(fc.nat(), { maxLength: 25 }),
  })
  .map(({ initiation, others, startInitiated, picks }) => {
    const pool = [initiation, ...others];
    return (startInitiated ? [0, ...picks] : picks).map((pick) => pool[pick % pool.length]!);
  });

const FORWARD = new Set(['Absent→Planning', 'Planning→Published', 'Planning→Cancelled', 'Published→Cancelled']);
const RULES_OF_THIS_DECIDER = new Set<RuleId>(['STATE', 'T1', 'P1', 'P2', 'P10']);

const criteriaOf = (state: ProcurementState) => (state.status === 'Absent' ? undefined : state.criteria);
const publicationOf = (state: ProcurementState) =>
  state.status === 'Published' || state.status === 'Cancelled' ? state.publication : undefined;

function checkStep(before: ProcurementState, after: ProcurementState, command: ProcurementCommand, events: readonly ProcurementEvent[]): void {
  if (before.status !== after.status) expect(FORWARD).toContain(`${before.status}→${after.status}`);
  if (before.status === 'Cancelled') {
    expect(events).toEqual([]);
    expect(after).toBe(before);
  }
  if (before.status === 'Published' || before.status === 'Cancelled') {
    expect(criteriaOf(after)).toEqual(criteriaOf(before));
    expect(publicationOf(after)).toEqual(publicationOf(before));
  }
  for (const event of events) {
    expect(isInFuture(event.metadata.occurredAt, command.metadata.now)).toBe(false);
    for (const rule of event.metadata.ruleRefs ?? []) expect(RULES_OF_THIS_DECIDER).toContain(rule);
  }
  if (after.status === 'Planning' || after.status === 'Published') {
    for (const added of Object.values(after.criteria)) expect(missingPlacementFields(added)).toEqual([]);
  }
  const publication = publicationOf(after);
  if (publication !== undefined && after.status !== 'Absent') {
    const days = stockholmCalendarDaysBetween(publication.publishedAt, publication.tenderDeadline);
    expect(days).toBeGreaterThanOrEqual(publication.minimumTenderDays);
    if (after.regime === 'directive' && after.procedure === 'open') expect(days).toBeGreaterThanOrEqual(30);
  }
}

describe('procurement decider, random command sequences', () => {
  it('never breaks an invariant, and refuses only with a DomainError naming one of its rules', () => {
    const reached = new Set<ProcurementStatus>();
    const refusedWith = new Set<string>();

    fc.assert(
      fc.property(scenario, (commands) => {
        let state = procurementDecider.initialState;
        for (const command of commands) {
          let events: readonly ProcurementEvent[];
          try {
            events = procurementDecider.decide(command, state);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            expect(RULES_OF_THIS_DECIDER).toContain(error.rule);
            if (state.status === 'Cancelled') expect(error.rule).toBe('P10');
            refusedWith.add(error.rule);
            continue;
          }
          const next = events.reduce(procurementDecider.evolve, state);
          checkStep(state, next, command, events);
          // Repeats are quiet: once its effect is in the state, the same command decides nothing.
          if (events.length > 0) expect(procurementDecider.decide(command, next)).toEqual([]);
          state = next;
          reached.add(state.status);
        }
      }),
      { numRuns: 500 },
    );

    // The generators must reach every stage and every refusal, or the property proves little.
    expect([...reached].sort()).toEqual(['Cancelled', 'Planning', 'Published']);
    expect([...refusedWith].sort()).toEqual([...RULES_OF_THIS_DECIDER].sort());
  });
});
