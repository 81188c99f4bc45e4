import { DeciderSpec } from '@kravspar/testing';
import { awarded, notified, standstill } from './award.fixtures';
import { cancelled, initiated, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { sign, signed, standstillEnded } from './review.fixtures';

const spec = DeciderSpec.for(procurementDecider);
const december = [...awarded, notified({ sentAt: '2025-12-15T10:00:00+01:00', standstillLastDay: '2025-12-29' })];

describe('SignContract', () => {
  describe('P9: not during the standstill (notified electronically on 15 December 2025, last day 29 December)', () => {
    it.each(['2025-12-29T16:00:00+01:00', '2025-12-29T22:59:00Z'])('refuses signedAt %s, still 29 December in Stockholm', (signedAt) => {
      spec.given(december).when(sign({ signedAt })).thenThrows('P9', 'runs to 2025-12-29');
    });

    it.each(['2025-12-30T09:00:00+01:00', '2025-12-29T23:00:00Z'])('signs at %s, 30 December in Stockholm', (signedAt) => {
      const state = spec.given(december).when(sign({ signedAt })).then([signed({ signedAt })]);
      expect(state).toMatchObject({ status: 'Concluded', standstillLastDay: '2025-12-29', contract: { contractId: 'contract-1', supplierId: 's1' } });
    });
  });

  it('signs whether or not the timer recorded StandstillEnded', () => {
    spec.given(standstill).when(sign()).then([signed()]);
    spec.given([...standstill, standstillEnded('2025-06-23', '2025-06-24T00:05:00+02:00')]).when(sign()).then([signed()]);
  });

  it('carries the procurement\'s criteria into the contract', () => {
    const [event] = procurementDecider.decide(sign(), spec.given(standstill).when(sign()).state);
    expect(event?.type === 'ContractSigned' && event.data.criteria.map((c) => c.criterionId)).toEqual(['crit-work-training']);
  });

  it('P9: signs a direct award straight after the decision, without a notification or standstill', () => {
    const direct = [initiated({ procedure: 'direct', regime: 'direct' }), ...awarded.slice(1)];
    const signedAt = '2025-06-05T11:00:00+02:00';
    const state = spec.given(direct).when(sign({ signedAt })).then([signed({ signedAt })]);
    expect(state).toMatchObject({ status: 'Concluded', standstillLastDay: null });
  });

  it('refuses to sign a notified award before the notification naming STATE', () => {
    spec.given(awarded).when(sign()).thenThrows('STATE', 'award notification must be sent first');
  });

  it('P6: refuses a bid that did not win', () => {
    spec.given(standstill).when(sign({ bidId: 'b2' })).thenThrows('P6', "Bid 'b2' did not win");
    spec.given(standstill).when(sign({ bidId: 'b9' })).thenThrows('P6');
  });

  it('T1: refuses a signedAt in the future; refuses one before the award decision naming STATE', () => {
    const now = '2025-06-24T10:00:00+02:00';
    spec.given(standstill).when(sign({ signedAt: plusMinutes(now, 6) }, now)).thenThrows('T1');
    const direct = [initiated({ procedure: 'direct' }), ...awarded.slice(1)];
    spec.given(direct).when(sign({ signedAt: '2025-06-04T10:00:00+02:00' })).thenThrows('STATE', 'before the award decision');
  });

  it('stays quiet on a repeat; refuses another signing naming STATE', () => {
    spec.given([...standstill, signed()]).when(sign()).thenNothing();
    spec.given([...standstill, signed()]).when(sign({ contractId: 'contract-2' })).thenThrows('STATE', 'Concluded');
  });

  it('refuses after cancellation naming P10', () => {
    spec.given([...standstill, cancelled()]).when(sign()).thenThrows('P10');
  });
});
