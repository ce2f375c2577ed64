/**
 * How far loading a catalog has come, for a progress display. `loadCatalog` reports:
 * - `read`: files read from disk, `done` of `total` files, `bytes` read so far;
 * - `parse`: files parsed, checked against the schema and normalised (in worker threads
 *   when the catalog is large), `done` of `total` files and `bytes` of `totalBytes`;
 * - `cache`: a cached load is being looked up (0 of 0: one step of unknown length);
 * - `check`: the checks of the whole catalog (merging, duplicates, references, amendments,
 *   dates), `done` of `total` steps, each reported as it starts.
 * Within a phase the counts never go down and the last report has `done === total`, except
 * when a worker thread fails: the files are then parsed again in the calling thread and the
 * `parse` count starts over.
 */
export interface LoadProgressEvent {
  phase: 'read' | 'parse' | 'cache' | 'check';
  done: number;
  total: number;
  /** Bytes of the files done so far (`read`, `parse`; 0 otherwise). */
  bytes: number;
  /** Bytes of all the files (`parse`; 0 when not known yet). */
  totalBytes: number;
}

/** The `onProgress` option of `loadCatalog`; it is called synchronously and should be quick. */
export type LoadProgress = (event: LoadProgressEvent) => void;

/**
 * A counter for a phase over files: `file(bytes)` after each one reports the new count.
 * Reports `0 of total` at once, so the phase shows as soon as it starts.
 */
export function fileCounter(onProgress: LoadProgress, phase: 'read' | 'parse', total: number, totalBytes: number): (bytes: number) => void {
  let done = 0;
  let bytes = 0;
  onProgress({ phase, done, total, bytes, totalBytes });
  return (b) => {
    done++;
    bytes += b;
    onProgress({ phase, done, total, bytes, totalBytes });
  };
}
