import { CatalogArgumentError } from '../diagnostics/errors.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { defineLazy } from '../util/lazy-property.js';
import { givenWords } from '../util/expect-argument.js';
import { checkAmendments } from './check-amendments.js';
import { CheckContext } from './check-context.js';
import { checkDuplicates } from './check-duplicates.js';
import { checkEntityDates } from './check-entity-dates.js';
import { checkProvincesIgnored } from './check-provinces-ignored.js';
import { checkEnglishNames } from './check-english-names.js';
import { checkNoProvinces } from './check-no-provinces.js';
import { checkNoProvinceLeft } from './check-no-province-left.js';
import { checkReferences } from './check-references.js';
import { hintProvinceNames } from './hint-province-names.js';
import type { LoadProgress } from './load-progress.js';
import type { LoadOptions, LoadResult, ParseOptions, SourceFile } from './load-types.js';
import { checkOptions } from './check-options.js';
import { mergeFiles, mergeLocations } from './merge-files.js';
import { laterLocations, locationsLater, parseSource } from './parse-file.js';
import type { FileOptions, ParsedSource } from './parse-file.js';

function fileOptions(o: LoadOptions): FileOptions {
  return { maxFileSize: o.maxFileSize, maxDepth: o.maxDepth, maxAliasCount: o.maxAliasCount, locations: o.locations };
}


/**
 * Parses one catalog file given as text (no file system). Returns the validated,
 * normalised catalog and every diagnostic; never throws for a bad catalog.
 */
export function parseCatalog(text: string | Uint8Array, options: ParseOptions = {}): LoadResult {
  checkOptions(options);
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) {
    throw new CatalogArgumentError('WRONG_ARGUMENT', `parseCatalog takes the catalog's text, a string or a Uint8Array, not ${givenWords(text)}.`);
  }
  return parseCatalogFiles([{ fileName: options.fileName ?? 'catalog.yaml', text }], options);
}

/** Parses and merges several catalog files given as text, in the order given. */
export function parseCatalogFiles(files: readonly SourceFile[], options: LoadOptions = {}): LoadResult {
  checkOptions(options);
  if (!Array.isArray(files)) throw new CatalogArgumentError('WRONG_ARGUMENT', 'parseCatalogFiles expects a list of { fileName, text }.');
  const parsed = files.map((f, i) => {
    if (!f || typeof f.fileName !== 'string' || (typeof f.text !== 'string' && !(f.text instanceof Uint8Array))) {
      throw new CatalogArgumentError('WRONG_ARGUMENT', `File ${i} must be { fileName: string, text: string | Uint8Array }.`);
    }
    return parseSource(f.text, f.fileName, fileOptions(options));
  });
  return combineFiles(parsed, options.strict ?? true);
}

/** The steps of `combineFiles`, for its `check` progress. */
const COMBINE_STEPS = 6;

/**
 * Merges parsed files and runs the checks that need the whole catalog, reporting each step
 * as it starts to `onProgress` (phase `check`), and the end.
 */
export function combineFiles(parsed: readonly ParsedSource[], strict: boolean, extra: Diagnostic[] = [], onProgress?: LoadProgress): LoadResult {
  let step = 0;
  const next = onProgress ? () => onProgress({ phase: 'check', done: step++, total: COMBINE_STEPS, bytes: 0, totalBytes: 0 }) : () => {};
  next();
  const merged = mergeFiles(parsed);
  const ctx = new CheckContext(merged.catalog, merged.origins, parsed, strict);
  const unread = parsed
    .filter((f) => f.data === undefined)
    .map((f) => ({ file: f.file, mentions: (name: string) => f.source === undefined || f.source.mentions(name) }));
  let diagnostics = [...extra, ...hintProvinceNames(parsed.flatMap((f) => f.diagnostics), merged.catalog), ...merged.diagnostics];
  next();
  diagnostics = diagnostics.concat(checkDuplicates(ctx));
  next();
  diagnostics = diagnostics.concat(checkReferences(ctx, unread));
  next();
  diagnostics = diagnostics.concat(checkAmendments(ctx));
  next();
  diagnostics = diagnostics.concat(checkEntityDates(ctx), checkProvincesIgnored(ctx), checkNoProvinces(ctx), checkNoProvinceLeft(ctx), checkEnglishNames(ctx));
  next();
  const sorted = sortDiagnostics(diagnostics, parsed.map((f) => f.file));
  next();
  const result = {
    catalog: merged.catalog,
    diagnostics: sorted,
    files: parsed.map((f) => f.file),
    ok: !sorted.some((d) => d.severity === 'error'),
  } as LoadResult;
  if (!parsed.some(locationsLater)) {
    result.locations = mergeLocations(parsed);
    return result;
  }
  // Built when first read, as a file's are: until then what builds a file's is kept (its
  // text, the spans noted in it, or its locations as a worker sent them), not the file.
  const parts = parsed.map((f) => {
    const read = laterLocations(f);
    return read ? { data: f.data, get locations() { return read(); } } : { data: f.data, locations: f.locations };
  });
  return defineLazy(result, 'locations', () => mergeLocations(parts));
}
