import { analyze } from '../analysis/analyze.js';
import { AnalysisOptionError } from '../analysis/errors.js';
import type { AnalysisResult } from '../analysis/result-types.js';
import { cliCacheDir } from '../catalog/cache-dir.js';
import { loadCatalog, type LoadCatalogOptions } from '../catalog/load-catalog.js';
import type { Catalog } from '../catalog/types.js';
import { CatalogPathError } from '../diagnostics/errors.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ParsedArgs } from './command.js';
import { frameSources } from './frame-sources.js';
import { MAX_SHOWN, notShownText, pickShown, writeDiagnosticsText } from './write-diagnostics.js';
import { cliErrorFor } from './library-errors.js';
import type { Io } from './io.js';
import { stderrWidth, styleFor } from './io.js';
import { analysisDateValue, lackingValue, langValue, maxShownValue, provinceValue, withoutValue } from './options.js';
import { cliMaxFileSize } from './file-size-limit.js';
import { createProgress } from './progress.js';
import { fitText } from '../report/fit-lines.js';
import { envLang } from './text.js';
import type { Progress } from './progress.js';
import { progressPhases } from './progress-text.js';
import type { Lang } from '../report/labels.js';
import { langWords, shellWord } from '../report/next-commands.js';

/**
 * The progress line of a command on stderr, in the command's language: drawn only when
 * stderr is a terminal and CI is not set (see `createProgress`).
 */
export function commandProgress(args: ParsedArgs, io: Io): Progress {
  return createProgress(io, { phases: progressPhases(langValue(args)) });
}

/** The codes of the errors that --lenient makes warnings: references that do not resolve. */
const LENIENT_CODES: ReadonlySet<string> = new Set(['UNKNOWN_REFERENCE', 'WRONG_REFERENCE_KIND']);

/**
 * The options every command loads its catalog with: from the working folder, strict unless
 * --lenient, with TTHC_MAX_FILE_SIZE, counting progress only when it is drawn. (`tthc check`
 * uses these alone; the other commands add the cache.)
 */
export function commandLoadOptions(args: ParsedArgs, progress: Progress): LoadCatalogOptions {
  const io = progress.io;
  const maxFileSize = cliMaxFileSize(io.env);
  return {
    cwd: io.cwd,
    strict: args.values.lenient !== true,
    ...(maxFileSize ? { maxFileSize } : {}),
    // Nothing is counted when nothing would be drawn.
    ...(progress.active ? { onProgress: progress.onProgress } : {}),
  };
}

/**
 * Loads the catalog named by a command's first positional argument (relative to `io.cwd`),
 * strictly or, with --lenient, accepting unresolved references. Prints the loader's errors
 * and warnings to stderr. Returns the catalog, or exit code 1 when the catalog has errors.
 * An unreadable path throws InputError (exit 2).
 *
 * Shows how loading goes on `progress`, and prints through `progress.io`; the command erases
 * the line after its own steps.
 */
export async function loadForCommand(args: ParsedArgs, progress: Progress): Promise<Catalog | number> {
  const io = progress.io;
  const path = args.positionals[0];
  const lenient = args.values.lenient === true;
  const lang = langValue(args);
  let loaded;
  try {
    const cacheDir = cliCacheDir(io.env, io.cwd);
    progress.step('load');
    loaded = await loadCatalog(path, { ...commandLoadOptions(args, progress), ...(cacheDir ? { cacheDir } : {}) });
  } catch (e) {
    if (e instanceof CatalogPathError) throw cliErrorFor(e)!;
    throw e;
  }
  await printFindings(args, io, loaded.diagnostics);
  if (!loaded.ok) {
    const found = loaded.diagnostics.filter((d) => d.severity === 'error');
    const errors = found.length;
    // --lenient helps only when the command has it and every error is a reference that does not resolve.
    const hint = !lenient && args.accepts.has('lenient') && found.every((d) => LENIENT_CODES.has(d.code));
    const text =
      lang === 'vi'
        ? `Danh mục có ${errors} lỗi nên không phân tích được.${hint ? ' Hãy sửa lỗi, hoặc chạy với --lenient để phân tích, coi các tham chiếu không tìm thấy là chưa xác định.' : ''}`
        : `The catalog has ${errors} error${errors === 1 ? '' : 's'} and cannot be analysed.` +
          (hint ? ` Fix ${errors === 1 ? 'it' : 'them'}, or run with --lenient to analyse it with unresolved references as unknown.` : '');
    io.stderr(`${fitText(text, stderrWidth(io))}\n`);
    return 1;
  }
  return loaded.catalog;
}

