// Worker-thread entry (built as dist/parse-worker.js): runs the per-file step for the files
// the main thread sends, one message per file, and sends back the plain result.
import { parentPort } from 'node:worker_threads';
import type { ParsedFile } from './load-types.js';
import { parseFile } from './parse-file.js';
import type { FileOptions } from './parse-file.js';

/** What the main thread sends: a file's raw bytes, decoded here in parallel. */
export interface ParseRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  options: FileOptions;
}

export type ParseReply = { id: number; result: ParsedFile } | { id: number; error: string };

parentPort?.on('message', (req: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: req.id, result: parseFile(req.bytes, req.fileName, req.options) };
  } catch (e) {
    reply = { id: req.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
