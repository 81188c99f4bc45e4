import type { Actor } from '@kravspar/domain';
import {
  projectProcurement,
  projectTimeline,
  toListEntry,
  type ProcurementDocument,
  type ProcurementTimeline,
} from '@kravspar/read-models';
import { event, next, revisionOf, storedLifecycle } from '../../../libs/read-models/src/procurement/lifecycle-events.fixtures';
import { isProcurementTeam, isVisibleTo, listItemFor, procurementFor, timelineFor } from './procurement-visibility';

const actor = (role: Actor['role'], unitId: string, supplierId?: string): Actor =>
  ({ userId: `${role}-1`, role, unitId, ...(supplierId === undefined ? {} : { supplierId }) });

const officer = actor('procurement-officer', 'procurement-support');
const ownBuyer = actor('buyer', 'unit-waste');
const otherBuyer = actor('buyer', 'unit-schools');
const socialWelfare = actor('social-welfare', 'social-welfare');
const labourMarket = actor('labour-market', 'arbetsliv-och-etablering');
const auditor = actor('auditor', 'audit');
const bidder = actor('supplier', 'supplier:acme', 'acme');
const nonBidder = actor('supplier', 'supplier:other', 'other');

const fold = (history: ReturnType<typeof storedLifecycle>) => ({
  document: history.reduce<ProcurementDocument | undefined>(projectProcurement, undefined)!,
  timeline: history.reduce<ProcurementTimeline | undefined>(projectTimeline, undefined)!.entries,
});
// Before: awarded, its reasons corrected, but not yet notified. After: notified.
const awarded = storedLifecycle('AwardDecided');
const correction = next(awarded, event('RegistrationCorrected', { revision: revisionOf('AwardDecided'), eventType: 'AwardDecided', field: 'reasons', correctedValue: 'Lägst pris hos bid-acme', reason: 'Ofullständig motivering' }, '2026-04-24T11:00:00+02:00'));
const before = fold([...awarded, correction]);
const after = fold(storedLifecycle('AwardNotificationSent'));

describe('isProcurementTeam and isVisibleTo', () => {
  it('counts every procurement officer and the buyers of the procurement\'s own unit, nobody else', () => {
    expect([officer, ownBuyer].every((a) => isProcurementTeam(a, 'unit-waste'))).toBe(true);
    expect([otherBuyer, socialWelfare, labourMarket, auditor, bidder].some((a) => isProcurementTeam(a, 'unit-waste'))).toBe(false);
  });

  it('hides from suppliers what was never published, and nothing from other roles', () => {
    expect(isVisibleTo(bidder, {})).toBe(false);
    expect(isVisibleTo(bidder, { publishedAt: '2026-03-02T08:00:00+01:00' })).toBe(true);
    expect(isVisibleTo(labourMarket, {})).toBe(true);
  });
});

describe('procurementFor (P5) before the award notification', () => {
  it.each([['procurement-officer', officer], ['buyer of the unit', ownBuyer]])('shows the %s everything', (_, reader) => {
    expect(procurementFor(reader, before.document)).toBe(before.document);
  });

  it.each([
    ['buyer of another unit', otherBuyer],
    ['social-welfare', socialWelfare],
    ['labour-market', labourMarket],
    ['auditor', auditor],
    ['supplier without a bid', nonBidder],
  ])('shows the %s no bid, bidder, score, count, winner or correction of a bid event', (_, reader) => {
    const seen = procurementFor(reader, before.document);
    expect(seen).toMatchObject({ bids: [], opening: { openedAt: '2026-04-18T13:00:00+02:00', openers: ['officer-1', 'officer-2'] }, award: { decidedAt: '2026-04-24T10:00:00+02:00' }, corrections: [] });
    expect(seen).not.toHaveProperty('bidCount');
    expect(seen.opening).not.toHaveProperty('bidIds');
    expect(seen.award).toEqual({ decidedAt: '2026-04-24T10:00:00+02:00' });
    expect(JSON.stringify(seen)).not.toMatch(/bid-|acme|bygg|cleanco|3500000|3800000/);
    expect(seen).toMatchObject({ status: 'AwardDecided', clarifications: [expect.objectContaining({ questionId: 'q-1' })] });
  });

  it('shows the bidding supplier its own bid as submitted, and nobody else\'s', () => {
    const seen = procurementFor(bidder, before.document);
    expect(seen.bids).toEqual([
      { bidId: 'bid-acme', supplierId: 'acme', price: { amount: 3_800_000, currency: 'SEK' }, socialOffer: 'bid-acme: tre platser', receivedAt: '2026-04-15T09:00:00+02:00', withdrawn: false },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/bygg|cleanco|3500000|"score"|"winner"/);
  });
});

describe('procurementFor (P5) after the award notification', () => {
  it.each([officer, ownBuyer, otherBuyer, socialWelfare, labourMarket, auditor, bidder, nonBidder])('shows $role ($unitId) every bid', (reader) => {
    expect(procurementFor(reader, after.document)).toBe(after.document);
    expect(after.document.bids).toHaveLength(3);
  });
});

describe('listItemFor (P5)', () => {
  it('gives the bid count to the team before the notification and to everyone after', () => {
    const beforeRow = toListEntry(before.document);
    expect(listItemFor(ownBuyer, beforeRow)).toMatchObject({ bidCount: 2 });
    expect(listItemFor(officer, beforeRow)).not.toHaveProperty('bidsDisclosed');
    for (const reader of [otherBuyer, socialWelfare, labourMarket, auditor, bidder, nonBidder]) {
      expect(listItemFor(reader, beforeRow).bidCount).toBeNull();
      expect(listItemFor(reader, toListEntry(after.document)).bidCount).toBe(2);
    }
  });
});

describe('timelineFor (P5)', () => {
  it('keeps every entry for the team', () => {
    expect(timelineFor(officer, before.document, before.timeline)).toEqual(before.timeline);
    expect(timelineFor(ownBuyer, before.document, before.timeline)).toEqual(before.timeline);
  });

  it('shows an auditor before the notification every entry, but no supplier as actor and no bid ids', () => {
    const seen = timelineFor(auditor, before.document, before.timeline);
    expect(seen.map((entry) => [entry.type, entry.occurredAt, entry.recordedAt, entry.ruleRefs, entry.flags])).toEqual(
      before.timeline.map((entry) => [entry.type, entry.occurredAt, entry.recordedAt, entry.ruleRefs, entry.flags]),
    );
    const received = seen.find((entry) => entry.type === 'BidReceived')!;
    expect(received.actor).toBeNull();
    expect(seen.find((entry) => entry.type === 'BidsOpened')!.actor).toMatchObject({ role: 'procurement-officer' });
    expect(JSON.stringify(seen)).not.toMatch(/bid-|acme|bygg|cleanco/);
  });

  it('shows an auditor every actor and bid id after the notification', () => {
    expect(timelineFor(auditor, after.document, after.timeline)).toEqual(after.timeline);
  });
});
