import { DomainError } from '../kernel';
import type { PublishProcurement } from './commands';
import type { ProcurementPublished, Publication } from './events';
import { assertNotInFuture, notPossibleIn, refuseIfCancelled, sameInstant } from './guards';
import { missingPlacementFields } from './social-criterion';
import { type PlanningProcurement, type ProcurementState } from './state';
import { assertTenderPeriod, minimumTenderDays } from './tender-period';
import { isFilled, isOneOf, PROCEDURES, REGIMES } from './vocabulary';

function samePublication(recorded: Publication, command: PublishProcurement['data']): boolean {
  return (
    sameInstant(recorded.publishedAt, command.publishedAt) &&
    sameInstant(recorded.tenderDeadline, command.tenderDeadline) &&
    sameInstant(recorded.questionsDeadline, command.questionsDeadline) &&
    recorded.electronicTenders === command.electronicTenders
  );
}

/** P1: the procurement and every placement criterion have their required fields. */
function assertReadyToPublish(state: PlanningProcurement): void {
  const missing: string[] = [];
  if (!isFilled(state.title)) missing.push('title');
  if (!isFilled(state.buyerUnitId)) missing.push('buyerUnitId');
  if (!isOneOf(PROCEDURES, state.procedure)) missing.push('procedure');
  if (!isOneOf(REGIMES, state.regime)) missing.push('regime');
  for (const criterion of Object.values(state.criteria)) {
    const lacking = missingPlacementFields(criterion);
    if (lacking.length > 0) missing.push(`criterion '${criterion.criterionId}': ${lacking.join(', ')}`);
  }
  if (missing.length > 0) {
    throw new DomainError('P1', `Procurement ${state.procurementId} cannot be published; it lacks ${missing.join('; ')}.`);
  }
}

export function publish(command: PublishProcurement, state: ProcurementState): ProcurementPublished[] {
  const data = command.data;
  const recorded = 'publication' in state ? state.publication : undefined;
  if (recorded !== undefined && samePublication(recorded, data)) return [];
  refuseIfCancelled(state, command);
  if (state.status !== 'Planning') throw notPossibleIn(state, command);

  assertNotInFuture('publishedAt', data.publishedAt, command.metadata.now);
  assertReadyToPublish(state);
  const minimumDays = minimumTenderDays(state, data);
  assertTenderPeriod(data, minimumDays);

  const publication: Publication = {
    publishedAt: data.publishedAt,
    tenderDeadline: data.tenderDeadline,
    ...(data.questionsDeadline === undefined ? {} : { questionsDeadline: data.questionsDeadline }),
    electronicTenders: data.electronicTenders,
    ...(data.noticeRef === undefined ? {} : { noticeRef: data.noticeRef }),
    minimumTenderDays: minimumDays,
  };
  const ruleRefs = ['P1', 'P2', 'T1'];
  return [{ type: 'ProcurementPublished', data: publication, metadata: { occurredAt: data.publishedAt, ruleRefs } }];
}
