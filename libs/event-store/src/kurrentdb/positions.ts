import { START, type Position, type ReadPosition } from '@kurrent/kurrentdb-client';

/**
 * KurrentDB's $all position is a byte offset in its transaction log (a bigint commit/prepare pair):
 * increasing in commit order, but with gaps. The port's position is a JavaScript number, so only
 * offsets below 2^53 can be represented exactly; above that we refuse rather than round silently
 * (a rounded checkpoint would skip or repeat events). 2^53 bytes is 8 PiB of log.
 */
const MAX_PORT_POSITION = BigInt(Number.MAX_SAFE_INTEGER);

/** What stream reads return where the server has no $all position (max uint64, or -1 from old servers). */
const NO_POSITION = 2n ** 64n - 1n;

/** A position the port's numbers cannot carry; the message says which and why. */
export class UnrepresentablePositionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnrepresentablePositionError';
  }
}

type PositionLike = { readonly commit: bigint | number; readonly prepare: bigint | number };

/**
 * The port's number for a KurrentDB position. Appends through gRPC are implicit transactions, where
 * every event's commit position equals its own prepare position, so the commit position alone
 * identifies the event. Events of explicit (legacy TCP) transactions share one commit position and
 * cannot be told apart by a single number: they are refused, as are positions at or above 2^53.
 */
export function toPortPosition(position: PositionLike | undefined, where: string): number {
  const commit = position === undefined ? NO_POSITION : BigInt(position.commit);
  if (commit === NO_POSITION || commit < 0n) {
    throw new UnrepresentablePositionError(
      `KurrentDB returned no $all position for ${where}; stream reads carry it from KurrentDB 22.6 on`,
    );
  }
  const prepare = BigInt(position!.prepare);
  if (prepare !== commit) {
    throw new UnrepresentablePositionError(
      `${where} was written in an explicit transaction (commit ${commit}, prepare ${prepare}); ` +
        'the event store only reads events appended one stream at a time',
    );
  }
  if (commit > MAX_PORT_POSITION) {
    throw new UnrepresentablePositionError(
      `KurrentDB position ${commit} of ${where} is not below 2^53: the event store's numeric positions would lose precision`,
    );
  }
  return Number(commit);
}

/** The KurrentDB position of an event the port knows by `position` (commit and prepare are equal). */
export function toKurrentPosition(position: number): Position {
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new UnrepresentablePositionError(`${position} is not a KurrentDB position (a safe non-negative integer)`);
  }
  const exact = BigInt(position);
  return { commit: exact, prepare: exact };
}

/**
 * Where to start reading or subscribing for the port's exclusive `after`. A subscription from a
 * position starts after it; a read includes it, so readers drop events at or before `after` too.
 * 0 is the start of the log: KurrentDB's own records (epoch information) always come first, so no
 * event of ours ever sits at position 0.
 */
export function startAfter(after: number): ReadPosition {
  return after === 0 ? START : toKurrentPosition(after);
}
