import { socialCriteriaCoverage, type CoverageRow } from './coverage';

const row = (procurementId: string, data: Partial<CoverageRow> = {}): CoverageRow => ({
  procurementId, buyerUnitId: 'waste', year: 2026, instruments: [], contractId: null, followedUp: false, ...data,
});

describe('socialCriteriaCoverage', () => {
  it('gives per department and year the share with social criteria, by instrument, and the share followed up', () => {
    const items = socialCriteriaCoverage([
      row('p-1', { instruments: ['specialContractCondition', 'awardCriterion'], contractId: 'k-1', followedUp: true }),
      row('p-2', { instruments: ['specialContractCondition'], contractId: 'k-2' }),
      row('p-3', { instruments: ['reservedParticipation'] }),
      row('p-4'),
      row('p-5', { buyerUnitId: 'social', year: 2027 }),
      row('p-6', { year: 2025, contractId: 'k-6' }),
    ]);
    expect(items.map((item) => [item.unitId, item.year])).toEqual([['social', 2027], ['waste', 2025], ['waste', 2026]]);
    expect(items[2]).toEqual({
      unitId: 'waste', year: 2026, procurements: 4, withSocialCriteria: 3, shareWithSocialCriteria: 0.75,
      byInstrument: {
        specialContractCondition: { procurements: 2, share: 0.5 },
        reservedParticipation: { procurements: 1, share: 0.25 },
        reservedExecution: { procurements: 0, share: 0 },
        awardCriterion: { procurements: 1, share: 0.25 },
      },
      contracted: 2, followedUp: 1, shareFollowedUp: 0.5,
    });
  });

  it('leaves the followed-up share null while no procurement with social criteria has a contract', () => {
    const [social, waste] = socialCriteriaCoverage([row('p-5', { buyerUnitId: 'social' }), row('p-6', { contractId: 'k-6', followedUp: true })]);
    expect(social).toMatchObject({ withSocialCriteria: 0, shareWithSocialCriteria: 0, contracted: 0, shareFollowedUp: null });
    // A contract without social criteria is not counted as followed up.
    expect(waste).toMatchObject({ contracted: 0, followedUp: 0, shareFollowedUp: null });
    expect(socialCriteriaCoverage([])).toEqual([]);
  });
});
