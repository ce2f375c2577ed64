import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { baselineOf, compareWithBaseline, type BaselineFinding } from '../../src/analysis/baseline/compare.js';
import { parseBaseline } from '../../src/analysis/baseline/parse-baseline.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';
import type { AnalysisResult } from '../../src/analysis/result-types.js';
import { renderBaselineJson } from '../../src/report/baseline-report.js';
import { renderBlockedCsv } from '../../src/report/blocked-csv.js';
import { renderBlockedJson } from '../../src/report/blocked-json.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { WrongArgumentError } from '../../src/util/expect-argument.js';
import { catalogs, DATES } from './helpers/analysis-catalogs.js';
import { loadFixture } from './helpers/fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/baseline.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allowUnionTypes: true }).compile(schema);

/** The findings of a result, told plainly from each evaluation's status and paper flag. */
function plainFindings(result: AnalysisResult): BaselineFinding[] {
  const out: BaselineFinding[] = [];
  for (const r of result.results) {
    if (r.status === 'blocked' || r.status === 'unknown') out.push({ code: r.code, province: r.province, finding: r.status });
    else if (r.paper) out.push({ code: r.code, province: r.province, finding: 'paper' });
  }
  return out;
}

const same = (a: BaselineFinding, b: BaselineFinding) => a.code === b.code && a.province === b.province && a.finding === b.finding;
const includes = (list: readonly BaselineFinding[], f: BaselineFinding) => list.some((g) => same(f, g));

/** Where each analysis is run: a date, and all provinces or one. */
const runs = fc.tuple(fc.constantFrom(...DATES), fc.constantFrom(null, 'HN', 'GL'));

describe('compareWithBaseline against a brute-force oracle', () => {
  it('splits findings into new and known, and the baseline into stale and out of scope, on random catalogs', () => {
    const extra = fc.array(
      fc.record({ code: fc.constantFrom('p0', 'p1', 'gone'), province: fc.constantFrom(null, 'HN', 'GL', 'HCM', 'XX'), finding: fc.constantFrom('blocked', 'unknown', 'paper') } as const),
      { maxLength: 4 },
    );
    let withKnown = 0;
    let withStale = 0;
    fc.assert(
      fc.property(catalogs, runs, runs, extra, fc.integer({ min: 0, max: 3 }), (catalog, [atA, provinceA], [atB, provinceB], added, drop) => {
        const a = analyze(catalog, { at: atA, province: provinceA, lenient: true });
        const b = analyze(catalog, { at: atB, province: provinceB, lenient: true });
        // A baseline of run A, some entries dropped, some written by hand (duplicates and strangers among them).
        const written = baselineOf(a);
        const baseline = { version: 1 as const, findings: [...written.findings.slice(drop), ...added] };
        const c = compareWithBaseline(b, baseline);

        const found = plainFindings(b);
        expect(c.new).toEqual(found.filter((f) => !includes(baseline.findings, f)));
        expect(c.known).toEqual(found.filter((f) => includes(baseline.findings, f)));
        const missing = baseline.findings.filter((f, i) => !includes(found, f) && !includes(baseline.findings.slice(0, i), f));
        const inScope = (f: BaselineFinding) => provinceB === null || f.province === null || f.province === provinceB;
        expect(c.stale).toEqual(missing.filter(inScope));
        expect(c.outOfScope).toBe(missing.filter((f) => !inScope(f)).length);

        // Written again from the result with the baseline: what it lists and is still found, in code order.
        const pruned = baselineOf(b, baseline).findings;
        expect(new Set(pruned.map((f) => JSON.stringify(f)))).toEqual(new Set(c.known.map((f) => JSON.stringify(f))));
        expect(pruned.length).toBe(c.known.length);
        // Against its own baseline, nothing is new and nothing stale.
        const own = compareWithBaseline(b, baselineOf(b));
        expect([own.new.length, own.stale.length, own.known.length]).toEqual([0, 0, found.length]);
        if (c.known.length > 0) withKnown++;
        if (c.stale.length > 0) withStale++;
      }),
      { numRuns: 300 },
    );
    // The cases that matter came up (measured: 130–155 and about 190 of 300).
    expect(withKnown).toBeGreaterThan(30);
    expect(withStale).toBeGreaterThan(30);
  });

  it('writes a file the schema accepts and that parses back to the same baseline, on random catalogs', () => {
    fc.assert(
      fc.property(catalogs, runs, (catalog, [at, province]) => {
        const baseline = baselineOf(analyze(catalog, { at, province, lenient: true }));
        const text = renderBaselineJson(baseline);
        expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
        const parsed = parseBaseline(text);
        expect(parsed.diagnostics).toEqual([]);
        expect(parsed.baseline).toEqual(baseline);
      }),
      { numRuns: 150 },
    );
  });
});

describe('baselineOf', () => {
  it('lists the findings by code, numerically, then in the order of the provinces', () => {
    const result = analyze(loadFixture('tiny-example'), { at: '2023-01-01' });
    const findings = baselineOf(result).findings;
    expect(findings.length).toBe(plainFindings(result).length);
    expect(findings.length).toBeGreaterThan(0);
    const codes = findings.map((f) => f.code);
    expect(codes).toEqual([...codes].sort(new Intl.Collator('en', { numeric: true }).compare));
  });

  it('refuses what is not an analysis result or a baseline', () => {
    const result = analyze(loadFixture('tiny-example'));
    expect(() => baselineOf({} as AnalysisResult)).toThrow(WrongArgumentError);
    expect(() => compareWithBaseline(result, { findings: [] } as never)).toThrow(/compareWithBaseline takes a Baseline/);
    expect(() => renderBaselineJson(result as never)).toThrow(/renderBaselineJson takes a Baseline, .* but this is an AnalysisResult/);
  });
});

