import type { Io } from './io.js';
import type { Text, Textish } from './text.js';

/** One option of a command, as `--help` shows it. */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** Placeholder shown in help, e.g. DATE. */
  arg?: string;
  multiple?: boolean;
  description: Text;
  /** Allowed values, checked before the command runs. */
  choices?: readonly string[];
  default?: string | boolean;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  /** The names of the options the command takes, given or not. */
  accepts: ReadonlySet<string>;
}

export interface Command {
  name: string;
  /** One line for `tthc --help`. */
  summary: Text;
  /** e.g. "tthc check <path> [options]". */
  usage: string;
  /** Longer explanation shown by `tthc <command> --help`. */
  description?: Text;
  options: OptionSpec[];
  /** Shell examples with a comment line each; the command is the same in both languages. */
  examples: { command: string; comment: Text }[];
  /** Names of the positional arguments, `?` suffix when optional. */
  positionals: string[];
  /** Returns the exit code: 0 ran, 1 findings/errors, 2 bad usage. */
  run: (args: ParsedArgs, io: Io) => Promise<number>;
}

/**
 * Base of the CLI's errors: the message and hint in both languages (`message` and `hint`
 * hold the English); the runner prints them in the language of the run.
 */
abstract class CliError extends Error {
  readonly text: Text;
  readonly hintText?: Text;
  readonly hint?: string;
  constructor(message: Textish, hint?: Textish) {
    const text = typeof message === 'string' ? { vi: message, en: message } : message;
    super(text.en);
    this.text = text;
    if (hint !== undefined && hint !== '') {
      this.hintText = typeof hint === 'string' ? { vi: hint, en: hint } : hint;
      this.hint = this.hintText.en;
    }
  }
}

/** Thrown by a command for a mistake on the command line; the runner prints it with the usage and exits 2. */
export class UsageError extends CliError {
  override name = 'UsageError';
}

/** Thrown when an input path cannot be read or an output written; exit 2. */
export class InputError extends CliError {
  override name = 'InputError';
}
