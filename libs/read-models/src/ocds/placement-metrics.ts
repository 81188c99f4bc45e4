import type { SocialCriterion } from '@kravspar/domain';
import type { OcdsMetric } from './ocds-release';
import type { CommitmentFacts, OcdsProcess } from './ocds-process';

const UNIT = { name: 'placements' } as const;

/** The metric id of a placement criterion: the same in the agreed metrics and in the implementation. */
const metricId = (criterion: SocialCriterion) => `placements-${criterion.criterionId}`;
const title = (criterion: SocialCriterion) => `Placements (${criterion.placementType})`;

const placementCriteria = (p: OcdsProcess) => p.criteria.filter((c) => c.placementType !== undefined);

/** What the contract commits to (metrics extension `agreedMetrics`): the units each placement criterion requires. */
export function agreedPlacementMetrics(p: OcdsProcess): OcdsMetric[] {
  return placementCriteria(p).map((criterion) => ({
    id: metricId(criterion),
    title: title(criterion),
    ...(criterion.description ? { description: criterion.description } : {}),
    observations: [{ id: 'committed', measure: criterion.unitsRequired ?? 0, unit: UNIT }],
  }));
}

/**
 * What has been delivered so far (`implementation.metrics`): per placement criterion, the slots offered,
 * matched, started, completed, and the interruptions — the placement funnel of domain.md §4, counts only —
 * and, once the period is judged (S7), the placements that counted.
 */
export function implementationPlacementMetrics(p: OcdsProcess): OcdsMetric[] {
  const commitments = Object.values(p.commitments);
  return placementCriteria(p).map((criterion) => {
    const slots = commitments.filter((c) => c.criterionId === criterion.criterionId).flatMap((c) => Object.values(c.slots));
    const count = (...statuses: CommitmentFacts['slots'][string]['status'][]) => slots.filter((slot) => statuses.includes(slot.status)).length;
    const observations: OcdsMetric['observations'][number][] = [
      { id: 'offered', measure: slots.length - count('Withdrawn'), unit: UNIT },
      { id: 'matched', measure: count('Matched', 'Started', 'Completed'), unit: UNIT },
      { id: 'started', measure: count('Started', 'Completed'), unit: UNIT },
      { id: 'completed', measure: count('Completed'), unit: UNIT },
      { id: 'interrupted', measure: slots.reduce((sum, slot) => sum + slot.interruptions, 0), unit: UNIT },
    ];
    const judged = commitments.find((c) => c.criterionId === criterion.criterionId && c.judgement)?.judgement;
    if (judged) observations.push({ id: 'counted', measure: judged.placementsCounted, unit: UNIT, notes: `commitment ${judged.verdict}` });
    return { id: metricId(criterion), title: title(criterion), observations };
  });
}
