import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadCatalog } from '../../catalog/load-catalog.js';
import type { LoadResult } from '../../catalog/load-types.js';
import { CatalogPathError } from '../../diagnostics/errors.js';
import { summarizeDiagnostics } from '../../diagnostics/sort.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { renderDiagnosticsText, renderDiagnosticSummary } from '../../report/diagnostics-text.js';
import type { Command } from '../command.js';
import { InputError } from '../command.js';
import type { Io } from '../io.js';
import { styleFor } from '../io.js';

/** Version of the `--format json` output of `tthc check`. */
export const CHECK_JSON_VERSION = 1;

/** Files larger than this get no code frame (reading them again only to show a line is not worth it). */
const FRAME_MAX_BYTES = 64 * 1024 * 1024;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate a catalog and show every mistake where it is, with a hint.',
  usage: 'tthc check <path> [--format text|json] [--lenient]',
  description: [
    'Loads a catalog file, or every *.yaml, *.yml and *.json file under a directory, and reports',
    'YAML syntax errors, schema violations, impossible dates, ids defined twice and references that',
    'do not resolve, each with its file, line and column, the offending line and a hint.',
    'Exit code: 0 when there is no error (warnings allowed), 1 when there are errors, 2 when the',
    'command line is wrong or the path cannot be read. Every code is explained in docs/diagnostics.md.',
  ].join('\n'),
  options: [
    { name: 'format', short: 'f', type: 'string', arg: 'FORMAT', choices: ['text', 'json'], default: 'text', description: 'Output format: text for people, json for tools.' },
    {
      name: 'lenient',
      type: 'boolean',
      description: 'Report references that do not resolve as warnings instead of errors (the analysis then reports what depends on them as unknown).',
    },
  ],
  positionals: ['path'],
  examples: [
    { comment: 'Check the bundled catalog', command: 'tthc check catalog/' },
    { comment: 'Check one file and give the findings to another tool', command: 'tthc check catalog/procedures.yaml --format json' },
    { comment: 'Accept references to entries not written yet', command: 'tthc check drafts/ --lenient' },
  ],
  async run(args, io) {
    let shown: LoadResult;
    try {
      shown = await loadCatalog(args.positionals[0], { strict: args.values.lenient !== true, cwd: io.cwd });
    } catch (e) {
      if (e instanceof CatalogPathError) throw new InputError(e.message, e.hint);
      throw e;
    }
    const summary = summarizeDiagnostics(shown.diagnostics);
    if (args.values.format === 'json') {
      const out = { version: CHECK_JSON_VERSION, files: shown.files, diagnostics: shown.diagnostics, summary: { ...summary, files: shown.files.length } };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      const color = styleFor(io, 'stdout').red('x') !== 'x';
      const sources = await readSources(shown.diagnostics, io.cwd);
      const text = renderDiagnosticsText(shown.diagnostics, { color, sources });
      io.stdout(`${text}${text ? '\n' : ''}${renderDiagnosticSummary(summary, shown.files.length, { color })}`);
    }
    return summary.errors > 0 ? 1 : 0;
  },
};

/** The text of the files that have located findings, for code frames. */
async function readSources(diagnostics: readonly Diagnostic[], cwd: string): Promise<(file: string) => string | undefined> {
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

