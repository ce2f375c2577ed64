import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AnalysisOptionError,
  CatalogArgumentError,
  CatalogPathError,
  DEFAULT_LIMITS,
  DependentsOptionError,
  ExplanationTooLargeError,
  GraphWalkOptionError,
  InvalidDateError,
  NeighbourhoodOptionError,
  NotACatalogError,
  NotAReformError,
  PlanOptionError,
  ReformMismatchError,
  ReformPathError,
  BaselinePathError,
  loadBaseline,
  parseBaseline,
  UnknownDependencyTargetError,
  UnknownFocusError,
  UnknownNodeError,
  UnresolvedCatalogError,
  WrongArgumentError,
  addDays,
  analyze,
  applyReform,
  buildGraph,
  checkReform,
  daysBetween,
  dependents,
  graphDependencies,
  graphDependents,
  loadCatalog,
  loadReform,
  localizeDiagnostic,
  neighbourhood,
  parseCatalog,
  parseCatalogFiles,
  parseFile,
  parseReform,
  plan,
  rankProvisions,
  renderBlockedText,
  renderDiagnosticsText,
  renderExplainText,
  whatif,
} from '../../src/index.js';
import { caught } from '../helpers/thrown.js';
import { errorTable } from '../docs/error-table.js';
import * as library from '../../src/index.js';

// Every error the library throws carries a stable `code` beside its `name`, so that a caller
// can tell failures apart without `instanceof` (which fails across the ESM and CommonJS
// copies of the package). Each case makes the failure happen through the public API.

