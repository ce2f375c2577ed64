import { parseArgs } from 'node:util';
import type { Command, OptionSpec, ParsedArgs } from './command.js';
import { InputError, UsageError } from './command.js';
import type { Io } from './io.js';
import { styleFor } from './io.js';
import { commands } from './commands/index.js';
import { didYouMean } from '../text/suggest.js';

const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', type: 'boolean', description: 'Show help for this command.' };

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    if (topic !== undefined) {
      const cmd = commands.find((c) => c.name === topic);
      if (!cmd) return usageFailure(io, `Unknown command '${topic}'.`, commandHint(topic));
      io.stdout(commandHelp(cmd));
      return 0;
    }
    io.stdout(mainHelp());
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const cmd = commands.find((c) => c.name === first);
  if (!cmd) return usageFailure(io, `Unknown command '${first}'.`, commandHint(first));
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(cmd));
    return 0;
  }
  let parsed: ParsedArgs;
  try {
    parsed = parseCommandArgs(cmd, rest);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(io, e.message, e.hint, cmd);
    throw e;
  }
  try {
    return await cmd.run(parsed, io);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(io, e.message, e.hint, cmd);
    if (e instanceof InputError) {
      const s = styleFor(io, 'stderr');
      io.stderr(`${s.red('error')}: ${e.message}\n${e.hint ? `  ${s.dim('hint')}: ${e.hint}\n` : ''}`);
      return 2;
    }
    throw e;
  }
}

declare const __TTHC_VERSION__: string | undefined;
const VERSION = typeof __TTHC_VERSION__ === 'string' ? __TTHC_VERSION__ : '0.0.0-dev';

function commandHint(name: string): string {
  const dym = didYouMean(name, commands.map((c) => c.name));
  return `${dym ? `${dym} ` : ''}Run 'tthc --help' for the list of commands.`;
}

function usageFailure(io: Io, message: string, hint?: string, cmd?: Command): number {
  const s = styleFor(io, 'stderr');
  io.stderr(`${s.red('error')}: ${message}\n`);
  if (hint) io.stderr(`  ${s.dim('hint')}: ${hint}\n`);
  if (cmd) io.stderr(`usage: ${cmd.usage}\nRun 'tthc ${cmd.name} --help' for every option.\n`);
  return 2;
}

/** Parses and checks a command's arguments; throws UsageError on anything unknown or missing. */
export function parseCommandArgs(cmd: Command, args: string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const o of [...cmd.options, HELP_OPTION]) {
    options[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) {
      const names = cmd.options.map((o) => `--${o.name}`);
      throw new UsageError(`Unknown option '${unknown[1]}' for 'tthc ${cmd.name}'.`, didYouMean(unknown[1], names) || undefined);
    }
    const missing = /Option '([^']+)' argument missing/.exec(msg);
    if (missing) throw new UsageError(`Option '${missing[1].replace(/^-\w, /, '')}' needs a value.`);
    throw new UsageError(msg.replace(/\. To specify.*$/, '.'));
  }
  const values = parsed.values as ParsedArgs['values'];
  for (const o of cmd.options) {
    const v = values[o.name];
    if (v === undefined && o.default !== undefined) values[o.name] = o.default;
    if (o.choices && typeof v === 'string' && !o.choices.includes(v)) {
      throw new UsageError(
        `'${v}' is not a valid value for --${o.name}: use one of ${o.choices.join(', ')}.`,
        didYouMean(v, o.choices) || undefined,
      );
    }
  }
  const required = cmd.positionals.filter((p) => !p.endsWith('?'));
  if (parsed.positionals.length < required.length) {
    throw new UsageError(`Missing ${required.slice(parsed.positionals.length).map((p) => `<${p}>`).join(' ')}.`);
  }
  if (parsed.positionals.length > cmd.positionals.length) {
    throw new UsageError(`Unexpected argument '${parsed.positionals[cmd.positionals.length]}'.`);
  }
  return { positionals: parsed.positionals, values };
}

export function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    'tthc — which administrative procedures break when a document is abolished, and why.',
    '',
    'usage: tthc <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `tthc <command> --help` for the options and examples of a command.',
    'Exit codes: 0 ran, 1 findings (errors, or what --fail-on names), 2 bad usage or unreadable input.',
    '',
  ];
  return lines.join('\n');
}

export function commandHelp(cmd: Command): string {
  const opts = [...cmd.options, HELP_OPTION];
  const heads = opts.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.arg ? ` ${o.arg}` : ''}`);
  const width = Math.max(...heads.map((h) => h.length));
  const lines = [`usage: ${cmd.usage}`, '', cmd.summary];
  if (cmd.description) lines.push('', cmd.description);
  lines.push('', 'Options:');
  opts.forEach((o, i) => {
    const extra = [
      o.choices ? `one of ${o.choices.join(', ')}` : '',
      o.default !== undefined && o.default !== false ? `default ${String(o.default)}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(`  ${heads[i].padEnd(width)}  ${o.description}${extra ? ` (${extra})` : ''}`);
  });
  if (cmd.examples.length) {
    lines.push('', 'Examples:');
    for (const ex of cmd.examples) lines.push(`  # ${ex.comment}`, `  ${ex.command}`);
  }
  lines.push('');
  return lines.join('\n');
}
