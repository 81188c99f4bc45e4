import { fold } from '../kernel';
import { cancelled, criterionAdded, initiated, published } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { procurementStreamId } from './stream';

describe('procurementDecider', () => {
  it('starts Absent and moves Planning → Published → Cancelled', () => {
    const history = [initiated(), criterionAdded(), published(), cancelled()];
    const statuses = history.map((_, n) => fold(procurementDecider, history.slice(0, n + 1)).status);
    expect(procurementDecider.initialState).toEqual({ status: 'Absent' });
    expect(statuses).toEqual(['Planning', 'Planning', 'Published', 'Cancelled']);
  });

  it('is terminal only once cancelled', () => {
    const terminal = [[], [initiated()], [initiated(), published()], [initiated(), cancelled()]].map((history) =>
      procurementDecider.isTerminal(fold(procurementDecider, history)),
    );
    expect(terminal).toEqual([false, false, false, true]);
  });

  it('leaves the facts unchanged for an event that does not fit its stage, counting only its revision', () => {
    const published_ = fold(procurementDecider, [initiated(), published()]);
    expect(procurementDecider.evolve(published_, criterionAdded())).toEqual({
      ...published_,
      eventTypes: ['ProcurementInitiated', 'ProcurementPublished', 'SocialCriterionAdded'],
    });
    expect(procurementDecider.evolve(procurementDecider.initialState, cancelled())).toEqual({ status: 'Absent' });
  });

  it('names the stream procurement-<id>', () => {
    expect(procurementStreamId('gotland-2026-01')).toBe('procurement-gotland-2026-01');
  });
});
