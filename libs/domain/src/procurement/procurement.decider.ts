import type { Decider } from '../kernel';
import type { ProcurementCommand } from './commands';
import { decide } from './decide';
import type { ProcurementEvent } from './events';
import { evolve } from './evolve';
import { initialProcurementState, type ProcurementState } from './state';
import { isTerminal } from './state-queries';

/** The decider of the `procurement-<id>` stream: the tender lifecycle under LOU (domain.md §2). */
export const procurementDecider: Decider<ProcurementCommand, ProcurementEvent, ProcurementState> = {
  decide,
  evolve,
  initialState: initialProcurementState,
  isTerminal,
};
