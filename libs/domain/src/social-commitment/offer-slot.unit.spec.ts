import { DeciderSpec } from '@kravspar/testing';
import { awardCriterion } from '../procurement/procurement.fixtures';
import { commitmentDecider } from './commitment.decider';
import { activated, established, offerSlot, slotOffered, slotWithdrawn } from './commitment.fixtures';

const spec = DeciderSpec.for(commitmentDecider);

describe('OfferSlot', () => {
  it('offers a slot before and after the contract starts (S8: the contract\'s supplier)', () => {
    const state = spec.given([established()]).when(offerSlot()).then([slotOffered()]);
    expect(state.status !== 'Absent' && state.slots['slot-1']).toMatchObject({ status: 'Offered', interruptions: [] });
    spec.given([established(), activated(), slotOffered()]).when(offerSlot('slot-2')).then([slotOffered('slot-2')]);
  });

  it('lets more slots be offered than units are committed: S1 limits matching only', () => {
    const three = ['slot-1', 'slot-2', 'slot-3'].map((id) => slotOffered(id));
    spec.given([established(), activated(), ...three]).when(offerSlot('slot-4')).then([slotOffered('slot-4')]);
  });

  it('S8: refuses a slot offered by another supplier, even as a repeat', () => {
    spec.given([established()]).when(offerSlot('slot-1', { supplierId: 's2' })).thenThrows('S8', "Supplier 's2'");
    spec.given([established(), slotOffered()]).when(offerSlot('slot-1', { supplierId: 's2' })).thenThrows('S8');
  });

  it('stays quiet on the same offer, also after a withdrawal; refuses another under a used id naming STATE', () => {
    spec.given([established(), slotOffered()]).when(offerSlot()).thenNothing();
    spec.given([established(), slotOffered(), slotWithdrawn()]).when(offerSlot()).thenNothing();
    spec.given([established(), slotOffered()]).when(offerSlot('slot-1', { site: 'Visby' })).thenThrows('STATE', 'already offered');
  });

  it('refuses a slot on a commitment that commits no placements, or with a start window backwards, naming STATE', () => {
    spec.given([established({ criterion: awardCriterion })]).when(offerSlot()).thenThrows('STATE', 'commits no placements');
    spec.given([established()]).when(offerSlot('slot-1', { startWindow: { from: '2026-09-01', to: '2026-08-01' } })).thenThrows('STATE', 'start window');
  });

  it('refuses before the commitment exists naming STATE', () => {
    spec.given([]).when(offerSlot()).thenThrows('STATE', 'has not been established');
  });
});
