/** Everything a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout / stderr are terminals (colour and progress only then). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width in columns, when stdout is a terminal that says: text tables are fitted into it. */
  stdoutColumns?: number;
  /** The terminal's width in columns, when stderr is a terminal that says: the findings printed there are fitted into it. */
  stderrColumns?: number;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether standard input is a terminal (then `-` for an input file is refused: nothing was piped in). */
  stdinIsTTY?: boolean;
  /** All of standard input, or undefined past `maxSize` bytes; absent when the run has none. */
  readStdin?: (maxSize: number) => Promise<Uint8Array | undefined>;
}

/** An Io that collects output in strings, for tests and for embedding. */
export function memoryIo(overrides: Partial<Io> = {}): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: process.cwd(),
    ...overrides,
    out: () => out,
    err: () => err,
  };
}

/** The width of standard output when it is a terminal that gives one (`--help` is fitted into it). */
export function stdoutWidth(io: Io): number | undefined {
  return ttyColumns(io.stdoutIsTTY, io.stdoutColumns);
}

/** The width of standard error when it is a terminal that gives one: the findings and the progress line printed there fit into it. */
export function stderrWidth(io: Io): number | undefined {
  return ttyColumns(io.stderrIsTTY, io.stderrColumns);
}

/** A terminal's columns, when it is one and gives a whole number, 1 or more. */
function ttyColumns(tty: boolean, columns: number | undefined): number | undefined {
  return tty && columns !== undefined && Number.isInteger(columns) && columns >= 1 ? columns : undefined;
}

/** ANSI styles, active only on a terminal and never when NO_COLOR is set to a non-empty value (no-color.org). */
export interface Style {
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
  cyan: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

export function styleFor(io: Io, stream: 'stdout' | 'stderr' = 'stdout'): Style {
  const tty = stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
  const on = tty && !io.env.NO_COLOR;
  const wrap = (open: number, close: number) => (s: string) => (on ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}