/**
 * Prints the errors and warnings of a file a command reads (its catalog, a reform file) on
 * stderr: at most --max-shown of them when the command has that option, else 200, errors
 * first (see `pickShown`), then a line that counts the rest and says what shows every one.
 * Code frames come from `sources`, else from the files read again.
 */
export async function printFindings(args: ParsedArgs, io: Io, diagnostics: readonly Diagnostic[], sources?: Record<string, string>): Promise<void> {
  const { shown, hidden } = pickShown(
    diagnostics.filter((d) => d.severity !== 'info'),
    args.accepts.has('max-shown') ? maxShownValue(args) : MAX_SHOWN,
  );
  const lang = langValue(args);
  const color = styleFor(io, 'stderr').red('x') !== 'x';
  const width = stderrWidth(io);
  writeDiagnosticsText(io.stderr, shown, { color, lang, width, sources: sources ?? (await frameSources(shown, io.cwd)) });
  const notShown = notShownText(hidden, { color, lang });
  if (notShown) io.stderr(`${fitText(`${notShown} ${seeEveryOne(args, lang, envLang(io.env))}`, width)}\n`);
}

/**
 * What shows every finding left out: the command's own --max-shown all when it has that
 * option; else the `tthc check` command line that prints every diagnostic of the catalog the
 * command loads, as it loads it, in `lang` (saying so when it is English or the shell's
 * language, `shellLang`, is).
 */
function seeEveryOne(args: ParsedArgs, lang: Lang, shellLang: Lang): string {
  if (args.accepts.has('max-shown')) return lang === 'vi' ? '--max-shown all hiện tất cả.' : '--max-shown all shows every one.';
  const check = ['tthc check', shellWord(args.positionals[0]), ...(args.values.lenient === true ? ['--lenient'] : []), ...langWords(lang, shellLang), '--max-shown all'].join(' ');
  return `\`${check}\` ${lang === 'vi' ? 'hiện tất cả' : 'shows every one'}.`;
}

/** What a command's work on its catalog gave, and the catalog. */
export interface Worked<T> {
  catalog: Catalog;
  value: T;
}

/**
 * The frame of a command that works on one catalog: its progress line, the catalog loaded
 * (see `loadForCommand`), then `work` on it (synchronous); the line is erased afterwards,
 * whatever happens. Returns the catalog and what `work` gave, or exit code 1 when the
 * catalog has errors.
 */
export async function withCatalog<T>(
  args: ParsedArgs,
  io: Io,
  work: (catalog: Catalog, progress: Progress) => T,
): Promise<Worked<T> | number> {
  const progress = commandProgress(args, io);
  try {
    const catalog = await loadForCommand(args, progress);
    if (typeof catalog === 'number') return catalog;
    return { catalog, value: work(catalog, progress) };
  } finally {
    progress.done();
  }
}

/**
 * Runs the analysis with the command's --at, --province, --without and --lenient, checked
 * against the catalog; with `everywhere`, in every province whatever --province says.
 */
export function analyzeForCommand(args: ParsedArgs, catalog: Catalog, { everywhere = false }: { everywhere?: boolean } = {}): AnalysisResult {
  const at = analysisDateValue(args, catalog);
  const province = provinceValue(args, catalog);
  const without = withoutValue(args, catalog);
  const lacking = lackingValue(args, catalog);
  try {
    return analyze(catalog, { at, province: everywhere ? null : (province ?? null), without, lacking, lenient: args.values.lenient === true });
  } catch (e) {
    if (e instanceof AnalysisOptionError) throw cliErrorFor(e)!;
    throw e;
  }
}
