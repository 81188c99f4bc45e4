import { ProgressBar } from '../apps/audit-cli/src/progress-bar';
import { say } from './figures';

const LINE_EVERY_MS = 5_000;

/**
 * The audit CLI's progress bar on a terminal; elsewhere (CI logs, pipes) a plain line every few seconds,
 * so a long step still shows that it moves.
 */
export class Progress {
  private readonly bar: ProgressBar;
  private lastLine = performance.now();

  constructor(private readonly label: string) {
    this.bar = new ProgressBar(label.padEnd(18), process.stderr.isTTY === true);
  }

  update(done: number, total: number): void {
    this.bar.update(done, total);
    if (process.stderr.isTTY || performance.now() - this.lastLine < LINE_EVERY_MS) return;
    this.lastLine = performance.now();
    say(`${this.label}: ${done}/${total}`);
  }

  finish(): void {
    this.bar.finish();
  }
}
