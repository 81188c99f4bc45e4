import { DeciderSpec } from '@kravspar/testing';
import { opened } from './award.fixtures';
import { cancelled, initiated, officer, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { answer, answered, ask, asked, DURING_TENDER, TENDER_DEADLINE, tenderPeriod } from './tender.fixtures';

const spec = DeciderSpec.for(procurementDecider);
const withQuestion = [...tenderPeriod, asked()];

describe('AskClarification', () => {
  it('records a supplier question, stamped by the system clock, checked against P3', () => {
    const state = spec.given(tenderPeriod).when(ask('q1', 's1')).then([asked('q1', 's1')]);
    expect(state.status === 'Published' && state.questions['q1']).toMatchObject({ supplierId: 's1', askedAt: DURING_TENDER });
  });

  it('accepts a question at the very deadline and refuses one a minute later naming STATE', () => {
    spec.given(tenderPeriod).when(ask('q1', 's1', TENDER_DEADLINE)).then([asked('q1', 's1', TENDER_DEADLINE)]);
    spec.given(tenderPeriod).when(ask('q1', 's1', plusMinutes(TENDER_DEADLINE, 1))).thenThrows('STATE', 'has passed');
  });

  it('refuses a question from an actor without a supplier id naming STATE', () => {
    spec.given(tenderPeriod).when({ ...ask(), metadata: { actor: officer, now: DURING_TENDER } }).thenThrows('STATE', 'supplier');
  });

  it('stays quiet on a repeat, and refuses the same id with another question naming STATE', () => {
    spec.given(withQuestion).when(ask()).thenNothing();
    spec.given(withQuestion).when({ ...ask(), data: { questionId: 'q1', question: 'Annat?' } }).thenThrows('STATE', 'q1');
  });

  it('refuses before publication naming STATE and after cancellation naming P10', () => {
    spec.given([initiated()]).when(ask()).thenThrows('STATE', 'Planning');
    spec.given([...tenderPeriod, cancelled()]).when(ask()).thenThrows('P10');
  });
});

describe('AnswerClarification', () => {
  it('answers in time: 6 Stockholm days before the deadline needs no extension', () => {
    const answeredAt = '2025-05-06T23:30:00+02:00';
    const state = spec.given(withQuestion).when(answer({ answeredAt })).then([answered({ answeredAt })]);
    expect(state.status === 'Published' && state.owedExtension).toBeUndefined();
  });

  it('P3: flags an answer 5 days before the deadline and owes an extension, without refusing', () => {
    const answeredAt = '2025-05-07T08:00:00+02:00';
    const state = spec
      .given(withQuestion)
      .when(answer({ answeredAt }, '2025-05-07T09:00:00+02:00'))
      .then([answered({ answeredAt, extensionRequired: true })]);
    expect(state.status === 'Published' && state.owedExtension).toEqual({ questionId: 'q1', answeredAt });
  });

  it('P3: flags an answer after the deadline too (the extension can no longer be given)', () => {
    const answeredAt = '2025-05-12T13:00:00+02:00';
    spec.given(withQuestion).when(answer({ answeredAt })).then([answered({ answeredAt, extensionRequired: true })]);
  });

  it('refuses an unknown question naming STATE', () => {
    spec.given(tenderPeriod).when(answer()).thenThrows('STATE', "No question 'q1'");
  });

  it('refuses an answeredAt in the future naming T1, and one before the question naming STATE', () => {
    spec.given(withQuestion).when(answer({ answeredAt: plusMinutes(DURING_TENDER, 6) }, DURING_TENDER)).thenThrows('T1', 'future');
    spec.given(withQuestion).when(answer({ answeredAt: '2025-04-19T09:00:00+02:00' })).thenThrows('STATE', 'before');
  });

  it('stays quiet on a repeat, and refuses another answer naming STATE', () => {
    const history = [...withQuestion, answered()];
    spec.given(history).when(answer()).thenNothing();
    spec.given(history).when(answer({ answer: 'Jo, det ingår.' })).thenThrows('STATE', 'already answered');
  });

  it('refuses after the bids were opened naming STATE', () => {
    spec.given([...withQuestion, opened({ bidIds: [] })]).when(answer()).thenThrows('STATE', 'BidsOpened');
  });
});
