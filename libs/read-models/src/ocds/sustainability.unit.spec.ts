import { awardCriterion, placementCriterion } from '@kravspar/domain/procurement/procurement.fixtures';
import { sustainabilityOf } from './sustainability';

describe('sustainabilityOf', () => {
  it('gives no entry without social criteria', () => {
    expect(sustainabilityOf([])).toEqual([]);
  });

  it('gives one entry per goal, with the strategies of its criteria’ instruments', () => {
    const reserved = { ...placementCriterion, criterionId: 'crit-reserved', instrument: 'reservedParticipation' as const, description: 'Reserverat för sociala företag' };
    const execution = { criterionId: 'crit-execution', instrument: 'reservedExecution' as const };
    expect(sustainabilityOf([placementCriterion, reserved, awardCriterion, execution])).toEqual([
      {
        goal: 'social.disadvantagedEmploymentOpportunities',
        strategies: ['contractPerformanceConditions', 'reservedParticipation'],
        description: 'Tre arbetsträningsplatser för personer långt från arbetsmarknaden Reserverat för sociala företag',
      },
      { goal: 'social', strategies: ['awardCriteria', 'contractPerformanceConditions'], description: 'Plan för social hänsyn' },
    ]);
  });
});
