import { DeciderSpec } from '@kravspar/testing';
import { awardCriterion } from '../procurement/procurement.fixtures';
import { commitmentDecider } from './commitment.decider';
import { activated, completed, established, interrupted, matched, placementStarted, slotOffered } from './commitment.fixtures';
import { active, activeEmployment, endPeriod, periodEnded } from './follow-up.fixtures';
import type { CommitmentEvent } from './messages';
import type { PlacementJudgement } from './follow-up-messages';

const spec = DeciderSpec.for(commitmentDecider);
const START = '2026-06-12';
/** One employment placement in slot-1, started on 12 June 2026. */
const employed = () => [...activeEmployment(), slotOffered(), matched(), placementStarted('slot-1', 'ref-1', START)];
const judged = (type: 'CommitmentFulfilled' | 'CommitmentBreached', unitsRequired: number, placements: PlacementJudgement[]): CommitmentEvent[] => [
  periodEnded(),
  {
    type,
    data: { unitsRequired, minMonths: 6, placementsCounted: placements.filter((p) => p.counts).length, placements },
    metadata: { occurredAt: periodEnded().metadata.occurredAt, ruleRefs: ['S7'] },
  },
];
const placement = (ended: PlacementJudgement['ended'], monthsServed: number, counts: boolean, slotId = 'slot-1', startDate = START): PlacementJudgement => ({
  slotId, ended, startDate, monthsServed, counts,
});

describe('EndCommitmentPeriod and S7', () => {
  it('fulfils an employment that ended early after 80 % of the agreed 6 months (interrupted on day 147)', () => {
    const state = spec.given([...employed(), ...interrupted('slot-1', 'ref-1', '2026-11-06', 'participantLeft')]).when(endPeriod())
      .then(judged('CommitmentFulfilled', 1, [placement('interrupted', 4.83, true)]));
    expect(state.status).toBe('Fulfilled');
  });

  it('breaches one that ended after 60 % (interrupted on day 110)', () => {
    const state = spec.given([...employed(), ...interrupted('slot-1', 'ref-1', '2026-09-30', 'participantLeft')]).when(endPeriod())
      .then(judged('CommitmentBreached', 1, [placement('interrupted', 3.61, false)]));
    expect(state).toMatchObject({ status: 'Breached', followUp: { periodEndedOn: '2028-05-31', judgement: { placementsCounted: 0 } } });
  });

  it('judges an employment completed short of the agreed time the same way, 75 % being enough', () => {
    const done = (monthsServed: number) => [...employed(), completed('slot-1', 'ref-1', { date: '2026-11-06', monthsServed })];
    spec.given(done(4.8)).when(endPeriod()).then(judged('CommitmentFulfilled', 1, [placement('completed', 4.8, true)]));
    spec.given(done(4.5)).when(endPeriod()).then(judged('CommitmentFulfilled', 1, [placement('completed', 4.5, true)]));
    spec.given(done(3.6)).when(endPeriod()).then(judged('CommitmentBreached', 1, [placement('completed', 3.6, false)]));
  });

  it('counts a placement still running at the end once it has served the agreed time', () => {
    const endOn = (date: string) => commitmentDecider.decide(endPeriod(date, '2027-01-01T08:00:00+01:00'), spec.given(employed()).when(endPeriod()).state);
    expect(endOn('2026-12-31')[1]).toMatchObject({ type: 'CommitmentFulfilled', data: { placements: [placement('ongoing', 6.64, true)] } });
    expect(endOn('2026-11-30')[1]).toMatchObject({ type: 'CommitmentBreached', data: { placements: [placement('ongoing', 5.62, false)] } });
  });

  it('does not count an interrupted work-training placement, however long it ran; completed ones of the agreed time count', () => {
    const training = [
      ...active(), slotOffered('slot-1'), slotOffered('slot-2'), slotOffered('slot-3'),
      matched('slot-1', 'ref-1'), placementStarted('slot-1', 'ref-1', START), completed('slot-1', 'ref-1', { date: '2026-12-12', monthsServed: 6 }),
      matched('slot-2', 'ref-2'), placementStarted('slot-2', 'ref-2', START), completed('slot-2', 'ref-2', { date: '2026-12-12', monthsServed: 6 }),
      matched('slot-3', 'ref-3'), placementStarted('slot-3', 'ref-3', START), ...interrupted('slot-3', 'ref-3', '2026-11-28', 'participantLeft'),
    ];
    const [, breached] = commitmentDecider.decide(endPeriod(), spec.given(training).when(endPeriod()).state);
    expect(breached).toMatchObject({
      type: 'CommitmentBreached',
      data: { unitsRequired: 3, placementsCounted: 2, placements: [placement('completed', 6, true), placement('completed', 6, true, 'slot-2'), placement('interrupted', 5.55, false, 'slot-3')] },
    });
  });

  it('closes a commitment without placements to judge with CommitmentPeriodEnded alone', () => {
    const state = spec.given([established({ criterion: awardCriterion }), activated()]).when(endPeriod()).then([periodEnded()]);
    expect(state.status).toBe('Closed');
  });

  it('stays quiet on the same end again; refuses another date naming STATE', () => {
    const ended = [...employed(), ...judged('CommitmentBreached', 1, [placement('ongoing', 23.62, true)])];
    spec.given(ended).when(endPeriod()).thenNothing();
    spec.given(ended).when(endPeriod('2028-04-30')).thenThrows('STATE', 'Breached');
  });

  it('refuses a commitment that never became active, or an end before the start, naming STATE', () => {
    spec.given([established()]).when(endPeriod()).thenThrows('STATE', 'Established');
    spec.given(active()).when(endPeriod('2026-05-31')).thenThrows('STATE', 'on or after the contract start');
  });

  it('T1: refuses while the period is not over', () => {
    spec.given(active()).when(endPeriod('2028-05-31', '2028-05-31T23:00:00+02:00')).thenThrows('T1', 'not over on 2028-05-31');
  });
});
