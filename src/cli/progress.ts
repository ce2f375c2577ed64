import { stderrWidth, type Io } from './io.js';
import { truncate } from '../report/text-width.js';

/**
 * How far a long step has come: `done` of `total` units of `phase` (total 0: unknown), and
 * for steps over files, `bytes` of `totalBytes` (0: not known).
 */
export interface ProgressEvent {
  phase: string;
  done: number;
  total: number;
  bytes?: number;
  totalBytes?: number;
}

/** The callback option that the loader and the analysis accept; they call it as they go. */
export type ProgressCallback = (event: ProgressEvent) => void;

export interface ProgressOptions {
  /** Show nothing until this much time has passed, so quick runs stay silent (default 400 ms). */
  delayMs?: number;
  /** Redraw at most this often, except when the phase changes (default 100 ms). */
  intervalMs?: number;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
  /**
   * Runs `draw` once after `ms` unless cancelled, so a step that started during the delay and
   * is still running (an asynchronous load) gets shown; tests pass their own. Default: an
   * unreferenced setTimeout, which never keeps the process alive.
   */
  schedule?: (draw: () => void, ms: number) => () => void;
  /** Words for each phase, e.g. { load: 'Đang đọc tệp' }; the phase name itself otherwise. */
  phases?: Record<string, string>;
}

export interface Progress {
  /** Pass this as the `onProgress` option of the loader or the analysis. */
  onProgress: ProgressCallback;
  /**
   * Shows that the step `phase` starts, of unknown length: for a synchronous step, which
   * cannot redraw while it runs, so the line names what is being waited for.
   */
  step: (phase: string) => void;
  /** Erase the progress line for good; call it before printing results. Safe to call twice. */
  done: () => void;
  /**
   * An Io like `io` whose stderr first erases the progress line, so messages printed while
   * work goes on (the loader's warnings) start on a clean line; the next step redraws it.
   */
  io: Io;
  /** Whether anything will ever be drawn (stderr is a terminal and CI is not set). */
  readonly active: boolean;
}

const defaultSchedule = (draw: () => void, ms: number): (() => void) => {
  const t = setTimeout(draw, ms);
  t.unref?.();
  return () => clearTimeout(t);
};

/**
 * Progress on stderr, one line redrawn in place, only when stderr is a terminal and the `CI`
 * environment variable is unset; in pipes, files and CI it does nothing at all. Output on
 * stdout is never touched. The line is cut ("…") short of the terminal's width, when it
 * gives one: a line the terminal wrapped could not be drawn again in place.
 */
export function createProgress(io: Io, options: ProgressOptions = {}): Progress {
  const active = io.stderrIsTTY && !io.env.CI;
  if (!active) return { onProgress: () => {}, step: () => {}, done: () => {}, io, active };
  const now = options.now ?? (() => Date.now());
  const delay = options.delayMs ?? 400;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let lastPhase = '';
  let drawn = false;
  let finished = false;
  let pending: ProgressEvent | undefined;
  const draw = (e: ProgressEvent) => {
    lastDraw = now();
    lastPhase = e.phase;
    drawn = true;
    pending = undefined;
    const line = progressLine(e, options.phases);
    const width = stderrWidth(io);
    io.stderr(`\r\x1b[K${width === undefined ? line : truncate(line, width - 1)}`);
  };
  const cancel = (options.schedule ?? defaultSchedule)(() => {
    if (!finished && pending) draw(pending);
  }, delay);
  const clear = () => {
    if (drawn) io.stderr('\r\x1b[K');
    drawn = false;
  };
  const onProgress = (e: ProgressEvent) => {
    if (finished) return;
    const t = now();
    if (t - started < delay) {
      pending = e;
      return;
    }
    if (e.phase === lastPhase && t - lastDraw < interval && e.done < e.total) {
      pending = e;
      return;
    }
    draw(e);
  };
  return {
    active,
    io: {
      ...io,
      stderr: (text) => {
        clear();
        io.stderr(text);
      },
    },
    onProgress,
    step: (phase) => onProgress({ phase, done: 0, total: 0 }),
    done: () => {
      finished = true;
      cancel();
      clear();
    },
  };
}

const MB = 1024 * 1024;

/**
 * "Đang phân tích 120/400 (30%)", or just the phase when the total is unknown; with the
 * megabytes done (of the total when known) once they reach one: "… (30%) · 12/49 MB".
 */
export function progressLine(e: ProgressEvent, phases: Record<string, string> = {}): string {
  const name = phases[e.phase] ?? e.phase;
  if (e.total <= 0) return `${name}…`;
  const pct = Math.min(100, Math.floor((e.done / e.total) * 100));
  const bytes = e.bytes ?? 0;
  const totalBytes = e.totalBytes ?? 0;
  const size = Math.max(bytes, totalBytes) < MB ? '' : ` · ${Math.round(bytes / MB)}${totalBytes > 0 ? `/${Math.round(totalBytes / MB)}` : ''} MB`;
  return `${name} ${e.done}/${e.total} (${pct}%)${size}`;
}
