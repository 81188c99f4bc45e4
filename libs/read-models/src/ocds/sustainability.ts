import type { Instrument, SocialCriterion } from '@kravspar/domain';
import type { OcdsSustainability } from './ocds-release';

/** The goal of a placement criterion (sustainabilityGoal code list): employment for people far from work. */
export const PLACEMENT_GOAL = 'social.disadvantagedEmploymentOpportunities';

/**
 * The sustainabilityStrategy code for each instrument (domain.md §2). Reserved execution (the contract is
 * performed within sheltered employment programmes) has no code of its own: it is a condition on the
 * contract's performance.
 */
const STRATEGY: Readonly<Record<Instrument, string>> = {
  specialContractCondition: 'contractPerformanceConditions',
  reservedParticipation: 'reservedParticipation',
  reservedExecution: 'contractPerformanceConditions',
  awardCriterion: 'awardCriteria',
};

/**
 * The sustainability extension's entries for a procurement's social criteria, one per goal (the schema
 * wants unique entries): a placement criterion pursues `social.disadvantagedEmploymentOpportunities`, any
 * other social criterion the general `social` goal. Descriptions are the criteria's published texts.
 */
export function sustainabilityOf(criteria: readonly SocialCriterion[]): OcdsSustainability[] {
  const byGoal = new Map<string, { strategies: Set<string>; descriptions: string[] }>();
  for (const criterion of criteria) {
    const goal = criterion.placementType !== undefined ? PLACEMENT_GOAL : 'social';
    const entry = byGoal.get(goal) ?? { strategies: new Set<string>(), descriptions: [] };
    entry.strategies.add(STRATEGY[criterion.instrument]);
    if (criterion.description?.trim()) entry.descriptions.push(criterion.description.trim());
    byGoal.set(goal, entry);
  }
  return [...byGoal].map(([goal, { strategies, descriptions }]) => ({
    goal,
    strategies: [...strategies],
    ...(descriptions.length > 0 ? { description: descriptions.join(' ') } : {}),
  }));
}