const loaded = await loadCatalog(fileURLToPath(new URL('../report/html/fixtures/hokhau-small.yaml', import.meta.url)));
if (!loaded.ok) throw new Error('the fixture has errors');
const { catalog } = loaded;
const result = analyze(catalog, { at: '2023-01-01' });
const graph = buildGraph(catalog);
const dir = mkdtempSync(join(tmpdir(), 'tthc-error-codes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'empty'));
writeFileSync(join(dir, 'file.yaml'), 'procedures: []\n');
// One byte over the limit, without writing it: a sparse file.
writeFileSync(join(dir, 'big.yaml'), '');
truncateSync(join(dir, 'big.yaml'), DEFAULT_LIMITS.maxFileSize + 1);
const unresolved = parseCatalog(
  'catalog: { name: x, cutoff: 2023-01-01 }\nprocedures:\n  - { code: "1.001193", name: Đăng ký khai sinh, level: [xa], requires: [{ document: giay-chung-sinh }] }\n',
).catalog;

interface ErrorCase {
  /** The class thrown, and the `name` it gives its errors. */
  error: abstract new (...args: never[]) => Error;
  name: string;
  code: string;
  /** What the call does wrong. */
  when: string;
  call: () => unknown;
  /** The start of the message, to tell this failure from another of the same class. */
  message: RegExp;
}

const CASES: ErrorCase[] = [
  // Analyses
  { error: AnalysisOptionError, name: 'AnalysisOptionError', code: 'MISSING_DATE', when: 'no date and no cutoff', call: () => analyze(parseCatalog('procedures: []\n').catalog), message: /^No analysis date/ },
  { error: AnalysisOptionError, name: 'AnalysisOptionError', code: 'INVALID_DATE', when: 'a date that is not one', call: () => analyze(catalog, { at: '2023-02-30' }), message: /^"2023-02-30" is not a calendar date/ },
  { error: AnalysisOptionError, name: 'AnalysisOptionError', code: 'UNKNOWN_PROVINCE', when: 'a province the catalog lacks', call: () => analyze(catalog, { province: 'ZZ' }), message: /^The catalog has no province "ZZ"/ },
  { error: AnalysisOptionError, name: 'AnalysisOptionError', code: 'UNKNOWN_LEGAL', when: 'a legal document the catalog lacks', call: () => analyze(catalog, { without: ['nd-999'] }), message: /^The catalog has no legal document "nd-999"/ },
  { error: AnalysisOptionError, name: 'AnalysisOptionError', code: 'UNKNOWN_DOCUMENT', when: 'a lacking document the catalog lacks', call: () => analyze(catalog, { lacking: ['the-moon'] }), message: /^The catalog has no document "the-moon"/ },
  { error: UnresolvedCatalogError, name: 'UnresolvedCatalogError', code: 'UNRESOLVED_REFERENCES', when: 'a reference that does not resolve', call: () => analyze(unresolved), message: /^The catalog has 1 reference\(s\) that do not resolve/ },
  // The planner
  { error: PlanOptionError, name: 'PlanOptionError', code: 'UNKNOWN_PROCEDURE', when: 'a procedure of `only` the catalog lacks', call: () => plan(catalog, { only: ['9.999999'] }), message: /^The catalog has no procedure "9.999999"/ },
  { error: PlanOptionError, name: 'PlanOptionError', code: 'INVALID_BUDGET', when: 'a negative budget', call: () => plan(catalog, { budget: -1 }), message: /^The budget must be a whole number/ },
  { error: PlanOptionError, name: 'PlanOptionError', code: 'INVALID_LIMIT', when: 'a node limit of 0', call: () => plan(catalog, { maxNodes: 0 }), message: /^maxNodes must be a whole number/ },
  // Dependents
  { error: DependentsOptionError, name: 'DependentsOptionError', code: 'INVALID_DATE', when: 'a date that is not one', call: () => dependents(catalog, 'so-ho-khau', { at: '2023-13-01' }), message: /^'2023-13-01' is not a calendar date/ },
  { error: DependentsOptionError, name: 'DependentsOptionError', code: 'UNKNOWN_KIND', when: 'a kind of target that is none', call: () => dependents(catalog, 'so-ho-khau', { kind: 'person' as never }), message: /^'person' is not a kind of target/ },
  { error: DependentsOptionError, name: 'DependentsOptionError', code: 'UNKNOWN_PROVINCE', when: 'a province the catalog lacks', call: () => dependents(catalog, 'so-ho-khau', { province: 'ZZ' }), message: /^'ZZ' is not a province of the catalog/ },
  { error: DependentsOptionError, name: 'DependentsOptionError', code: 'UNKNOWN_LEGAL', when: 'a legal document the catalog lacks', call: () => dependents(catalog, 'so-ho-khau', { without: ['nd-999'] }), message: /^'nd-999' is not a legal document of the catalog/ },
  { error: UnknownDependencyTargetError, name: 'UnknownDependencyTargetError', code: 'UNKNOWN_TARGET', when: 'an id the catalog lacks', call: () => dependents(catalog, 'the-moon'), message: /^'the-moon' is not a document, data source/ },
  // Dates
  { error: InvalidDateError, name: 'InvalidDateError', code: 'INVALID_DATE', when: 'a date that is not one', call: () => addDays('2023-02-30', 1), message: /^'2023-02-30' is not a calendar date/ },
  { error: InvalidDateError, name: 'InvalidDateError', code: 'INVALID_DATE', when: 'a date not written YYYY-MM-DD', call: () => daysBetween('2023-01-01', '2023-1-2'), message: /^'2023-1-2' is not a calendar date/ },
  // The neighbourhood of a node
  { error: UnknownFocusError, name: 'UnknownFocusError', code: 'UNKNOWN_FOCUS', when: 'a focus the catalog lacks', call: () => neighbourhood(graph, 'the-moon'), message: /^'the-moon' is not a procedure, document/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'INVALID_OPTIONS', when: 'options that are not an object', call: () => neighbourhood(graph, 'so-ho-khau', 2 as never), message: /^The options must be an object/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'INVALID_FOCUS', when: 'a focus that is not a string', call: () => neighbourhood(graph, 42 as never), message: /^The focus must be a procedure code or an id/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'INVALID_DEPTH', when: 'a negative depth', call: () => neighbourhood(graph, 'so-ho-khau', { depth: -1 }), message: /^The depth must be a whole number/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'INVALID_LIMIT', when: 'a node cap of 0', call: () => neighbourhood(graph, 'so-ho-khau', { maxNodes: 0 }), message: /^The node cap must be a whole number/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'INVALID_DATE', when: 'a date that is not one', call: () => neighbourhood(graph, 'so-ho-khau', { at: '2023-02-30' }), message: /^at must be a calendar date/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'UNKNOWN_PROVINCE', when: 'a province the catalog lacks', call: () => neighbourhood(graph, 'so-ho-khau', { province: 'ZZ' }), message: /^The catalog has no province "ZZ"/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'UNKNOWN_PROVINCE', when: 'a province that is not a string', call: () => neighbourhood(graph, 'so-ho-khau', { province: 42 as never }), message: /^province must be a province code/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'RESULT_DATE_MISMATCH', when: 'a result of another date', call: () => neighbourhood(graph, 'so-ho-khau', { at: '2022-12-31', result }), message: /^The result is the analysis at 2023-01-01, not at 2022-12-31/ },
  { error: NeighbourhoodOptionError, name: 'NeighbourhoodOptionError', code: 'RESULT_PROVINCE_MISMATCH', when: 'a result of another province', call: () => neighbourhood(graph, 'so-ho-khau', { at: '2023-01-01', province: 'GL', result }), message: /^The result is the analysis of every province, not of GL/ },
  // The graph
  { error: UnknownNodeError, name: 'UnknownNodeError', code: 'UNKNOWN_NODE', when: 'a key the graph lacks', call: () => graphDependents(graph, 'so-ho-khau'), message: /^'so-ho-khau' is not a node of the graph/ },
  { error: UnknownNodeError, name: 'UnknownNodeError', code: 'UNKNOWN_NODE', when: 'a key that is not a string', call: () => graphDependencies(graph, 42 as never), message: /^'42' is not a node of the graph/ },
  { error: GraphWalkOptionError, name: 'GraphWalkOptionError', code: 'INVALID_DEPTH', when: 'a negative depth', call: () => graphDependents(graph, 'document:so-ho-khau', { maxDepth: -1 }), message: /^The depth must be a whole number of edges/ },
  { error: GraphWalkOptionError, name: 'GraphWalkOptionError', code: 'INVALID_KINDS', when: 'a kind that is not a node kind', call: () => graphDependents(graph, 'document:so-ho-khau', { kinds: ['person' as never] }), message: /^kinds must be a list of node kinds/ },
  { error: NotACatalogError, name: 'NotACatalogError', code: 'NOT_A_CATALOG', when: 'what loadCatalog returns', call: () => buildGraph(loaded as never), message: /^Expected a catalog object, but this is what loadCatalog returns/ },
  { error: NotACatalogError, name: 'NotACatalogError', code: 'NOT_A_CATALOG', when: 'a number', call: () => analyze(42 as never), message: /^Expected a catalog object, such as/ },
  // Reforms
  { error: ReformPathError, name: 'ReformPathError', code: 'NO_PATH', when: 'no path', call: () => loadReform(''), message: /^No reform path was given\.$/ },
  { error: ReformPathError, name: 'ReformPathError', code: 'NOT_FOUND', when: 'a path with nothing there', call: () => loadReform(join(dir, 'none.yaml')), message: /^The reform file '.*none\.yaml' does not exist\.$/ },
  { error: ReformPathError, name: 'ReformPathError', code: 'UNREADABLE', when: 'a path through a file', call: () => loadReform(join(dir, 'file.yaml', 'reform.yaml')), message: /^The reform file '.*reform\.yaml' cannot be read \(ENOTDIR\)\.$/ },
  { error: ReformPathError, name: 'ReformPathError', code: 'NOT_A_FILE', when: 'a directory', call: () => loadReform(dir), message: /^The reform path '.*' is not a file\.$/ },
  { error: ReformPathError, name: 'ReformPathError', code: 'TOO_LARGE', when: 'a file over the size limit', call: () => loadReform(join(dir, 'big.yaml')), message: /^The reform file '.*big\.yaml' is 52428801 bytes, more than the limit of 52428800\.$/ },
  { error: BaselinePathError, name: 'BaselinePathError', code: 'NO_PATH', when: 'no path', call: () => loadBaseline(''), message: /^No baseline path was given\.$/ },
  { error: BaselinePathError, name: 'BaselinePathError', code: 'NOT_FOUND', when: 'a path with nothing there', call: () => loadBaseline(join(dir, 'none.json')), message: /^The baseline file '.*none\.json' does not exist\.$/ },
  { error: BaselinePathError, name: 'BaselinePathError', code: 'UNREADABLE', when: 'a path through a file', call: () => loadBaseline(join(dir, 'file.yaml', 'known.json')), message: /^The baseline file '.*known\.json' cannot be read \(ENOTDIR\)\.$/ },
  { error: BaselinePathError, name: 'BaselinePathError', code: 'NOT_A_FILE', when: 'a directory', call: () => loadBaseline(dir), message: /^The baseline path '.*' is not a file\.$/ },
  { error: BaselinePathError, name: 'BaselinePathError', code: 'TOO_LARGE', when: 'a file over the size limit', call: () => loadBaseline(join(dir, 'big.yaml')), message: /^The baseline file '.*big\.yaml' is 52428801 bytes, more than the limit of 52428800\.$/ },
  { error: ReformMismatchError, name: 'ReformMismatchError', code: 'INVALID_REFORM', when: 'a connection of a data source the catalog lacks', call: () => applyReform(catalog, { connect: [{ data_source: 'the-moon', province: 'GL', from: '2023-01-01' }] }), message: /'the-moon'/ },
  { error: ReformMismatchError, name: 'ReformMismatchError', code: 'INVALID_REFORM', when: 'a what-if with a province the catalog lacks', call: () => whatif(catalog, { connect: [{ data_source: 'csdlqg-dan-cu', province: 'ZZ', from: '2023-01-01' }] }), message: /'ZZ'/ },
  { error: NotAReformError, name: 'NotAReformError', code: 'NOT_A_REFORM', when: 'a number', call: () => checkReform(42 as never, catalog), message: /^Expected a reform object such as/ },
  { error: NotAReformError, name: 'NotAReformError', code: 'NOT_A_REFORM', when: 'what parseReform returns', call: () => applyReform(catalog, parseReform('connect: []\n') as never), message: /^Expected a reform object, but this is what parseReform or loadReform returns/ },
  // Arguments of the wrong kind
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'WRONG_ARGUMENT', when: 'a catalog for an analysis result', call: () => rankProvisions(catalog as never), message: /^rankProvisions takes an AnalysisResult/ },
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'WRONG_ARGUMENT', when: 'diagnostics that are not a list', call: () => renderDiagnosticsText(loaded as never), message: /^renderDiagnosticsText takes a list of diagnostics/ },
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'INVALID_OPTIONS', when: 'options that are not an object', call: () => analyze(catalog, '2023-01-01' as never), message: /^The options of analyze must be an object/ },
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'UNKNOWN_LANG', when: 'a report language other than vi and en', call: () => renderBlockedText(result, { lang: 'fr' as never }), message: /^lang must be one of vi, en, not "fr"/ },
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'UNKNOWN_LANG', when: 'a shell language other than vi and en', call: () => renderBlockedText(result, { shellLang: 'fr' as never }), message: /^shellLang must be one of vi, en, not "fr"/ },
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'UNKNOWN_LANG', when: 'diagnostics in another language', call: () => localizeDiagnostic(parseCatalog('a: 1\n').diagnostics[0], 'fr' as never), message: /^lang must be vi or en, not "fr"/ },
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'UNKNOWN_LANG', when: 'diagnostics text in another language', call: () => renderDiagnosticsText([], { lang: 'fr' as never }), message: /^lang must be one of vi, en, not "fr"/ },
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'UNKNOWN_PROVINCE', when: 'a province that is not a string', call: () => rankProvisions(result, { province: 42 as never }), message: /^province must be a province code/ },
  { error: WrongArgumentError, name: 'WrongArgumentError', code: 'RESULT_PROVINCE_MISMATCH', when: 'a province the result holds no evaluations of', call: () => rankProvisions(analyze(catalog, { province: 'GL' }), { province: 'HN' }), message: /^rankProvisions: this result holds the evaluations of GL only, not those of HN/ },
  // Loaders and parsers
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'WRONG_ARGUMENT', when: 'text that is not text', call: () => parseCatalog(42 as never), message: /^parseCatalog takes the catalog's text/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'WRONG_ARGUMENT', when: 'files that are not a list', call: () => parseCatalogFiles('a: 1' as never), message: /^parseCatalogFiles expects a list/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'WRONG_ARGUMENT', when: 'a file without a name', call: () => parseCatalogFiles([{ text: 'a: 1' } as never]), message: /^File 0 must be/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'WRONG_ARGUMENT', when: 'a file name that is not a string', call: () => parseFile('a: 1', 42 as never), message: /^parseFile takes the file name/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'WRONG_ARGUMENT', when: 'reform text that is not text', call: () => parseReform(42 as never), message: /^parseReform takes the text of a reform file/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'INVALID_OPTIONS', when: 'options that are not an object', call: () => loadCatalog(dir, 'strict' as never), message: /^The options must be an object such as \{ strict: false \}/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'INVALID_OPTIONS', when: 'reform options that are not an object', call: () => loadReform(join(dir, 'file.yaml'), 42 as never), message: /^The options must be an object such as \{ catalog \}/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'WRONG_ARGUMENT', when: 'baseline text that is not text', call: () => parseBaseline(42 as never), message: /^parseBaseline takes the text of a baseline file/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'INVALID_OPTIONS', when: 'baseline options that are not an object', call: () => loadBaseline(join(dir, 'file.yaml'), 42 as never), message: /^The options must be an object such as \{ cwd \}/ },
  { error: CatalogArgumentError, name: 'CatalogArgumentError', code: 'INVALID_LIMIT', when: 'a limit that is not a whole number', call: () => parseCatalog('a: 1', { maxDepth: 0 }), message: /^maxDepth must be a whole number/ },
  { error: CatalogPathError, name: 'CatalogPathError', code: 'NO_PATH', when: 'no path', call: () => loadCatalog(''), message: /^No catalog path was given\.$/ },
  { error: CatalogPathError, name: 'CatalogPathError', code: 'NO_PATH', when: 'a URL that is not a file: URL', call: () => loadCatalog(new URL('https://example.org/catalog.yaml')), message: /is not a file: URL\.$/ },
  { error: CatalogPathError, name: 'CatalogPathError', code: 'NOT_FOUND', when: 'a path with nothing there', call: () => loadCatalog(join(dir, 'none')), message: /^The catalog path '.*none' does not exist\.$/ },
  { error: CatalogPathError, name: 'CatalogPathError', code: 'UNREADABLE', when: 'a path through a file', call: () => loadCatalog(join(dir, 'file.yaml', 'catalog')), message: /^The catalog path '.*catalog' cannot be read \(ENOTDIR\)\.$/ },
  { error: CatalogPathError, name: 'CatalogPathError', code: 'NO_CATALOG_FILES', when: 'a directory with no catalog file', call: () => loadCatalog(join(dir, 'empty')), message: /^The directory '.*empty' holds no catalog files/ },
  { error: CatalogPathError, name: 'CatalogPathError', code: 'NOT_A_FILE', when: 'a device', call: () => loadCatalog('/dev/null'), message: /^The catalog path '\/dev\/null' is neither a file nor a directory\.$/ },
  // Reports
  { error: ExplanationTooLargeError, name: 'ExplanationTooLargeError', code: 'TOO_MANY_LINES', when: 'an explanation longer than maxLines', call: () => renderExplainText(result, '1.001193', { maxLines: 3 }), message: /^The explanation of 1\.001193 runs past 3 lines\./ },
];

