import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { outOfMemory } from './decode-source.js';
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
   * faster in one thread than they could be handed to another), and one when a YAML file may
   * not fit in the memory the calling thread has left (`parsedApart`); a number asks for
   * that many (still at most one per file); 0 or 1 parses in the calling thread.
   */
  threads?: number | 'auto';
  /** Where the worker script is (default: `parse-worker.js` next to this module in dist/). */
  workerUrl?: string | URL;
}

/** Below this total size starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1024 * 1024;

/**
 * The memory a YAML file takes while it is parsed, per byte of its text: about 60 measured
 * (a 55 MB file, 3.3 GB), counted high so that a file that might not fit is parsed apart.
 */
export const YAML_HEAP_PER_BYTE = 80;

/** What the heap of the calling thread may still grow by, in bytes. */
function heapAvailable(): number {
  const heap = getHeapStatistics();
  return heap.heap_size_limit - heap.used_heap_size;
}

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

/**
 * Whether `threads` ('auto' only) would parse `files` in the calling thread while one of them
 * is a YAML file that may need more memory to parse than the thread has left (`available`,
 * in bytes; counted at `YAML_HEAP_PER_BYTE`): such a file is parsed in a worker thread
 * instead, where running out of memory is a finding about the file (`FILE_OUT_OF_MEMORY`),
 * not the end of the process. Not otherwise, as handing the result back costs time (a fifth
 * more for a 55 MB file).
 */
export function parsedApart(files: readonly RawFile[], threads: number | 'auto' = 'auto', available = heapAvailable()): boolean {
  if (threads !== 'auto' || parseThreadCount(files, threads) !== 1) return false;
  return files.some((f) => !/\.json$/i.test(f.fileName) && f.bytes.byteLength * YAML_HEAP_PER_BYTE > available);
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
 * `files[i]` is done. A file whose parse runs out of the worker's memory (`resourceLimits`,
 * else Node's own) gets `FILE_OUT_OF_MEMORY`, and a new worker takes the next file.
 */
export function parseInWorkers(
  files: readonly RawFile[],
  options: FileOptions,
  threads: number,
  workerUrl: string | URL,
  onFile?: (index: number) => void,
  resourceLimits?: ResourceLimits,
): Promise<ParsedFile[]> {
  const order = files.map((_, i) => i).sort((a, b) => files[b].bytes.byteLength - files[a].bytes.byteLength);
  const results: ParsedFile[] = new Array(files.length);
  const workers: Worker[] = [];
  // The file each worker is parsing.
  const parsing = new Map<Worker, number>();
  const heapLimit = resourceLimits?.maxOldGenerationSizeMb !== undefined ? resourceLimits.maxOldGenerationSizeMb * 1024 * 1024 : getHeapStatistics().heap_size_limit;
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
      parsing.set(w, id);
      const req: ParseRequest = { id, fileName: files[id].fileName, bytes: files[id].bytes, options };
      w.postMessage(req);
    };
    const fileDone = (id: number): boolean => {
      if (onFile) {
        try {
          onFile(id);
        } catch (e) {
          // The caller's own error, passed on as it is.
          finish(e instanceof Error ? e : new Error(String(e)));
          return false;
        }
      }
      if (++done === files.length) finish();
      return !settled;
    };
    const start = (): void => {
      let w: Worker;
      try {
        w = new Worker(workerUrl, resourceLimits ? { resourceLimits } : {});
      } catch (e) {
        finish(new WorkerParseError(`Could not start a parse worker: ${e instanceof Error ? e.message : String(e)}`));
        return;
      }
      workers.push(w);
      let ranOut = false;
      w.on('message', (reply: ParseReply) => {
        if ('error' in reply) {
          finish(new WorkerParseError(`Parsing ${files[reply.id].fileName} failed in a worker: ${reply.error}`));
          return;
        }
        parsing.delete(w);
        results[reply.id] = receivedFile(reply.result, reply.locations);
        if (fileDone(reply.id)) feed(w);
      });
      w.on('error', (e: Error & { code?: string }) => {
        const id = parsing.get(w);
        if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY' || id === undefined) {
          finish(new WorkerParseError(`A parse worker failed: ${e.message}`));
          return;
        }
        // The worker is gone; the file is reported, and another worker takes the next one.
        ranOut = true;
        parsing.delete(w);
        results[id] = outOfMemoryFile(files[id], heapLimit);
        if (fileDone(id) && next < order.length) start();
      });
      w.on('exit', (code) => {
        if (!settled && !ranOut) finish(new WorkerParseError(`A parse worker stopped early (exit code ${code}).`));
      });
      feed(w);
    };
    const count = Math.min(threads, files.length);
    for (let t = 0; t < count && !settled; t++) start();
  });
}

/** What a file whose parse ran out of memory comes to: that finding, and no data. */
function outOfMemoryFile(f: RawFile, heapLimit: number): ParsedFile {
  return { file: f.fileName, data: undefined, diagnostics: [outOfMemory(f.fileName, f.bytes.byteLength, heapLimit)], locations: {} };
}

/** A file as a worker parsed it: its locations, sent as text, are decoded when first read. */
function receivedFile({ file, data, diagnostics }: Omit<ParsedFile, 'locations'>, locations: SentLocations): ParsedFile {
  if (typeof locations !== 'string') return { file, data, diagnostics, locations };
  return locateLater<ParsedFile>({ file, data, diagnostics }, () => decodeLocations(JSON.parse(locations) as StoredLocations));
}
