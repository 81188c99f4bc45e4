import { criterionAdded, initiated, officer, placementCriterion } from '@kravspar/domain/procurement/procurement.fixtures';
import { LATE_REGISTRATION_MS, toTimelineEntry } from './procurement-timeline';
import { stored } from './stored-procurement-events.fixtures';

const OCCURRED_AT = '2026-03-02T09:00:00+01:00';
const recordedAfter = (ms: number) => new Date(Date.parse(OCCURRED_AT) + ms).toISOString();

describe('toTimelineEntry', () => {
  it('shows who did what, when it happened, when it was recorded and the rules it was checked against', () => {
    const event = stored(criterionAdded(placementCriterion, OCCURRED_AT), 1, { recordedAt: recordedAfter(60_000) });
    expect(toTimelineEntry(event)).toEqual({
      revision: 1,
      type: 'SocialCriterionAdded',
      occurredAt: OCCURRED_AT,
      recordedAt: recordedAfter(60_000),
      actor: officer,
      ruleRefs: ['P1'],
      flags: [],
    });
  });

  it('lists no rules for an act checked against none', () => {
    expect(toTimelineEntry(stored(initiated(), 0)).ruleRefs).toEqual([]);
  });

  it('does not flag an act registered exactly 7 days after it happened', () => {
    const event = stored(initiated({}, OCCURRED_AT), 0, { recordedAt: recordedAfter(LATE_REGISTRATION_MS) });
    expect(toTimelineEntry(event).flags).toEqual([]);
  });

  it('flags an act registered more than 7 days after it happened as a late registration', () => {
    const event = stored(initiated({}, OCCURRED_AT), 0, { recordedAt: recordedAfter(LATE_REGISTRATION_MS + 1) });
    expect(toTimelineEntry(event).flags).toEqual(['late-registration']);
  });

  it('keeps the type of events the read model does not interpret, so the timeline stays complete', () => {
    const event = { ...stored(initiated(), 4), type: 'ClarificationRequested' };
    expect(toTimelineEntry(event)).toMatchObject({ revision: 4, type: 'ClarificationRequested' });
  });
});
