import { parseArgs } from 'node:util';
import type { Lang } from '../report/labels.js';
import { suggest } from '../text/suggest.js';
import type { Command, OptionSpec, ParsedArgs } from './command.js';
import { InputError, UsageError } from './command.js';
import { commands } from './commands/index.js';
import type { Io } from './io.js';
import { stderrWidth, stdoutWidth, styleFor } from './io.js';
import { checkOutputPath } from './output-path.js';
import { checkExcelOption } from './options.js';
import { MAIN_EXAMPLES, MAIN_OPTIONS, RUN_TEXT as T } from './run-text.js';
import type { Text } from './text.js';
import { didYouMeanList, fill, fillText, ignoredEnvLang, resolveLang, say } from './text.js';
import { VERSION } from '../util/build-info.js';
import { ignoredMaxFileSize } from './file-size-limit.js';
import { pushAll, pushTo } from '../util/push-all.js';
import { entryLines, exampleLines, paragraphLines, usageLines } from './help-lines.js';
import { fitLines, hangingLines } from '../report/fit-lines.js';

const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', type: 'boolean', description: T.helpOption };

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code. The
 * language (--lang, else TTHC_LANG, else Vietnamese) is settled first, so usage errors and
 * --help come out in it.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const lang = resolveLang(argv, io.env);
  const badEnvLang = ignoredEnvLang(argv, io.env);
  if (badEnvLang !== undefined) io.stderr(`${say(fillText(T.ignoredEnvLang, { value: badEnvLang }), lang)}\n`);
  const badMaxFileSize = ignoredMaxFileSize(io.env);
  if (badMaxFileSize !== undefined) io.stderr(`${say(fillText(T.ignoredMaxFileSize, { value: badMaxFileSize }), lang)}\n`);
  // `tthc --lang en blocked …` works too: a leading --lang goes to the command.
  const leading: string[] = [];
  let start = 0;
  while (argv[start] === '--lang' || argv[start]?.startsWith('--lang=')) {
    const n = argv[start] === '--lang' ? 2 : 1;
    leading.push(...argv.slice(start, start + n));
    start += n;
  }
  const [first, ...more] = argv.slice(start);
  const rest = [...leading, ...more];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? more[0] : undefined;
    if (topic !== undefined) {
      const cmd = commands.find((c) => c.name === topic);
      if (!cmd) return usageFailure(io, lang, fillText(T.unknownCommand, { name: topic }), commandHint(topic));
      io.stdout(commandHelp(cmd, lang, stdoutWidth(io)));
      return 0;
    }
    if (first === undefined) {
      // A usage failure: what is wrong on standard error, and the help there too, so that
      // nothing reads it as output.
      printError(io, lang, leading.at(-1) === '--lang' ? fillText(T.needsValue, { option: '--lang' }) : T.noCommand, T.listCommands);
      io.stderr(mainHelp(lang, stderrWidth(io)));
      return 2;
    }
    io.stdout(mainHelp(lang, stdoutWidth(io)));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const cmd = commands.find((c) => c.name === first);
  if (!cmd && first.startsWith('-')) return usageFailure(io, lang, fillText(T.notACommand, { name: first }), T.listCommands);
  if (!cmd) return usageFailure(io, lang, fillText(T.unknownCommand, { name: first }), commandHint(first));
  // After `--` every word is a positional argument, "--help" too (a file may be named so).
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(commandHelp(cmd, lang, stdoutWidth(io)));
    return 0;
  }
  let parsed: ParsedArgs;
  try {
    parsed = parseCommandArgs(cmd, rest, lang);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(io, lang, e.text, e.hintText, cmd);
    throw e;
  }
  try {
    checkOutputPath(cmd, parsed, io);
    checkExcelOption(parsed);
    return await cmd.run(parsed, io);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(io, lang, e.text, e.hintText, cmd);
    if (e instanceof InputError) {
      printError(io, lang, e.text, e.hintText);
      return 2;
    }
    throw e;
  }
}

