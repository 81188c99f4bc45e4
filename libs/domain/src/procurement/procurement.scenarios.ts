import type { Instant } from '../kernel';
import type { ProcurementCommand } from './commands';
import { AWARD as A } from './scenario-award-commands';
import { nth, type Build, type Step } from './scenario-steps';
import { TENDER as T } from './scenario-tender-commands';
import type { ProcurementState, ProcurementStatus } from './state';

// Random lifecycles for the property spec (not exported from the lib). Each step builds its command from
// the state it meets, with ids and times that fit it most of the time, so that runs reach the standstill
// and the signing; some steps are off-script (a wrong id, a future time, a command for another stage).

export { START, step } from './scenario-steps';

const ALL: readonly Build[] = [...Object.values(T), ...Object.values(A)];

const SUITED: Record<ProcurementStatus, readonly Build[]> = {
  Absent: [T.initiate],
  Planning: [T.addCriterion, T.removeCriterion, T.publish, T.publish],
  Published: [T.ask, T.answer, T.extend, T.bid, T.bid, T.bid, T.withdraw, T.open, T.open],
  BidsOpened: [A.qualify, A.qualify, A.evaluate],
  Evaluating: [A.award, A.evaluate],
  AwardDecided: [A.notify, A.notify, A.fileReview, A.sign],
  Standstill: [A.fileReview, A.courtAct, A.courtAct, A.endStandstill, A.sign, A.sign, A.correct],
  ReadyToContract: [A.sign, A.sign, A.fileReview, A.courtAct],
  Concluded: [A.notice, A.notice, A.correct],
  Cancelled: ALL,
};

/** The command a step sends to a procurement in `state` at `now`. */
export function commandFor(state: ProcurementState, s: Step, now: Instant): ProcurementCommand {
  const builds = s.kind < 88 ? SUITED[state.status] : ALL;
  return nth(builds, s.which)!(state, s, now);
}
