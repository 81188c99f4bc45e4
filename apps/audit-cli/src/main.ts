import { ConfigError, loadSettings } from '@kravspar/config';
import { EXIT, parseCommandLine, UsageError, VerificationFailed, type CommandLine } from './args';
import { checkpoint } from './commands/checkpoint';
import { exportLog, key } from './commands/export';
import { exportOcds } from './commands/export-ocds';
import { history } from './commands/history';
import { diff, rebuild } from './commands/rebuild';
import { state } from './commands/state';
import { verify } from './commands/verify';
import { CommandContext } from './context';
import { USAGE } from './usage';

const COMMANDS: Record<string, (line: CommandLine, context: CommandContext) => Promise<void>> = {
  history,
  state,
  verify,
  checkpoint,
  export: exportLog,
  'export-ocds': exportOcds,
  key,
  rebuild,
  diff,
};

/**
 * `npm run audit -- <command>` (architecture §1): history and state as of a time, integrity verification of the log
 * or of an export, checkpoints and their proofs, export, read-model rebuild and diff. Exit codes: 0 ok, 1 verification failed, 2 usage error,
 * 3 could not run.
 */
async function main(argv: readonly string[]): Promise<number> {
  let json = argv.includes('--json');
  try {
    const line = parseCommandLine(argv);
    json = line.options.json === true;
    const [name, ...words] = line.words;
    if (line.options.help || name === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const command = name === undefined ? undefined : COMMANDS[name];
    if (!command) throw new UsageError(name === undefined ? 'no command given' : `unknown command '${name}'`);
    await command({ words, options: line.options }, new CommandContext(loadSettings(), line.options));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof VerificationFailed) return EXIT.failed;
    const usage = error instanceof UsageError;
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    if (json) process.stdout.write(`${JSON.stringify({ error: message, exitCode: usage ? EXIT.usage : EXIT.error }, null, 2)}\n`);
    process.stderr.write(usage ? `${message}\n\n${USAGE}\n` : `${message}\n`);
    return usage ? EXIT.usage : EXIT.error;
  }
}

main(process.argv.slice(2)).then((code) => {
  // exitCode rather than exit(): output piped to a file or another process is written out first.
  process.exitCode = code;
});
