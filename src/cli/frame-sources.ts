import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';

/** Files larger than this get no code frame (reading them again only to show a line is not worth it). */
const FRAME_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The text of the files that have located findings, for code frames: each file read once,
 * however many findings it has, without its byte order mark (columns count from after it).
 */
export async function frameSources(diagnostics: readonly Diagnostic[], cwd: string): Promise<(file: string) => string | undefined> {
  const files = new Set<string>();
  for (const d of diagnostics) if (d.location && !d.code.startsWith('FILE_')) files.add(d.location.file);
  const out = new Map<string, string>();
  for (const f of files) {
    try {
      const bytes = await readFile(resolve(cwd, f));
      if (bytes.byteLength > FRAME_MAX_BYTES) continue;
      const text = new TextDecoder('utf-8').decode(bytes);
      out.set(f, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      // No frame for a file that cannot be read again.
    }
  }
  return (file) => out.get(file);
}
