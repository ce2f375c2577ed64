// Worker-thread entry (built as dist/parse-worker.js): runs the per-file step for the files
// the main thread sends, one message per file, and sends back the plain result.
import { parentPort } from 'node:worker_threads';
import { encodeLocations } from './cache-locations.js';
import type { EntityLocations, ParsedFile } from './load-types.js';
import { parseFile } from './parse-file.js';
import type { FileOptions } from './parse-file.js';

/** What the main thread sends: a file's raw bytes, decoded here in parallel. */
export interface ParseRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options: FileOptions;
}

/**
 * A file's entity locations as a worker sends them: in the cache's flat form as JSON text
 * (see `encodeLocations`), which passes between threads as one string where the objects
 * would be copied one by one; as they are when they have another shape.
 */
export type SentLocations = string | EntityLocations;

export type ParseReply = { id: number; result: Omit<ParsedFile, 'locations'>; locations: SentLocations } | { id: number; error: string };

parentPort?.on('message', (req: ParseRequest) => {
  let reply: ParseReply;
  try {
    const { file, data, diagnostics, locations } = parseFile(req.bytes, req.fileName, req.options);
    const stored = encodeLocations(locations);
    reply = { id: req.id, result: { file, data, diagnostics }, locations: 'plain' in stored ? locations : JSON.stringify(stored) };
  } catch (e) {
    reply = { id: req.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
