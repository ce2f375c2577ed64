import type { Io } from './io.js';

/** One option of a command, as `--help` shows it. */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** Placeholder shown in help, e.g. DATE. */
  arg?: string;
  multiple?: boolean;
  description: string;
  /** Allowed values, checked before the command runs. */
  choices?: readonly string[];
  default?: string | boolean;
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export interface Command {
  name: string;
  /** One line for `tthc --help`. */
  summary: string;
  /** e.g. "tthc check <path> [options]". */
  usage: string;
  /** Longer explanation shown by `tthc <command> --help`. */
  description?: string;
  options: OptionSpec[];
  /** Shell examples with a comment line each. */
  examples: { command: string; comment: string }[];
  /** Names of the positional arguments, `?` suffix when optional. */
  positionals: string[];
  /** Returns the exit code: 0 ran, 1 findings/errors, 2 bad usage. */
  run: (args: ParsedArgs, io: Io) => Promise<number>;
}

/** Thrown by a command for a mistake on the command line; the runner prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Thrown when an input path cannot be read; exit 2. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
