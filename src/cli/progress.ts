import type { Io } from './io.js';

/** How far a long step has come: `done` of `total` units of `phase` (e.g. files, procedures). */
export interface ProgressEvent {
  phase: string;
  done: number;
  total: number;
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
  /** Words for each phase, e.g. { load: 'Đang đọc tệp' }; the phase name itself otherwise. */
  phases?: Record<string, string>;
}

export interface Progress {
  /** Pass this as the `onProgress` option of the loader or the analysis. */
  onProgress: ProgressCallback;
  /** Erase the progress line; call it before printing results or errors. Safe to call twice. */
  done: () => void;
  /** Whether anything will ever be drawn (stderr is a terminal and CI is not set). */
  readonly active: boolean;
}

/**
 * Progress on stderr, one line redrawn in place, only when stderr is a terminal and the `CI`
 * environment variable is unset; in pipes, files and CI it does nothing at all. Output on
 * stdout is never touched.
 */
export function createProgress(io: Io, options: ProgressOptions = {}): Progress {
  const active = io.stderrIsTTY && !io.env.CI;
  if (!active) return { onProgress: () => {}, done: () => {}, active };
  const now = options.now ?? (() => Date.now());
  const delay = options.delayMs ?? 400;
  const interval = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let lastPhase = '';
  let drawn = false;
  return {
    active,
    onProgress: (e) => {
      const t = now();
      if (t - started < delay) return;
      if (e.phase === lastPhase && t - lastDraw < interval && e.done < e.total) return;
      lastDraw = t;
      lastPhase = e.phase;
      drawn = true;
      io.stderr(`\r\x1b[K${progressLine(e, options.phases)}`);
    },
    done: () => {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}

/** "Đang phân tích 120/400 (30%)": the text of one progress line, without control codes. */
export function progressLine(e: ProgressEvent, phases: Record<string, string> = {}): string {
  const name = phases[e.phase] ?? e.phase;
  if (e.total <= 0) return `${name} ${e.done}`;
  const pct = Math.min(100, Math.floor((e.done / e.total) * 100));
  return `${name} ${e.done}/${e.total} (${pct}%)`;
}
