import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the expected revision: someone else appended first (HTTP 409). */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's revision now, or `no-stream`. */
    readonly actual: ExpectedRevision,
  ) {
    super(`Stream ${streamId} is at revision ${actual}, expected ${expected}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Some of the event ids are already stored, but not as the same events at the same place. */
export class DuplicateEventIdError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Event ${eventId} is already stored, but not as part of the same append to ${streamId}`);
    this.name = 'DuplicateEventIdError';
  }
}
