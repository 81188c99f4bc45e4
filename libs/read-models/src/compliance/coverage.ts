import { INSTRUMENTS, type Instrument } from '@kravspar/domain';

/** One published procurement as the coverage counts it (read-store's `listCoverageRows`). */
export interface CoverageRow {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  /** The year of publication, in Stockholm. */
  readonly year: number;
  /** The instrument of each of its social criteria (one entry per criterion). */
  readonly instruments: readonly string[];
  /** The contract signed from it; null before (or without) a signing. */
  readonly contractId: string | null;
  /** Its contract had a supplier report received or a follow-up meeting held. */
  readonly followedUp: boolean;
}

export interface CoverageItem {
  /** The department: the procurement's buyer unit. */
  readonly unitId: string;
  readonly year: number;
  readonly procurements: number;
  readonly withSocialCriteria: number;
  /** `withSocialCriteria / procurements`, three decimals. */
  readonly shareWithSocialCriteria: number;
  /** Per instrument: procurements with at least one criterion of it, and their share of all procurements. */
  readonly byInstrument: Readonly<Record<Instrument, { readonly procurements: number; readonly share: number }>>;
  /** Procurements with social criteria that led to a signed contract. */
  readonly contracted: number;
  readonly followedUp: number;
  /** `followedUp / contracted`; null while none was contracted. */
  readonly shareFollowedUp: number | null;
}

const share = (part: number, whole: number): number => Math.round((part / whole) * 1000) / 1000;

/**
 * Social-criteria coverage per department and year (domain.md §4): of the procurements published that
 * year, the share with at least one social criterion, by instrument; and of those that led to a contract,
 * the share followed up (a supplier report received or a follow-up meeting held).
 */
export function socialCriteriaCoverage(rows: readonly CoverageRow[]): CoverageItem[] {
  const groups = new Map<string, CoverageRow[]>();
  for (const row of rows) {
    const key = JSON.stringify([row.buyerUnitId, row.year]);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const items = [...groups.values()].map((group): CoverageItem => {
    const { buyerUnitId: unitId, year } = group[0]!;
    const social = group.filter((row) => row.instruments.length > 0);
    const contracted = social.filter((row) => row.contractId !== null);
    const followedUp = contracted.filter((row) => row.followedUp).length;
    const byInstrument = Object.fromEntries(
      INSTRUMENTS.map((instrument) => {
        const count = group.filter((row) => row.instruments.includes(instrument)).length;
        return [instrument, { procurements: count, share: share(count, group.length) }];
      }),
    ) as CoverageItem['byInstrument'];
    return {
      unitId, year, procurements: group.length, withSocialCriteria: social.length, shareWithSocialCriteria: share(social.length, group.length),
      byInstrument, contracted: contracted.length, followedUp, shareFollowedUp: contracted.length === 0 ? null : share(followedUp, contracted.length),
    };
  });
  return items.sort((a, b) => a.unitId.localeCompare(b.unitId) || a.year - b.year);
}
