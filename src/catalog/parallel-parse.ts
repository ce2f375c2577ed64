import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedFile } from './load-types.js';
import type { FileOptions } from './parse-file.js';
import { decodeLocations, type StoredLocations } from './cache-locations.js';
import { locateLater } from './parse-file.js';
import type { ParseReply, ParseRequest, SentLocations } from './parse-worker.js';

/** How the per-file step is spread over threads. */
export interface ParallelOptions {
  /**
   * Threads that parse files: `'auto'` (default) uses one per core when the catalog has
   * several YAML files of at least `PARALLEL_MIN_BYTES` in all (`.json` files parse
   * faster in one thread than they could be handed to another); a number asks for that
   * many (still at most one per file); 0 or 1 parses in the calling thread.
   */
  threads?: number | 'auto';
  /** Where the worker script is (default: `parse-worker.js` next to this module in dist/). */
  workerUrl?: string | URL;
}

/** Below this total size starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1024 * 1024;

/** A file to parse: the name diagnostics show, and its raw bytes. */
export interface RawFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Thrown when a worker thread fails; the loader then parses in its own thread. */
export class WorkerParseError extends Error {
  override name = 'WorkerParseError';
}

/** The worker script shipped beside the built module, when there is one. */
export function defaultWorkerUrl(): URL | undefined {
  // The package is built with tsup's shims, so import.meta.url also works in the CommonJS build.
  const url = new URL('./parse-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(url) ? url : undefined;
}

/** How many threads to parse `files` with; 1 means in the calling thread. */
export function parseThreadCount(files: readonly RawFile[], threads: number | 'auto' = 'auto'): number {
  if (files.length < 2) return 1;
  if (threads === 'auto') {
    const yaml = files.filter((f) => !/\.json$/i.test(f.fileName));
    const bytes = yaml.reduce((n, f) => n + f.bytes.byteLength, 0);
    if (yaml.length < 2 || bytes < PARALLEL_MIN_BYTES) return 1;
    return Math.max(1, Math.min(availableParallelism(), yaml.length));
  }
  if (!Number.isInteger(threads) || threads < 0) throw new RangeError(`threads must be 'auto' or a whole number, not ${String(threads)}.`);
  return Math.max(1, Math.min(threads, files.length));
}

/**
 * Runs the per-file step for every file on `threads` worker threads, largest files first,
 * each worker taking the next file as soon as it is free. Results come back in the order of
 * `files`, exactly as `parseFile` gives them in one thread. `onFile(i)` is called as soon as
 * `files[i]` is done.
 */
export function parseInWorkers(
  files: readonly RawFile[],
  options: FileOptions,
  threads: number,
  workerUrl: string | URL,
  onFile?: (index: number) => void,
): Promise<ParsedFile[]> {
  const order = files.map((_, i) => i).sort((a, b) => files[b].bytes.byteLength - files[a].bytes.byteLength);
  const results: ParsedFile[] = new Array(files.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  let settled = false;
  return new Promise<ParsedFile[]>((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next >= order.length) return;
      const id = order[next++];
      const req: ParseRequest = { id, fileName: files[id].fileName, bytes: files[id].bytes, options };
      w.postMessage(req);
    };
    const count = Math.min(threads, files.length);
    for (let t = 0; t < count; t++) {
      let w: Worker;
      try {
        w = new Worker(workerUrl);
      } catch (e) {
        finish(new WorkerParseError(`Could not start a parse worker: ${e instanceof Error ? e.message : String(e)}`));
        return;
      }
      workers.push(w);
      w.on('message', (reply: ParseReply) => {
        if ('error' in reply) {
          finish(new WorkerParseError(`Parsing ${files[reply.id].fileName} failed in a worker: ${reply.error}`));
          return;
        }
        results[reply.id] = receivedFile(reply.result, reply.locations);
        if (onFile) {
          try {
            onFile(reply.id);
          } catch (e) {
            // The caller's own error, passed on as it is.
            finish(e instanceof Error ? e : new Error(String(e)));
            return;
          }
        }
        if (++done === files.length) finish();
        else feed(w);
      });
      w.on('error', (e) => finish(new WorkerParseError(`A parse worker failed: ${e.message}`)));
      w.on('exit', (code) => {
        if (!settled) finish(new WorkerParseError(`A parse worker stopped early (exit code ${code}).`));
      });
      feed(w);
    }
  });
}

/** A file as a worker parsed it: its locations, sent as text, are decoded when first read. */
function receivedFile({ file, data, diagnostics }: Omit<ParsedFile, 'locations'>, locations: SentLocations): ParsedFile {
  if (typeof locations !== 'string') return { file, data, diagnostics, locations };
  return locateLater<ParsedFile>({ file, data, diagnostics }, () => decodeLocations(JSON.parse(locations) as StoredLocations));
}
