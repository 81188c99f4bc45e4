import {
  COMMITMENT_BREACHED_V1, COMMITMENT_ESTABLISHED_V1, COMMITMENT_FULFILLED_V1, CONTRACT_STARTED_V1,
  FIRST_PLACEMENT_OVERDUE_V1, PLACEMENT_COMPLETED_V1, PLACEMENT_SLOT_OFFERED_V1, PLACEMENT_STARTED_V1,
  REFERRAL_PROPOSED_V1, REPORT_OVERDUE_V1,
} from '@kravspar/contracts';
import { firstPlacementTimerFor } from './first-placement-clock';
import { rulesFor } from './message-rules';
import { firstPlacementTimerKey, NOTIFIER_TIMER_KINDS } from './notifier-timers';
import { messageOf } from './rules.fixtures';

const parties = PLACEMENT_SLOT_OFFERED_V1.example;
const recipientsOf = (outcome: ReturnType<typeof rulesFor>) => outcome.notifications.map((n) => ({ rule: n.rule, ...n.recipient }));

describe('commitment and referral rules (domain.md §5)', () => {
  it('tell the labour-market unit of the commitment of an offered slot, or every labour-market user when it names none', () => {
    const outcome = rulesFor(messageOf(PLACEMENT_SLOT_OFFERED_V1));
    expect(recipientsOf(outcome)).toEqual([{ rule: 'placement-slot-offered', role: 'labour-market', unitId: parties.matchingUnitId }]);
    expect(outcome.notifications[0]).toMatchObject({ subject: parties.commitmentId, title: expect.stringContaining('Recycling station Visby') });
    expect(recipientsOf(rulesFor(messageOf(PLACEMENT_SLOT_OFFERED_V1, { matchingUnitId: undefined })))).toEqual([
      { rule: 'placement-slot-offered', role: 'labour-market' },
    ]);
  });

  it('tell the supplier of a proposed referral, naming no candidate', () => {
    const outcome = rulesFor(messageOf(REFERRAL_PROPOSED_V1));
    expect(recipientsOf(outcome)).toEqual([{ rule: 'referral-proposed', role: 'supplier', supplierId: REFERRAL_PROPOSED_V1.example.supplierId }]);
    expect(Object.keys(REFERRAL_PROPOSED_V1.example)).not.toContain('candidateRef');
  });

  it('tell the contract owner and the labour-market unit of an overdue first placement, and drop the warning timer', () => {
    const outcome = rulesFor(messageOf(FIRST_PLACEMENT_OVERDUE_V1));
    expect(recipientsOf(outcome)).toEqual([
      { rule: 'first-placement-overdue', role: 'buyer', unitId: parties.buyerUnitId },
      { rule: 'first-placement-overdue', role: 'labour-market', unitId: parties.matchingUnitId },
    ]);
    expect(outcome.cancelTimers).toEqual([firstPlacementTimerKey(parties.commitmentId)]);
  });

  it('tell the contract owner of an overdue report', () => {
    expect(recipientsOf(rulesFor(messageOf(REPORT_OVERDUE_V1)))).toEqual([
      { rule: 'supplier-report-overdue', role: 'buyer', unitId: parties.buyerUnitId },
    ]);
  });

  it('tell the contract owner and social welfare of a fulfilled or breached commitment', () => {
    for (const [contract, rule] of [[COMMITMENT_FULFILLED_V1, 'commitment-fulfilled'], [COMMITMENT_BREACHED_V1, 'commitment-breached']] as const) {
      const outcome = rulesFor(messageOf(contract, { unitsRequired: 3, placementsCounted: 2 }));
      expect(recipientsOf(outcome)).toEqual([
        { rule, role: 'buyer', unitId: parties.buyerUnitId },
        { rule, role: 'social-welfare' },
      ]);
      expect(outcome.notifications[0].body).toContain('2 of 3 placements');
    }
  });

  it('keep the first-placement facts: the commitment with its period, the contract start, a started placement', () => {
    expect(rulesFor(messageOf(COMMITMENT_ESTABLISHED_V1)).facts).toEqual([
      { kind: 'commitment', commitmentId: parties.commitmentId, contractId: parties.contractId, buyerUnitId: parties.buyerUnitId, matchingUnitId: parties.matchingUnitId, firstPlacementDueDays: 180 },
    ]);
    expect(rulesFor(messageOf(COMMITMENT_ESTABLISHED_V1, { firstPlacementDueDays: undefined })).facts).toEqual([]);
    expect(rulesFor(messageOf(CONTRACT_STARTED_V1)).facts).toEqual([{ kind: 'contract-started', contractId: parties.contractId, startDate: '2026-06-01' }]);
    const started = rulesFor(messageOf(PLACEMENT_STARTED_V1));
    expect(started.facts).toEqual([{ kind: 'placement-started', commitmentId: parties.commitmentId }]);
    expect(started.cancelTimers).toEqual([firstPlacementTimerKey(parties.commitmentId)]);
  });

  it('raise nothing for a known message no rule reads', () => {
    expect(rulesFor(messageOf(PLACEMENT_COMPLETED_V1))).toEqual({ notifications: [], setTimers: [], cancelTimers: [], facts: [] });
  });
});

describe('the first-placement clock (S6)', () => {
  const clock = {
    commitmentId: 'k1', contractId: 'c1', buyerUnitId: 'waste', matchingUnitId: 'arbetsliv-och-etablering',
    firstPlacementDueDays: 180, contractStart: '2026-06-01', placementStarted: false,
  };

  it('warns at the start of the Stockholm day 14 days before the due date (contract start + due days)', () => {
    expect(firstPlacementTimerFor(clock)).toEqual({
      key: firstPlacementTimerKey('k1'),
      kind: NOTIFIER_TIMER_KINDS.firstPlacementDueSoon,
      dueAt: new Date('2026-11-13T23:00:00Z'), // 2026-11-14 begins; the first placement is due 2026-11-28
      payload: { commitmentId: 'k1', contractId: 'c1', buyerUnitId: 'waste', matchingUnitId: 'arbetsliv-och-etablering', dueDate: '2026-11-28' },
    });
  });

  it('arms nothing before the contract start is known or once a placement started', () => {
    expect(firstPlacementTimerFor({ ...clock, contractStart: null })).toBeUndefined();
    expect(firstPlacementTimerFor({ ...clock, placementStarted: true })).toBeUndefined();
  });
});
