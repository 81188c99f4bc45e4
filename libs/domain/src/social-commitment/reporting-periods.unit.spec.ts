import { addMonths, firstPlacementDueDate, reportDueDate, reportingPeriods } from './reporting-periods';

describe('reporting periods', () => {
  it('counts quarters from the contract start; each report is due 30 days after its quarter', () => {
    const periods = reportingPeriods('quarterly', '2026-06-01', '2028-05-31');
    expect(periods).toHaveLength(8);
    expect(periods.slice(0, 3)).toEqual([
      { start: '2026-06-01', end: '2026-08-31', dueDate: '2026-09-30' },
      { start: '2026-09-01', end: '2026-11-30', dueDate: '2026-12-30' },
      { start: '2026-12-01', end: '2027-02-28', dueDate: '2027-03-30' },
    ]);
    expect(periods.at(-1)).toEqual({ start: '2028-03-01', end: '2028-05-31', dueDate: '2028-06-30' });
  });

  it('measures each period from the start itself, so a start on the 31st keeps to month ends', () => {
    expect(reportingPeriods('quarterly', '2026-01-31', '2026-12-31')).toEqual([
      { start: '2026-01-31', end: '2026-04-29', dueDate: '2026-05-29' },
      { start: '2026-04-30', end: '2026-07-30', dueDate: '2026-08-29' },
      { start: '2026-07-31', end: '2026-10-30', dueDate: '2026-11-29' },
      { start: '2026-10-31', end: '2026-12-31', dueDate: '2027-01-30' },
    ]);
  });

  it('ends the last period with the contract, for half years and years too', () => {
    expect(reportingPeriods('semiannual', '2026-06-15', '2027-08-31').map(({ start, end }) => `${start}..${end}`)).toEqual([
      '2026-06-15..2026-12-14',
      '2026-12-15..2027-06-14',
      '2027-06-15..2027-08-31',
    ]);
    expect(reportingPeriods('annual', '2026-06-01', '2027-05-31')).toEqual([{ start: '2026-06-01', end: '2027-05-31', dueDate: '2027-06-30' }]);
    expect(reportingPeriods('quarterly', '2026-06-01', '2026-06-01')).toEqual([{ start: '2026-06-01', end: '2026-06-01', dueDate: '2026-07-01' }]);
  });

  it('has none without a schedule, or for a contract that ends before it starts', () => {
    expect(reportingPeriods(undefined, '2026-06-01', '2028-05-31')).toEqual([]);
    expect(reportingPeriods('monthly', '2026-06-01', '2028-05-31')).toEqual([]);
    expect(reportingPeriods('quarterly', '2026-06-01', '2026-05-31')).toEqual([]);
    expect(reportingPeriods('quarterly', '2026-06-01', '2026-02-30')).toEqual([]);
  });

  it('adds months, clamping to the last day of a shorter month (leap years included)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-06-01', 24)).toBe('2028-06-01');
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });

  it('gives the report due date across a year end, and the S6 due date', () => {
    expect(reportDueDate('2026-12-15')).toBe('2027-01-14');
    expect(firstPlacementDueDate('2026-06-01', 180)).toBe('2026-11-28');
    expect(firstPlacementDueDate('2026-06-01', undefined)).toBeUndefined();
    expect(firstPlacementDueDate('2026-06-01', 1.5)).toBeUndefined();
  });
});
