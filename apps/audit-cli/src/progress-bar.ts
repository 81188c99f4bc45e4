const WIDTH = 30;
const REDRAW_MS = 100;

/**
 * A one-line progress bar with rate and ETA on stderr, so stdout stays clean for --json and pipes.
 * Drawn only on a terminal, or when asked (`--progress`); otherwise every call does nothing.
 */
export class ProgressBar {
  private readonly started = performance.now();
  private lastDrawn = 0;
  private drawn = false;

  constructor(
    private readonly label: string,
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, total: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDrawn < REDRAW_MS && done < total) return;
    this.lastDrawn = now;
    this.drawn = true;
    this.stream.write(`\r${this.line(done, total, now)}`);
  }

  /** Ends the line (only if something was drawn). */
  finish(): void {
    if (this.enabled && this.drawn) this.stream.write('\n');
  }

  private line(done: number, total: number, now: number): string {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(fraction * WIDTH);
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    return `${this.label} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${total} ${Math.round(rate)}/s ETA ${formatDuration(eta)}  `;
  }
}

function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}

/** Bars are drawn on a terminal, or anywhere with --progress. */
export function progressWanted(option: boolean | undefined, stream: NodeJS.WriteStream = process.stderr): boolean {
  return option === true || stream.isTTY === true;
}