describe('parseBaseline', () => {
  it('reports what is wrong where it is, with a hint', () => {
    const text = ['{', '  "version": 1,', '  "findings": [', '    {"code": "1.000894", "province": "GL", "finding": "bloked"},', '    {"code": "1.001193", "finding": "paper"}', '  ]', '}', ''].join('\n');
    const r = parseBaseline(text, { fileName: 'known.json' });
    expect(r.ok).toBe(false);
    expect(r.baseline).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.location?.file, d.location?.line, d.location?.column])).toEqual([
      ['INVALID_VALUE', 'known.json', 4, 55],
      ['MISSING_FIELD', 'known.json', 5, 5],
    ]);
    expect(r.diagnostics[0].hint).toBe("Did you mean 'blocked'?");
  });

  it('refuses a file of another version, a list, an empty file and broken JSON', () => {
    const codes = (text: string) => parseBaseline(text).diagnostics.map((d) => d.code);
    expect(codes('{"version": 2, "findings": []}')).toEqual(['INVALID_VALUE']);
    expect(codes('[]')).toEqual(['FILE_NOT_MAPPING']);
    expect(codes('')).toEqual(['FILE_NOT_MAPPING']);
    expect(parseBaseline('').diagnostics[0].message).toMatch(/holds no data, but a baseline file must be a mapping/);
    expect(codes('{"version": 1, "findings": [}')).toEqual(['YAML_SYNTAX']);
    expect(codes('{"version": 1, "findings": [], "findings": []}')).toEqual(['DUPLICATE_KEY']);
    expect(parseBaseline('{"version": 1, "findings": [{"code": "x", "province": 5, "finding": "paper"}]}').diagnostics[0].message).toBe(
      '`findings[0].province` must be text or empty (null), not a whole number.',
    );
  });

  const versionHint = (version: string) => parseBaseline(`{"version": ${version}, "findings": []}`).diagnostics.map((d) => d.hint);

  it('tells a version number written in quotes to be written without them', () => {
    expect(versionHint('"1"')).toEqual(['Write 1 without quotes: it is a number.']);
    expect(versionHint('" 1 "')).toEqual(['Write 1 without quotes: it is a number.']);
    expect(localizeDiagnostic(parseBaseline('{"version": "1", "findings": []}').diagnostics[0], 'vi').hint).toBe('Hãy viết 1 không có dấu nháy: đó là một số.');
  });

  it('says that a file of a later version comes from a newer tthc-graph, and how to write one of this version', () => {
    const hint = versionHint;
    expect(hint('2')).toEqual(['A newer tthc-graph wrote this file (baseline format 2; this one reads 1): update tthc-graph, or write the file again with tthc blocked --format baseline -o FILE.']);
    for (const other of ['0', '1.5', '"v1"', 'null']) expect(hint(other), other).toEqual(['Write it with tthc blocked --format baseline -o FILE.']);
    const [newer] = parseBaseline('{"version": 3, "findings": []}').diagnostics;
    expect(localizeDiagnostic(newer, 'vi').hint).toBe(
      'Tệp này do một phiên bản tthc-graph mới hơn ghi (định dạng baseline 3; phiên bản này đọc 1): hãy cập nhật tthc-graph, hoặc ghi lại tệp bằng tthc blocked --format baseline -o TỆP.',
    );
  });

  it('reads YAML too, and codes in NFD as the catalog writes them, in NFC', () => {
    const nfd = 'qđ-06'.normalize('NFD');
    const r = parseBaseline(`version: 1\nfindings:\n  - { code: "${nfd}", province: null, finding: blocked }\n`);
    expect(r.ok).toBe(true);
    expect(r.baseline?.findings).toEqual([{ code: 'qđ-06'.normalize('NFC'), province: null, finding: 'blocked' }]);
  });
});

describe('the baseline option of the renderers', () => {
  const result = analyze(loadFixture('tiny-example'), { at: '2023-01-01' });
  const comparison = compareWithBaseline(result, { version: 1, findings: [{ code: 'gone', province: null, finding: 'blocked' }] });

  it('leaves out the known findings and lists the stale entries, in text and Markdown', () => {
    const known = compareWithBaseline(result, baselineOf(result));
    const text = renderBlockedText(result, { lang: 'en', baseline: { file: 'k.json', comparison: known } });
    expect(text).toContain('No procedure is newly blocked.');
    expect(text).toMatch(/Entries of the baseline no longer found +0\n/);
    const md = renderBlockedMarkdown(result, { lang: 'en', baseline: { file: 'k.json', comparison } });
    expect(md).toContain('## Against the baseline k.json');
    expect(md).toMatch(/\| gone +\| blocked +\| Central +\|/);
  });

  it('refuses a baseline option that is not { file, comparison }', () => {
    for (const render of [renderBlockedText, renderBlockedMarkdown, renderBlockedCsv] as const) {
      expect(() => render(result, { baseline: 'k.json' as never })).toThrow(/baseline of renderBlocked\w+ must be an object \{ file, comparison \}/);
      expect(() => render(result, { baseline: { file: 'k.json', comparison: {} } as never })).toThrow(/takes a BaselineComparison/);
    }
    expect(() => renderBlockedJson(result, { baseline: { file: 'k.json' } as never })).toThrow(WrongArgumentError);
    expect(renderBlockedJson(result, { baseline: { file: 'k.json', comparison } })).toContain('"out_of_scope": 0');
  });
});
