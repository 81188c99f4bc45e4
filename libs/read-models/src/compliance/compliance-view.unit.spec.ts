import type { CommitmentComplianceDocument, ContractComplianceDocument } from './compliance-document';
import { contractComplianceView } from './compliance-view';

const contract: ContractComplianceDocument = {
  id: 'k-1', procurementId: 'p-1', buyerUnitId: 'waste', supplierId: 'acme', period: { start: '2026-06-01', end: '2028-05-31' },
  startedOn: '2026-06-01', status: 'Started', ended: null, meetings: [],
  deviations: [
    { deviationId: 'd-1', observedAt: '2027-01-05T08:00:00+01:00', criterionId: 'c', severity: 'major', description: 'x', rectificationRequests: [{ deadline: '2027-01-31', requestedAt: '2027-01-05T09:00:00+01:00' }, { deadline: '2027-02-15', requestedAt: '2027-01-30T09:00:00+01:00' }], rectifiedOn: null },
    { deviationId: 'd-2', observedAt: '2027-01-05T08:00:00+01:00', criterionId: 'c', severity: 'minor', description: 'y', rectificationRequests: [{ deadline: '2027-01-10', requestedAt: '2027-01-05T09:00:00+01:00' }], rectifiedOn: null },
    { deviationId: 'd-3', observedAt: '2027-01-05T08:00:00+01:00', criterionId: 'c', severity: 'minor', description: 'z', rectificationRequests: [{ deadline: '2027-01-10', requestedAt: '2027-01-05T09:00:00+01:00' }], rectifiedOn: '2027-01-08' },
  ],
  penalties: [
    { penaltyId: 'p-1', deviationId: 'd-1', criterionId: 'c', sanction: 's', amount: { amount: 1, currency: 'SEK' }, imposedAt: '2027-02-16T09:00:00+01:00', waiver: null },
    { penaltyId: 'p-2', deviationId: 'd-2', criterionId: 'c', sanction: 's', amount: { amount: 1, currency: 'SEK' }, imposedAt: '2027-02-16T09:00:00+01:00', waiver: { justification: 'j', waivedAt: '2027-02-17T09:00:00+01:00', byRole: 'buyer' } },
  ],
  revision: 9, updatedAt: '2027-02-17T09:01:00+01:00',
};

const commitment: CommitmentComplianceDocument = {
  id: 'm-1', contractId: 'k-1', criterionId: 'c', placementType: 'workTraining', unitsRequired: 3, minMonths: 6, firstPlacementDueDays: 180,
  reportingSchedule: 'quarterly', contractStartDate: '2026-06-01',
  reports: [
    { period: { start: '2026-06-01', end: '2026-08-31' }, counts: { offered: 1, started: 0, ongoing: 0, completed: 0 }, submittedAt: '2026-09-10T10:00:00+02:00' },
    { period: { start: '2026-09-01', end: '2026-11-30' }, counts: { offered: 1, started: 1, ongoing: 1, completed: 0 }, submittedAt: '2027-01-02T10:00:00+01:00' },
  ],
  overdueReports: [{ period: { start: '2026-09-01', end: '2026-11-30' }, dueDate: '2026-12-30' }, { period: { start: '2026-12-01', end: '2027-02-28' }, dueDate: '2027-03-30' }],
  firstPlacementStartedOn: null, firstPlacementOverdue: '2026-11-28', periodEndedOn: null, outcome: null, revision: 7, updatedAt: '2027-03-31T00:00:00+02:00',
};

describe('contractComplianceView', () => {
  const view = contractComplianceView(contract, [commitment], '2027-04-10');

  it('shows each reporting period against its due date: received, late, overdue, due or upcoming', () => {
    const [reports] = view.commitments.map((c) => c.reports);
    expect(reports!.periods.slice(0, 5).map((p) => [p.start, p.dueDate, p.status])).toEqual([
      ['2026-06-01', '2026-09-30', 'received'],
      ['2026-09-01', '2026-12-30', 'receivedLate'],
      ['2026-12-01', '2027-03-30', 'overdue'],
      ['2027-03-01', '2027-06-30', 'upcoming'],
      ['2027-06-01', '2027-09-30', 'upcoming'],
    ]);
    expect(reports).toMatchObject({ due: 3, received: 2, overdue: 1, late: 1 });
    const later = contractComplianceView(contract, [commitment], '2027-06-01').commitments[0]!.reports;
    expect(later.periods[3]).toMatchObject({ start: '2027-03-01', status: 'due' });
    expect(later).toMatchObject({ due: 4, overdue: 1 });
  });

  it('gives the time to the first placement against its due date', () => {
    expect(view.commitments[0]!.firstPlacement).toEqual({ dueDate: '2026-11-28', startedOn: null, days: 313, dueDays: 180, status: 'overdue' });
    const started = (startedOn: string) => contractComplianceView(contract, [{ ...commitment, firstPlacementStartedOn: startedOn, firstPlacementOverdue: null }], '2027-04-10').commitments[0]!.firstPlacement;
    expect(started('2026-07-01')).toMatchObject({ days: 30, status: 'onTime' });
    expect(started('2026-12-01')).toMatchObject({ days: 183, status: 'late' });
    expect(contractComplianceView(contract, [{ ...commitment, firstPlacementOverdue: null }], '2026-07-01').commitments[0]!.firstPlacement).toMatchObject({ days: 30, status: 'pending' });
    expect(contractComplianceView(contract, [{ ...commitment, unitsRequired: null }], '2026-07-01').commitments[0]!.firstPlacement).toBeNull();
  });

  it('counts open deviations, their deadlines in force, and penalties imposed and waived', () => {
    expect(view.deviations.open).toBe(2);
    expect(view.rectificationDeadlines).toEqual([
      { deviationId: 'd-2', deadline: '2027-01-10', passed: true },
      { deviationId: 'd-1', deadline: '2027-02-15', passed: true },
    ]);
    expect(view.penalties).toMatchObject({ imposed: 2, waived: 1 });
    expect(view.penalties.items[1]!.waiver?.justification).toBe('j');
  });

  it('has no periods before the contract started', () => {
    const waiting = contractComplianceView(contract, [{ ...commitment, contractStartDate: null, reports: [], overdueReports: [] }], '2026-05-01').commitments[0]!;
    expect(waiting.reports).toEqual({ due: 0, received: 0, overdue: 0, late: 0, periods: [] });
    expect(waiting.firstPlacement).toBeNull();
  });
});
