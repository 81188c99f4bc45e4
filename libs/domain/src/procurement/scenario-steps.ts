import fc from 'fast-check';
import type { Actor, CommandMetadata, Instant } from '../kernel';
import type { ProcurementCommand } from './commands';
import { officer, plusMinutes } from './procurement.fixtures';
import type { ProcurementState } from './state';

// Steps of the random lifecycles of the property spec (not exported from the lib).

export interface Step {
  /** Below 88 the command suits the stage; otherwise any command. */
  readonly kind: number;
  readonly which: number;
  readonly pick: number;
  /** Below 12 the data is off-script. */
  readonly wild: number;
  /** Minutes the system clock moves before this step. */
  readonly advance: number;
  /** Minutes before `now` the act happened. */
  readonly back: number;
}

export const DAY = 24 * 60;
export const START: Instant = '2025-03-03T08:00:00+01:00';

export const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat(99),
  which: fc.nat(),
  pick: fc.nat(),
  wild: fc.nat(99),
  advance: fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 180 }), weight: 4 },
    { arbitrary: fc.integer({ min: DAY, max: 3 * DAY }), weight: 3 },
    { arbitrary: fc.integer({ min: 5 * DAY, max: 16 * DAY }), weight: 2 },
  ),
  back: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 120 }), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 12 * DAY }), weight: 1 }),
});

/** Builds the command of one step from the state it meets. */
export type Build = (state: ProcurementState, s: Step, now: Instant) => ProcurementCommand;

export const nth = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);
export const supplierActor = (supplierId: string): Actor => ({ userId: `user-${supplierId}`, role: 'supplier', unitId: supplierId, supplierId });
export const meta = (now: Instant): CommandMetadata => ({ actor: officer, now });
export const wild = (s: Step): boolean => s.wild < 12;

/** A business time: mostly in the past; off-script, beyond the 5 minutes of skew (T1). */
export const at = (s: Step, now: Instant): Instant => (s.wild < 4 ? plusMinutes(now, 6 + (s.back % 60)) : plusMinutes(now, -s.back));
