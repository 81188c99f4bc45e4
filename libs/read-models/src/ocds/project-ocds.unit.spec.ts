import { cancelled } from '@kravspar/domain/procurement/procurement.fixtures';
import { CASE_NO, event, next, storedLifecycle } from '../procurement/lifecycle-events.fixtures';
import type { ProjectedEvent } from '../projected-event';
import { gotlandLog } from './ocds-log.fixtures';
import { OcdsLogFold } from './ocds-log-fold';
import type { OcdsRelease } from './ocds-release';
import { projectOcds, type OcdsReleaseEntry } from './project-ocds';

const releasesOf = (log: readonly ProjectedEvent[]): OcdsReleaseEntry[] => {
  const fold = new OcdsLogFold();
  return log.map((e) => fold.apply(e)).filter((entry) => entry !== undefined);
};
const tagsOf = (entries: readonly OcdsReleaseEntry[]) => entries.map((entry) => entry.release.tag.join('+'));
const last = (entries: readonly OcdsReleaseEntry[]): OcdsRelease => entries[entries.length - 1].release;

describe('OCDS releases from the event history', () => {
  const log = gotlandLog();
  const releases = releasesOf(log);
  const notificationPosition = log.find((e) => e.type === 'AwardNotificationSent')!.position;
  const sealed = releases.filter((entry) => entry.position < notificationPosition);

  it('makes one release per meaningful event, tagged per domain-research §4.6', () => {
    expect(tagsOf(releases)).toEqual([
      'planning', // initiated
      'planningUpdate', // criterion added
      'tender', // published
      'tenderUpdate', // clarification answered
      'tenderAmendment', // deadline extended
      'award', // award notification: the decision is disclosed
      'awardUpdate', // review rejected: the award stands
      'awardUpdate', // standstill ended: the award is active
      'contract', // signed
      'implementation', // contract started
      ...Array(8).fill('implementationUpdate'), // three offers, two matches, a start, an interruption, a completion
    ]);
  });

  it('gives each release its process, an id unique in the process, and the act’s business time', () => {
    expect(new Set(releases.map((entry) => entry.release.ocid))).toEqual(new Set(['gotland-2026-01']));
    expect(new Set(releases.map((entry) => entry.procurementId))).toEqual(new Set(['gotland-2026-01']));
    expect(new Set(releases.map((entry) => entry.release.id)).size).toBe(releases.length);
    const award = releases.find((entry) => entry.release.tag.includes('award'))!;
    expect(award.release.date).toBe('2026-04-24T14:00:00+02:00');
    expect(award.release.id).toBe(`procurement-${log.find((e) => e.type === 'AwardNotificationSent')!.position}`);
  });

  it('shows no bid, tenderer, price, score or award before the award notification (P5)', () => {
    expect(sealed.length).toBe(5);
    const text = JSON.stringify(sealed);
    for (const secret of ['acme', 'bygg', 'cleanco', 'bid-', '3800000', '3500000', '3900000', 'tenderers', 'numberOfTenderers', 'awards', 'contracts', 'Högst poäng', 'tre platser']) {
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
    }
  });

  it('discloses the winner, its price and the tenderers whose bids stood at the award notification', () => {
    const award = releases.find((entry) => entry.release.tag.includes('award'))!.release;
    expect(award.tender).toMatchObject({ status: 'complete', numberOfTenderers: 2, tenderers: [{ id: 'supplier-acme' }, { id: 'supplier-bygg' }] });
    expect(award.awards).toEqual([{ id: 'award-1', status: 'pending', date: '2026-04-24T10:00:00+02:00', suppliers: [{ id: 'supplier-acme', name: 'acme' }], value: { amount: 3_800_000, currency: 'SEK' } }]);
    expect(award.parties.find((p) => p.id === 'supplier-acme')?.roles).toEqual(['tenderer', 'supplier']);
    expect(JSON.stringify(award)).not.toContain('cleanco');
  });

  it('tags the Gotland criterion with the sustainability goal and strategy', () => {
    expect(releases[1].release.tender).toMatchObject({
      hasSustainability: true,
      sustainability: [{ goal: 'social.disadvantagedEmploymentOpportunities', strategies: ['contractPerformanceConditions'], description: 'Tre arbetsträningsplatser för personer långt från arbetsmarknaden' }],
    });
    expect(releases[0].release.tender.hasSustainability).toBe(false);
  });

  it('publishes the placements as counts: committed, then offered, matched, started, completed, interrupted', () => {
    const contract = last(releases).contracts![0];
    expect(contract).toMatchObject({ id: 'contract-1', awardID: 'award-1', status: 'active', period: { startDate: '2026-05-31T22:00:00.000Z', endDate: '2028-05-31T21:59:59.000Z' } });
    expect(contract.agreedMetrics).toEqual([expect.objectContaining({ id: 'placements-crit-work-training', observations: [{ id: 'committed', measure: 3, unit: { name: 'placements' } }] })]);
    const measures = Object.fromEntries(contract.implementation!.metrics![0].observations.map((o) => [o.id, o.measure]));
    expect(measures).toEqual({ offered: 3, matched: 1, started: 1, completed: 1, interrupted: 1 });
  });

  it('never carries candidate data: no referral, site, reason or outcome', () => {
    const text = JSON.stringify(releases);
    for (const personal of ['ref-s', 'Station s', 'participantIll', 'employment"', 'monthsServed']) expect([personal, text.includes(personal)]).toEqual([personal, false]);
  });

  it('ignores an event delivered twice, and events of a process it never saw initiated', () => {
    const fold = new OcdsLogFold();
    const [first, second] = log;
    expect(fold.apply(first)).toBeDefined();
    expect(fold.apply(second)).toBeDefined();
    expect(fold.apply(second)).toBeUndefined();
    expect(projectOcds(undefined, log[2])).toBeUndefined();
  });

  it('cancels the award when a court orders a correction (awardCancellation)', () => {
    const history = storedLifecycle('AwardNotificationSent');
    const corrected = next(history, event('ReviewDecided', { caseNo: CASE_NO, decidedAt: '2026-05-08T09:00:00+02:00', outcome: 'correction', standstillLastDay: null }, '2026-05-08T09:00:00+02:00'));
    const entries = releasesOf([...history, corrected]);
    expect(last(entries).tag).toEqual(['awardCancellation']);
    expect(last(entries).awards).toEqual([expect.objectContaining({ id: 'award-1', status: 'cancelled' })]);
  });

  it('marks a cancelled procurement tenderCancellation and then names its tenderers', () => {
    const history = storedLifecycle('BidsOpened');
    const entries = releasesOf([...history, next(history, cancelled())]);
    expect(last(entries).tag).toEqual(['tenderCancellation']);
    expect(last(entries).tender).toMatchObject({ status: 'cancelled', numberOfTenderers: 2 });
    expect(last(entries).awards).toBeUndefined();
  });
});
