import { decodeSource } from './decode-source.js';
import { fileCounter } from './load-progress.js';
import type { LoadProgress } from './load-progress.js';
import { DEFAULT_LIMITS } from './load-types.js';
import { defaultWorkerUrl, parsedApart, parseInWorkers, parseThreadCount, WorkerParseError } from './parallel-parse.js';
import type { ParallelOptions, RawFile } from './parallel-parse.js';
import { parseSource } from './parse-file.js';
import type { FileOptions, ParsedSource } from './parse-file.js';
import { KeptDocuments, SourceIndex } from './source-index.js';

/**
 * The per-file step for every file of a catalog: in worker threads when the catalog is
 * large enough to gain (see `ParallelOptions`), or in one worker when it holds a YAML file
 * large enough to run out of memory (`parsedApart`), otherwise in this thread. The results
 * are the same either way (a parse that runs out of memory in a worker gives
 * `FILE_OUT_OF_MEMORY`); when a worker cannot start or fails, the files are parsed here.
 */
export async function parseSources(files: readonly RawFile[], limits: FileOptions, options: ParallelOptions = {}, onProgress?: LoadProgress): Promise<ParsedSource[]> {
  const threads = parseThreadCount(files, options.threads);
  const workerUrl = threads > 1 || parsedApart(files, options.threads) ? (options.workerUrl ?? defaultWorkerUrl()) : undefined;
  const totalBytes = onProgress ? files.reduce((n, f) => n + f.bytes.byteLength, 0) : 0;
  const counter = () => onProgress && fileCounter(onProgress, 'parse', files.length, totalBytes);
  // The syntax trees of the files parsed again for positions, kept within a budget.
  const kept = new KeptDocuments();
  if (workerUrl !== undefined) {
    try {
      const counted = counter();
      const parsed = await parseInWorkers(files, limits, threads, workerUrl, counted && ((i) => counted(files[i].bytes.byteLength)));
      const maxFileSize = limits.maxFileSize ?? DEFAULT_LIMITS.maxFileSize;
      // The source positions stay in the workers; a file gets its own index here, which
      // parses (or, for JSON, walks) it again only if a check of the whole catalog needs a position in it.
      // Each file gets its source added in place: spreading it would read its locations.
      return parsed.map((p, i) => {
        const text = decodeSource(files[i].bytes, p.file, maxFileSize).text;
        return Object.assign(p, { source: text === undefined ? undefined : new SourceIndex(p.file, text, { maxDepth: limits.maxDepth, kept }) });
      });
    } catch (e) {
      if (!(e instanceof WorkerParseError)) throw e;
    }
  }
  const counted = counter();
  return files.map((f) => {
    const parsed = parseSource(f.bytes, f.fileName, limits);
    // Keep the text, not the syntax tree: positions are needed later only when a check of
    // the whole catalog finds something in this file, and then the file is parsed again.
    parsed.source?.forget();
    parsed.source?.keepWithin(kept);
    counted?.(f.bytes.byteLength);
    return parsed;
  });
}
