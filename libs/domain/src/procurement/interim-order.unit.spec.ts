import { DeciderSpec } from '@kravspar/testing';
import { standstill } from './award.fixtures';
import { cancelled, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { interimOrderInForce } from './standstill';
import { issueOrder, liftOrder, orderIssued, orderLifted, reviewFiled } from './review.fixtures';

const spec = DeciderSpec.for(procurementDecider);
const held = [...standstill, reviewFiled()];
const ISSUED = '2025-06-17T10:00:00+02:00';
const LIFTED = '2025-06-26T10:00:00+02:00';

describe('IssueInterimOrder and LiftInterimOrder', () => {
  it('P8: issues an interim order in a review, then lifts it', () => {
    const issued = spec.given(held).when(issueOrder(ISSUED)).then([orderIssued(ISSUED)]);
    expect(issued.status === 'Standstill' && interimOrderInForce(issued.reviews['FR-1']!)).toEqual({ issuedAt: ISSUED });
    const lifted = spec.given([...held, orderIssued(ISSUED)]).when(liftOrder(LIFTED)).then([orderLifted(LIFTED)]);
    expect(lifted.status === 'Standstill' && interimOrderInForce(lifted.reviews['FR-1']!)).toBeUndefined();
  });

  it('issues a new order after one was lifted', () => {
    const later = '2025-06-28T10:00:00+02:00';
    spec.given([...held, orderIssued(ISSUED), orderLifted(LIFTED)]).when(issueOrder(later)).then([orderIssued(later)]);
  });

  it('stays quiet on repeats', () => {
    spec.given([...held, orderIssued(ISSUED)]).when(issueOrder(ISSUED)).thenNothing();
    spec.given([...held, orderIssued(ISSUED), orderLifted(LIFTED)]).when(liftOrder(LIFTED)).thenNothing();
    spec.given([...held, orderIssued(ISSUED), orderLifted(LIFTED)]).when(issueOrder(ISSUED)).thenNothing();
  });

  it('refuses a second order in force, a lift without one, and an unknown case naming STATE', () => {
    spec.given([...held, orderIssued(ISSUED)]).when(issueOrder(LIFTED)).thenThrows('STATE', 'already in force');
    spec.given(held).when(liftOrder(LIFTED)).thenThrows('STATE', 'No interim order');
    spec.given(held).when(issueOrder(ISSUED, 'FR-9')).thenThrows('STATE', 'No review case FR-9');
  });

  it('refuses an order before the filing and a lift before the order naming STATE', () => {
    spec.given(held).when(issueOrder('2025-06-15T10:00:00+02:00')).thenThrows('STATE', 'before the application');
    spec.given([...held, orderIssued(ISSUED)]).when(liftOrder('2025-06-16T10:00:00+02:00')).thenThrows('STATE', 'before the interim order');
  });

  it('T1: refuses a court act in the future', () => {
    spec.given(held).when(issueOrder(plusMinutes(ISSUED, 6), 'FR-1', ISSUED)).thenThrows('T1');
    spec.given([...held, orderIssued(ISSUED)]).when(liftOrder(plusMinutes(LIFTED, 6), 'FR-1', LIFTED)).thenThrows('T1');
  });

  it('refuses after cancellation naming P10', () => {
    spec.given([...held, cancelled()]).when(issueOrder(ISSUED)).thenThrows('P10');
    spec.given([...held, orderIssued(ISSUED), cancelled()]).when(liftOrder(LIFTED)).thenThrows('P10');
  });
});
