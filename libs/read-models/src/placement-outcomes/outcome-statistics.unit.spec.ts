import { hiddenCells, outcomeStatistics, type OutcomeGroup } from './outcome-statistics';

const completions = (code: string, count: number, monthsServed = count * 6): OutcomeGroup => ({ unitId: 'waste', year: 2026, ending: 'completed', code, count, monthsServed });
const interruptions = (code: string, count: number): OutcomeGroup => ({ unitId: 'waste', year: 2026, ending: 'interrupted', code, count, monthsServed: null });

describe('hiddenCells', () => {
  it('shows zeros and counts of 5 or more when nothing is small', () => {
    expect(hiddenCells([0, 0, 5, 40])).toEqual([false, false, false, false]);
  });

  it('hides every count from 1 to 4, with the zeros and the smallest count of 5 or more beside them', () => {
    expect(hiddenCells([9, 2, 0, 6, 7, 1])).toEqual([false, true, true, true, false, true]);
  });

  it('hides one of two equal smallest counts, and everything when only small counts and zeros remain', () => {
    expect(hiddenCells([6, 6, 3])).toEqual([true, false, true]);
    expect(hiddenCells([0, 3, 0, 1])).toEqual([true, true, true, true]);
  });

  it('leaves two small counts of a known total no way to be worked out from what is shown', () => {
    const counts = [10, 1, 1, 0, 0, 0];
    expect(hiddenCells(counts).every(Boolean)).toBe(true);
  });
});

describe('outcomeStatistics', () => {
  const groups = [
    completions('employment', 6, 40.5), completions('education', 2, 9),
    interruptions('participantIll', 5), interruptions('supplierEnded', 12), interruptions('mismatch', 1),
  ];

  it('shows every code of the closed lists, hidden cells as null with suppressed: true, the totals of 5 or more', () => {
    const [item] = outcomeStatistics(groups, { exact: false });
    expect(item.completions.total).toEqual({ count: 8, monthsServed: 49.5, suppressed: false });
    expect(item.completions.byOutcome.map((cell) => cell.code)).toEqual(['employment', 'education', 'continuedMeasure', 'jobSeeking', 'noOutcome', 'other']);
    expect(item.completions.byOutcome.every((cell) => cell.count === null && cell.monthsServed === null && cell.suppressed)).toBe(true);
    expect(item.interruptions.total).toEqual({ count: 18, suppressed: false });
    expect(item.interruptions.byReason).toEqual([
      { code: 'participantIll', count: null, suppressed: true },
      { code: 'participantLeft', count: null, suppressed: true },
      { code: 'supplierEnded', count: 12, suppressed: false },
      { code: 'mismatch', count: null, suppressed: true },
      { code: 'movedToOtherMeasure', count: null, suppressed: true },
      { code: 'other', count: null, suppressed: true },
    ]);
  });

  it('hides a total from 1 to 4 and every cell of its breakdown', () => {
    const [item] = outcomeStatistics([completions('employment', 3)], { exact: false });
    expect(item.completions.total).toEqual({ count: null, monthsServed: null, suppressed: true });
    expect(item.completions.byOutcome.every((cell) => cell.count === null && cell.suppressed)).toBe(true);
  });

  it('gives exact counts and months when asked (the labour-market unit)', () => {
    const [item] = outcomeStatistics(groups, { exact: true });
    expect(item.completions.byOutcome[1]).toEqual({ code: 'education', count: 2, monthsServed: 9, suppressed: false });
    expect(item.interruptions.byReason.find((cell) => cell.code === 'mismatch')).toEqual({ code: 'mismatch', count: 1, suppressed: false });
    expect(JSON.stringify(item)).not.toContain('null');
  });

  it('answers one item per unit and year, in the order given', () => {
    const other = { ...completions('other', 5), unitId: 'schools', year: 2027 };
    expect(outcomeStatistics([...groups, other], { exact: false }).map(({ unitId, year }) => [unitId, year])).toEqual([['waste', 2026], ['schools', 2027]]);
  });
});
