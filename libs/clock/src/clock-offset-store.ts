/**
 * Where the test clock keeps its offset from real time. Shared by every process, so a move made through one
 * process is seen by all of them.
 */
export interface ClockOffsetStore {
  /** The offset in milliseconds; 0 when none was written. */
  read(): Promise<number>;
  write(offsetMs: number): Promise<void>;
}