describe('the code of each error', () => {
  it.each(CASES.map((c) => [`${c.name} ${c.code}`, c.when, c] as const))('%s: %s', async (_label, _when, c) => {
    const e = await caught(c.call);
    expect(e).toBeInstanceOf(c.error);
    expect(e).toMatchObject({ name: c.name, code: c.code });
    expect((e as Error).message).toMatch(c.message);
  });
});

// Made to happen in plan-verification-code.test.ts, where the check of the plan is made to fail.
const ELSEWHERE = [{ name: 'PlanVerificationError', code: 'VERIFICATION_FAILED' }];

describe('the errors of docs/semantics.md', () => {
  const triggered = [...CASES, ...ELSEWHERE];
  const pairs = (list: { name: string; code: string }[]) => [...new Set(list.map((c) => `${c.name} ${c.code}`))].sort();

  it('are every error class the package exports', () => {
    const exported = Object.entries(library)
      .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
      .map(([name]) => name)
      .sort();
    expect(exported.length).toBeGreaterThan(15);
    expect([...errorTable().keys()].sort()).toEqual(exported);
    expect([...new Set(triggered.map((c) => c.name))].sort()).toEqual(exported);
  });

  it('list each class with exactly the codes its errors are thrown with, each once', () => {
    const listed = [...errorTable()].flatMap(([name, codes]) => codes.map((code) => ({ name, code })));
    expect(listed.map((c) => `${c.name} ${c.code}`).sort()).toEqual(pairs(listed));
    expect(pairs(listed)).toEqual(pairs(triggered));
  });
});
