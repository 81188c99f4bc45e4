import type { Actor } from '@kravspar/domain';
import type { ProcurementDocument } from '@kravspar/read-models';
import { isProcurementTeam, isVisibleTo, withSecretsWithheld } from './procurement-visibility';

const actor = (role: Actor['role'], unitId: string): Actor => ({ userId: `${role}-1`, role, unitId });

describe('isProcurementTeam', () => {
  it('counts every procurement officer and the buyers of the procurement\'s own unit', () => {
    expect(isProcurementTeam(actor('procurement-officer', 'procurement-support'), 'waste')).toBe(true);
    expect(isProcurementTeam(actor('buyer', 'waste'), 'waste')).toBe(true);
    expect(isProcurementTeam(actor('buyer', 'schools'), 'waste')).toBe(false);
    expect(isProcurementTeam(actor('auditor', 'waste'), 'waste')).toBe(false);
    expect(isProcurementTeam(actor('social-welfare', 'waste'), 'waste')).toBe(false);
  });
});

describe('isVisibleTo', () => {
  it('hides from suppliers what was never published, and nothing from other roles', () => {
    expect(isVisibleTo(actor('supplier', 'supplier:acme'), {})).toBe(false);
    expect(isVisibleTo(actor('supplier', 'supplier:acme'), { publishedAt: '2026-03-02T08:00:00+01:00' })).toBe(true);
    expect(isVisibleTo(actor('labour-market', 'arbetsliv-och-etablering'), {})).toBe(true);
  });
});

describe('withSecretsWithheld (P5)', () => {
  // No bid events are projected yet; a document with a bid stands in for the later stages.
  const document = { buyerUnitId: 'waste', bids: [{ bidId: 'b-1' }] } as unknown as ProcurementDocument;

  it('keeps the bids for the procurement team and withholds them from everyone else', () => {
    expect(withSecretsWithheld(document, actor('buyer', 'waste')).bids).toHaveLength(1);
    expect(withSecretsWithheld(document, actor('buyer', 'schools')).bids).toEqual([]);
    expect(withSecretsWithheld(document, actor('auditor', 'audit')).bids).toEqual([]);
  });
});