function commandHint(name: string): Text {
  const dym = didYouMeanList(suggest(name, commands.map((c) => c.name)).map((n) => `'${n}'`));
  return { vi: `${dym ? `${dym.vi} ` : ''}${T.listCommands.vi}`, en: `${dym ? `${dym.en} ` : ''}${T.listCommands.en}` };
}

/** `error: …` and `  hint: …` on stderr, in the run's language, fitted into its width on a terminal. */
export function printError(io: Io, lang: Lang, message: Text, hint?: Text): void {
  const s = styleFor(io, 'stderr');
  const width = stderrWidth(io);
  const [error, hinted] = [say(T.error, lang), say(T.hint, lang)];
  io.stderr(`${hangingLines(`${error}: `, say(message, lang), width, `${s.red(error)}: `).join('\n')}\n`);
  if (hint) io.stderr(`${hangingLines(`  ${hinted}: `, say(hint, lang), width, `  ${s.dim(hinted)}: `).join('\n')}\n`);
}

function usageFailure(io: Io, lang: Lang, message: Text, hint?: Text, cmd?: Command): number {
  printError(io, lang, message, hint);
  if (cmd) {
    const width = stderrWidth(io);
    io.stderr(`${[...usageLines(say(T.usage, lang), cmd.usage, width), ...hangingLines('', fill(say(T.seeHelp, lang), { name: cmd.name }), width)].join('\n')}\n`);
  }
  return 2;
}

/** Parses and checks a command's arguments; throws UsageError on anything unknown or missing. */
export function parseCommandArgs(cmd: Command, args: string[], lang: Lang = 'vi'): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const o of [...cmd.options, HELP_OPTION]) {
    options[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: joinNegativeValues(args, cmd.options), options, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) {
      const format = cmd.options.find((o) => o.name === 'format');
      const asFormat = unknown[1].replace(/^--/, '');
      if (format?.choices?.includes(asFormat)) {
        throw new UsageError(fillText(T.unknownOption, { option: unknown[1], name: cmd.name }), { vi: `Hãy viết --format ${asFormat}.`, en: `Write --format ${asFormat}.` });
      }
      const names = cmd.options.map((o) => `--${o.name}`);
      throw new UsageError(fillText(T.unknownOption, { option: unknown[1], name: cmd.name }), didYouMeanList(suggest(unknown[1], names).map((n) => `'${n}'`)));
    }
    const missing = /Option '([^']+)' argument (?:missing|is ambiguous)/.exec(msg);
    if (missing) throw new UsageError(fillText(T.needsValue, { option: missing[1].replace(/^-\w, /, '').replace(/ <value>$/, '') }));
    const noValue = /Option '(?:-\w, )?(--[^' ]+)' does not take an argument/.exec(msg);
    if (noValue) throw new UsageError(fillText(T.takesNoValue, { option: noValue[1] }), fillText(T.takesNoValueHint, { option: noValue[1] }));
    const unexpected = /Unexpected argument '([^']+)'/.exec(msg);
    if (unexpected) throw new UsageError(fillText(T.unexpected, { arg: unexpected[1] }));
    throw new UsageError(msg.replace(/\. To specify.*$/, '.'));
  }
  checkGivenOnce(cmd, parsed.tokens ?? []);
  const values = parsed.values as ParsedArgs['values'];
  for (const o of cmd.options) {
    const v = values[o.name];
    // --lang defaults to the language of the run (TTHC_LANG), not to the option's own default.
    if (v === undefined && o.name === 'lang') values[o.name] = lang;
    else if (v === undefined && o.default !== undefined) values[o.name] = o.default;
    if (o.choices && typeof v === 'string' && !o.choices.includes(v)) {
      throw new UsageError(
        fillText(T.badChoice, { value: v, option: o.name, choices: o.choices.join(', ') }),
        didYouMeanList(suggest(v, o.choices).map((n) => `'${n}'`)),
      );
    }
  }
  const required = cmd.positionals.filter((p) => !p.endsWith('?'));
  if (parsed.positionals.length < required.length) {
    throw new UsageError(fillText(T.missing, { what: required.slice(parsed.positionals.length).map((p) => `<${p}>`).join(' ') }));
  }
  if (parsed.positionals.length > cmd.positionals.length) {
    throw new UsageError(fillText(T.unexpected, { arg: parsed.positionals[cmd.positionals.length] }));
  }
  return { positionals: parsed.positionals, values, accepts: new Set(cmd.options.map((o) => o.name)) };
}

