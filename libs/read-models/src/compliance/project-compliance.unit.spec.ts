import { ProjectionSpec } from '@kravspar/testing';
import {
  acme, activated, COMMITMENT_ID, commitmentEstablished, commitmentStream, CONTRACT_ID, contractRegistered, contractStream, event, history, owner,
  started, stored,
} from '../follow-up-events.fixtures';
import { projectCommitmentCompliance } from './project-commitment-compliance';
import { projectContractCompliance } from './project-contract-compliance';

const contracts = ProjectionSpec.for(projectContractCompliance);
const commitments = ProjectionSpec.for(projectCommitmentCompliance);

const penalty = { penaltyId: 'p-1', deviationId: 'd-1', criterionId: 'crit-work-training', sanction: 'vite-per-saknad-plats', amount: { amount: 10_000, currency: 'SEK' } };
const contractEvents = history(contractStream(), [
  contractRegistered(),
  event('ContractStarted', { date: '2026-06-01' }),
  event('FollowUpMeetingHeld', { heldAt: '2026-09-10T13:00:00+02:00', participants: ['buyer', 'supplier'] }, '2026-09-10T13:00:00+02:00'),
  event('DeviationRecorded', { deviationId: 'd-1', observedAt: '2026-10-01T09:00:00+02:00', criterionId: 'crit-work-training', severity: 'major', description: 'Ingen plats' }, '2026-10-01T09:00:00+02:00'),
  event('RectificationRequested', { deviationId: 'd-1', deadline: '2026-11-15' }, '2026-10-02T09:00:00+02:00'),
  event('PenaltyImposed', penalty, '2026-11-20T09:00:00+01:00'),
  event('PenaltyWaived', { penaltyId: 'p-1', justification: 'Oproportionerligt' }, '2026-11-21T09:00:00+01:00'),
  event('DeviationRectified', { deviationId: 'd-1', date: '2026-11-22' }, '2026-11-21T23:00:00.000Z'),
  event('ContractTerminated', { date: '2026-12-01', reason: 'Avtalsbrott' }, '2026-11-30T23:00:00.000Z'),
]);

describe('projectContractCompliance', () => {
  it('makes the document from the registration and follows the contract to its end', () => {
    const document = contracts.given(contractEvents).document;
    expect(document).toMatchObject({
      id: CONTRACT_ID, procurementId: 'gotland-2026-01', buyerUnitId: 'waste', supplierId: 'acme', status: 'Terminated', startedOn: '2026-06-01',
      ended: { date: '2026-12-01', reason: 'Avtalsbrott' },
      meetings: [{ heldAt: '2026-09-10T13:00:00+02:00', participants: ['buyer', 'supplier'] }],
      deviations: [{ deviationId: 'd-1', severity: 'major', rectificationRequests: [{ deadline: '2026-11-15', requestedAt: '2026-10-02T09:00:00+02:00' }], rectifiedOn: '2026-11-22' }],
      penalties: [{ ...penalty, imposedAt: '2026-11-20T09:00:00+01:00', waiver: { justification: 'Oproportionerligt', waivedAt: '2026-11-21T09:00:00+01:00', byRole: owner.role } }],
      revision: 8,
    });
  });

  it('changes nothing for a repeated or older event, or for events before the registration', () => {
    contracts.given(contractEvents.slice(0, 4)).when(contractEvents[3]!).thenUnchanged();
    contracts.given(contractEvents.slice(0, 4)).when(contractEvents[1]!).thenUnchanged();
    contracts.given([]).when(contractEvents[1]!).then(undefined);
  });
});

const commitmentEvents = history(commitmentStream(), [
  commitmentEstablished(),
  activated(),
  event('PlacementSlotOffered', { slotId: 's1', site: 'Visby', startWindow: { from: '2026-08-01', to: '2026-09-30' } }),
  event('SlotMatched', { slotId: 's1', referralId: 'r-1', matchedAt: '2026-08-03T10:00:00+02:00' }),
  started('s1', 'r-1'),
  event('SupplierReportSubmitted', { period: { start: '2026-06-01', end: '2026-08-31' }, counts: { offered: 1, started: 1, ongoing: 1, completed: 0 } }, '2026-09-15T10:00:00+02:00'),
  event('ReportOverdue', { period: { start: '2026-09-01', end: '2026-11-30' }, dueDate: '2026-12-30' }, '2026-12-30T23:00:00.000Z'),
  event('CommitmentPeriodEnded', { date: '2028-05-31' }, '2028-05-31T22:00:00.000Z'),
  event('CommitmentBreached', { unitsRequired: 3, minMonths: 6, placementsCounted: 1, placements: [] }, '2028-05-31T22:00:00.000Z'),
]);

describe('projectCommitmentCompliance', () => {
  it('keeps the terms, the first start, reports, overdue marks and the outcome', () => {
    expect(commitments.given(commitmentEvents).document).toMatchObject({
      id: COMMITMENT_ID, contractId: CONTRACT_ID, criterionId: 'crit-work-training', placementType: 'workTraining', unitsRequired: 3,
      minMonths: 6, firstPlacementDueDays: 180, reportingSchedule: 'quarterly', contractStartDate: '2026-06-01', firstPlacementStartedOn: '2026-08-10',
      reports: [{ period: { start: '2026-06-01', end: '2026-08-31' }, counts: { offered: 1, started: 1, ongoing: 1, completed: 0 }, submittedAt: '2026-09-15T10:00:00+02:00' }],
      overdueReports: [{ period: { start: '2026-09-01', end: '2026-11-30' }, dueDate: '2026-12-30' }],
      firstPlacementOverdue: null, periodEndedOn: '2028-05-31', outcome: { status: 'Breached', placementsCounted: 1, unitsRequired: 3 }, revision: 8,
    });
  });

  it('keeps the earliest start when a later one follows, and records FirstPlacementOverdue', () => {
    const later = stored(commitmentStream(), event('PlacementStarted', { slotId: 's2', referralId: 'r-2', date: '2026-09-01' }), 9, acme);
    commitments.given(commitmentEvents).when(later).thenMatches({ firstPlacementStartedOn: '2026-08-10', revision: 9 });
    const overdue = stored(commitmentStream(), event('FirstPlacementOverdue', { dueDate: '2026-11-28' }), 2);
    commitments.given(commitmentEvents.slice(0, 2)).when(overdue).thenMatches({ firstPlacementOverdue: '2026-11-28', firstPlacementStartedOn: null });
  });

  it('changes nothing for a repeat, and knows no commitment before it was established', () => {
    commitments.given(commitmentEvents).when(commitmentEvents[5]!).thenUnchanged();
    commitments.given([]).when(commitmentEvents[1]!).then(undefined);
  });
});
