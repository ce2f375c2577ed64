import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/types.js';
import { decodeSource } from './decode-source.js';
import type { FileKind } from './file-kind.js';
import { DEFAULT_LIMITS } from './load-types.js';
import { parseYaml } from './parse-yaml.js';
import { SourceIndex } from './source-index.js';

/** A file read beside a catalog, parsed: its document and where its nodes are, or only why it cannot be read on. */
export type InputDocument =
  | { doc: Document.Parsed; source: SourceIndex; diagnostics: Diagnostic[] }
  | { doc: undefined; source: undefined; diagnostics: Diagnostic[] };

/**
 * Decodes and parses the text of a file a command reads beside its catalog (a reform, a
 * baseline) as a catalog file is: over the size limit, not UTF-8, broken YAML or JSON, or a
 * key given twice, and there is no document, only the diagnostics that say why, in words
 * that name the kind of file (`what`).
 */
export function parseInputDocument(input: string | Uint8Array, file: string, what: Exclude<FileKind, 'catalog'>): InputDocument {
  const decoded = decodeSource(input, file, DEFAULT_LIMITS.maxFileSize, true, what);
  if (decoded.diagnostic) return { doc: undefined, source: undefined, diagnostics: [decoded.diagnostic] };
  const parsed = parseYaml(decoded.text, file, DEFAULT_LIMITS.maxDepth, false, what);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.broken || parsed.duplicateKeys || !parsed.doc) return { doc: undefined, source: undefined, diagnostics };
  return { doc: parsed.doc, source: new SourceIndex(file, decoded.text, { doc: parsed.doc, lines: parsed.lines }), diagnostics };
}