/**
 * An option that takes one value, given twice (`--province GL --province HN`), is refused:
 * keeping the last would answer another question than the one asked. A flag given twice is
 * the same flag.
 */
function checkGivenOnce(cmd: Command, tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>): void {
  const seen = new Map<string, string[]>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    const spec = cmd.options.find((o) => o.name === t.name);
    if (!spec || spec.multiple || spec.type !== 'string') continue;
    pushTo(seen, t.name, t.value);
  }
  for (const [name, values] of seen) {
    if (values.length < 2) continue;
    throw new UsageError(
      fillText(T.givenTwice, { option: `--${name}`, count: String(values.length), values: values.map((v) => `'${v}'`).join(', ') }),
      T.givenTwiceHint,
    );
  }
}

/**
 * `--depth -1` as `--depth=-1`: a negative number after an option that takes a value is that
 * value (parseArgs would read it as short options), so the option's own check can refuse it.
 */
function joinNegativeValues(args: string[], specs: readonly OptionSpec[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      pushAll(out, args.slice(i));
      break;
    }
    const spec = specs.find((o) => o.type === 'string' && (a === `--${o.name}` || (o.short !== undefined && a === `-${o.short}`)));
    if (spec && i + 1 < args.length && /^-\d/.test(args[i + 1])) {
      out.push(`--${spec.name}=${args[i + 1]}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * `tthc --help`: every command with its summary, the options of tthc itself, and examples;
 * given a terminal's `width`, each line fitted into it (the example commands whole).
 */
export function mainHelp(lang: Lang = 'vi', width?: number): string {
  const nameWidth = Math.max(...commands.map((c) => c.name.length));
  const optionWidth = Math.max(...MAIN_OPTIONS.map((o) => o.head.length));
  const lines = [
    ...paragraphLines(say(T.tagline, lang), width),
    '',
    `${say(T.usage, lang)}: tthc <command> [options]`,
    '',
    say(T.commands, lang),
    ...commands.flatMap((c) => entryLines(c.name, nameWidth, say(c.summary, lang), width)),
    '',
    say(T.options, lang),
    ...MAIN_OPTIONS.flatMap((o) => entryLines(o.head, optionWidth, say(o, lang), width)),
    '',
    say(T.examples, lang),
    ...MAIN_EXAMPLES.flatMap((ex) => exampleLines(say(ex, lang), ex.command, width)),
    '',
    ...fitLines(say(T.mainFooter, lang).split('\n'), width),
    '',
  ];
  return lines.join('\n');
}

/**
 * `tthc <command> --help`: usage, summary, description, every option and the examples; given
 * a terminal's `width`, each fitted into it (the usage broken between options, the example
 * commands whole).
 */
export function commandHelp(cmd: Command, lang: Lang = 'vi', width?: number): string {
  const opts = [...cmd.options, HELP_OPTION];
  const heads = opts.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.arg ? ` ${o.arg}` : ''}`);
  const headWidth = Math.max(...heads.map((h) => h.length));
  const lines = [...usageLines(say(T.usage, lang), cmd.usage, width), '', ...paragraphLines(say(cmd.summary, lang), width)];
  if (cmd.description) lines.push('', ...paragraphLines(say(cmd.description, lang), width));
  lines.push('', say(T.options, lang));
  opts.forEach((o, i) => {
    const extra = [
      o.choices ? fill(say(T.oneOf, lang), { choices: o.choices.join(', ') }) : '',
      o.default !== undefined && o.default !== false ? fill(say(T.defaultValue, lang), { value: String(o.default) }) : '',
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(...entryLines(heads[i], headWidth, `${say(o.description, lang)}${extra ? ` (${extra})` : ''}`, width));
  });
  if (cmd.examples.length) {
    lines.push('', say(T.examples, lang));
    for (const ex of cmd.examples) lines.push(...exampleLines(say(ex.comment, lang), ex.command, width));
  }
  lines.push('');
  return lines.join('\n');
}
