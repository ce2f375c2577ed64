import type { Lang } from './labels.js';
import { mdText } from './markdown-table.js';
import { textWidth } from './text-width.js';
import { langOption } from '../util/expect-argument.js';

/** A command to run next and what it tells, for the lines that end a report for a newcomer. */
export interface NextCommand {
  command: string;
  comment: string;
}

/**
 * Where the commands a report suggests are to be run: the catalog's path as the user typed it,
 * and the language `tthc` answers in there when a command does not say (`shellLang`: the
 * CLI's TTHC_LANG, else Vietnamese).
 */
export interface CommandSite {
  source: string;
  shellLang: Lang;
}

/** The option of the renderers that end with commands to run next, besides their `source`. */
export interface ShellLangOption {
  /**
   * The language `tthc` answers in where the commands to run next are run, when a command
   * does not say (the CLI passes TTHC_LANG's): when it is English, a Vietnamese report's
   * commands say --lang vi. Default vi.
   */
  shellLang?: Lang;
}

/**
 * The site of the commands a renderer given `options` suggests: none without a `source`.
 * Refuses a `shellLang` other than vi or en (WrongArgumentError UNKNOWN_LANG), given a source
 * or not.
 */
export function commandSite(options: { source?: string; shellLang?: unknown }): CommandSite | undefined {
  const shellLang = langOption(options.shellLang, 'vi', 'shellLang');
  return options.source === undefined ? undefined : { source: options.source, shellLang };
}

/**
 * What a report asked, for the commands it suggests to ask the same: its province, date,
 * ignored legal documents, documents the applicant lacks, whether unresolved references were
 * accepted, and its language: `--lang en` is written for English, and `--lang vi` only where
 * the shell's language (`shellLang`) is English; Vietnamese is every command's own default.
 */
export interface Asked {
  province?: string | null;
  at?: string;
  without?: readonly string[];
  lacking?: readonly string[];
  lenient?: boolean;
  lang: Lang;
  shellLang?: Lang;
}

/**
 * A command line: `words` (the command, its catalog path and what is its own), the options
 * that ask what `asked` asks, `after` (options of its own that read best after those), then
 * --lenient and the language. Each value of `asked` is quoted where the shell would split it.
 */
export function suggestedCommand(words: readonly string[], asked: Asked, after: readonly string[] = []): string {
  const lacking = asked.lacking ?? [];
  return [
    ...words,
    ...(asked.province ? [`--province ${shellWord(asked.province)}`] : []),
    ...(asked.at ? [`--at ${asked.at}`] : []),
    ...(asked.without ?? []).map((l) => `--without ${shellWord(l)}`),
    ...(lacking.length > 0 ? [`--lacking ${lacking.map(shellWord).join(',')}`] : []),
    ...after,
    ...(asked.lenient ? ['--lenient'] : []),
    ...langWords(asked.lang, asked.shellLang),
  ].join(' ');
}

/**
 * The --lang a suggested command needs to answer in `lang` where tthc answers in `shellLang`
 * without one: `--lang en` for English; `--lang vi` only where the shell's language is English.
 */
export function langWords(lang: Lang, shellLang: Lang = 'vi'): string[] {
  return lang === 'en' || shellLang === 'en' ? [`--lang ${lang}`] : [];
}

/** `word` as one word of a shell command line: as it is when it needs no quotes, else in single quotes. */
export function shellWord(word: string): string {
  return /^[\w./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The commands under `heading` as text lines ("", "Next:", "  command  # comment", …), the
 * comments aligned; none for none. Given `width` (a terminal's) that such lines would run
 * past, each comment goes on a line of its own above its command ("  # comment"), and each
 * command stays whole on its line, to be copied.
 */
export function nextTextLines(heading: string, next: readonly NextCommand[], width?: number): string[] {
  if (next.length === 0) return [];
  const longest = Math.max(...next.map((n) => n.command.length));
  const lines = next.map((n) => `  ${n.command.padEnd(longest)}  # ${n.comment}`);
  if (width === undefined || lines.every((l) => textWidth(l) <= width)) return ['', `${heading}:`, ...lines];
  return ['', `${heading}:`, ...next.flatMap((n) => [`  # ${n.comment}`, `  ${n.command}`])];
}

/** The commands under a Markdown heading `heading`, in a shell code block; none for none. */
export function nextMarkdownLines(heading: string, next: readonly NextCommand[]): string[] {
  if (next.length === 0) return [];
  const commands = next.map((n) => `${n.command}  # ${n.comment}`);
  // A fence longer than any run of backticks in the commands (a catalog path may hold some).
  const fence = '`'.repeat(Math.max(3, ...commands.map((c) => Math.max(0, ...(c.match(/`+/g) ?? []).map((m) => m.length + 1)))));
  return [`## ${mdText(heading)}`, '', `${fence}sh`, ...commands, fence, ''];
}
