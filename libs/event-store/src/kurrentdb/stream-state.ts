import {
  ErrorType, NO_STREAM, type AppendStreamState, type CurrentStreamState, type StreamState,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedRevisionError } from '../errors';
import type { ExpectedRevision } from '../event-store.port';

/**
 * The stream state an append asks KurrentDB to check. Always exact (`no_stream` or a revision), never
 * ANY: an exact expectation is what makes concurrent writers conflict and retries idempotent.
 */
export function toStreamState(expected: ExpectedRevision): StreamState {
  if (expected === 'no-stream') return NO_STREAM;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`Expected revision ${expected} is neither 'no-stream' nor a revision (0, 1, 2…)`);
  }
  return BigInt(expected);
}

/** The port's revision for a state KurrentDB reports as current. */
export function fromCurrentState(state: CurrentStreamState | AppendStreamState): ExpectedRevision {
  if (state === NO_STREAM) return 'no-stream';
  if (typeof state === 'bigint' && state >= 0n) return Number(state);
  throw new RangeError(`KurrentDB reported the stream state ${String(state)}, which is not a revision`);
}

/**
 * The port's conflict for KurrentDB's WrongExpectedVersionError (with the revision the stream is at
 * now), or undefined for any other error. Matched by its `type`, so a second copy of the client
 * module cannot hide it.
 */
export function toConflict(error: unknown, streamId: string, expected: ExpectedRevision): WrongExpectedRevisionError | undefined {
  if (!hasType(error, ErrorType.WRONG_EXPECTED_VERSION)) return undefined;
  const { actualState } = error as unknown as { actualState: CurrentStreamState };
  return new WrongExpectedRevisionError(streamId, expected, fromCurrentState(actualState));
}

/** True when KurrentDB says the stream does not exist (reading it is then an empty stream). */
export function isStreamNotFound(error: unknown): boolean {
  return hasType(error, ErrorType.STREAM_NOT_FOUND);
}

function hasType(error: unknown, type: ErrorType): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === type;
}
