import { DeciderSpec } from '@kravspar/testing';
import type { CancellationReason } from './vocabulary';
import {
  addCriterion,
  awardCriterion,
  cancel,
  cancellation,
  cancelled,
  criterionAdded,
  initiate,
  initiated,
  NOW,
  plusMinutes,
  publish,
  published,
} from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { assessed, awarded, evaluation, opening, standstill } from './award.fixtures';
import { reviewFiled, signed, standstillEnded } from './review.fixtures';

const spec = DeciderSpec.for(procurementDecider);
const planning = [initiated(), criterionAdded()];

describe('CancelProcurement', () => {
  it('cancels a procurement in planning', () => {
    const state = spec.given(planning).when(cancel()).then([cancelled()]);
    expect(state).toMatchObject({ status: 'Cancelled', cancelledIn: 'Planning', cancellation });
    expect(procurementDecider.isTerminal(state)).toBe(true);
  });

  it('cancels a published procurement and keeps its publication', () => {
    const cancelledAt = '2026-03-02T08:45:00+01:00';
    const state = spec.given([...planning, published()]).when(cancel({ cancelledAt })).then([cancelled({ cancelledAt })]);
    expect(state).toMatchObject({ status: 'Cancelled', cancelledIn: 'Published', publication: published().data });
  });

  it.each(['courtOrdered', 'other'] as const)('accepts the reason category %s', (reasonCategory) => {
    spec.given(planning).when(cancel({ reasonCategory })).then([cancelled({ reasonCategory })]);
  });

  it('refuses a reason category outside the list naming P10', () => {
    spec
      .given(planning)
      .when(cancel({ reasonCategory: 'changedOurMinds' as CancellationReason }))
      .thenThrows('P10', 'changedOurMinds');
  });

  it.each(['', '   '])('refuses a blank justification (%j) naming P10', (justification) => {
    spec.given(planning).when(cancel({ justification })).thenThrows('P10', 'justification');
  });

  it('refuses a cancelledAt more than 5 minutes after now naming T1', () => {
    spec.given(planning).when(cancel({ cancelledAt: plusMinutes(NOW, 6) })).thenThrows('T1');
  });

  it('refuses before initiation naming STATE', () => {
    spec.given([]).when(cancel()).thenThrows('STATE');
  });

  it('stays quiet when repeated with the same reason, justification and time', () => {
    spec.given([...planning, cancelled()]).when(cancel()).thenNothing();
    spec.given([...planning, cancelled()]).when(cancel({ cancelledAt: '2026-03-02T07:30:00Z' })).thenNothing();
  });

  describe('after cancellation later commands are refused naming P10', () => {
    const history = [...planning, published(), cancelled()];

    it.each([
      ['InitiateProcurement', initiate({ title: 'Städning, andra försöket' })],
      ['AddSocialCriterion', addCriterion(awardCriterion)],
      ['PublishProcurement', publish({ tenderDeadline: '2026-04-20T12:00:00+02:00' })],
      ['CancelProcurement with another justification', cancel({ justification: 'A different story.' })],
      ['CancelProcurement with another reason', cancel({ reasonCategory: 'other' })],
    ])('%s', (_name, command) => {
      spec.given(history).when(command).thenThrows('P10', 'was cancelled');
    });
  });

  describe('P10: from any stage before signing', () => {
    it.each([
      ['BidsOpened', opening],
      ['BidsOpened, assessed', assessed],
      ['Evaluating', evaluation],
      ['AwardDecided', awarded],
      ['Standstill', standstill],
      ['Standstill, under review', [...standstill, reviewFiled()]],
      ['ReadyToContract', [...standstill, standstillEnded('2025-06-23', '2025-06-24T00:05:00+02:00')]],
    ])('cancels in %s and keeps what that stage knew', (_stage, history) => {
      const before = spec.given(history).when(cancel()).state;
      const state = spec.given(history).when(cancel()).then([cancelled()]);
      const { status, eventTypes: _revisions, ...facts } = before as Extract<typeof before, { eventTypes: unknown }>;
      expect(state).toMatchObject({ ...facts, status: 'Cancelled', cancelledIn: status });
    });

    it('refuses once the contract is signed, naming P10', () => {
      spec.given([...standstill, signed()]).when(cancel()).thenThrows('P10', 'only before signing');
    });
  });
});
