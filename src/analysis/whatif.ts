import type { Catalog } from '../catalog/types.js';
import { evaluatedAnalysis } from './analyze.js';
import type { AnalyzeOptions, EvaluatedAnalysis } from './analyze.js';
import { compileCatalog } from './compile-catalog.js';
import type { CompiledCatalog } from './compiled-types.js';
import { refBestForm } from './evaluation-read.js';
import { applyReform } from './reform/apply-reform.js';
import type { Reform } from './reform/types.js';
import type { ProcedureResult } from './result-types.js';
import { countChanges, diffResults, evaluationKey } from './diff-results.js';
import { dependencyChanges, reformPartKey, reformParts, requirementChanges, type RefForm } from './whatif-explain.js';
import type { WhatIfEntry, WhatIfResult } from './whatif-types.js';
import { WHATIF_VERSION } from './whatif-types.js';
import { expectOptions } from '../util/expect-argument.js';

export type WhatIfOptions = AnalyzeOptions;

/**
 * What a reform changes: the catalog is analysed as it is (the baseline) and with the
 * reform applied, at the same date, province and `without`, and every evaluation is
 * compared. Returns data: counts of each kind of change, and for every evaluation that
 * changed or stays blocked, the requirements and procedures whose state changed, what
 * decided them (the amendment or connection, flagged when the reform made it), and both
 * full results with their explanations. Parts of the reform that no changed requirement
 * cites are listed as `unused`.
 *
 * The reform should be checked first (`parseReform` with the catalog, or `checkReform`);
 * `applyReform` throws `ReformMismatchError` for a reform that names what the catalog lacks.
 * Analysis errors (`AnalysisOptionError`, `UnresolvedCatalogError`) pass through.
 */
export function whatif(catalog: Catalog, reform: Reform, options: WhatIfOptions = {}): WhatIfResult {
  expectOptions(options, 'whatif', '{ at: "2023-01-01", province: "GL" }');
  const applied = applyReform(catalog, reform);
  // Compiled here to read, from the evaluations, the form of each procedure waited on.
  const compiledBaseline = compileCatalog(catalog);
  const compiledReformed = compileCatalog(applied);
  const baselineAnalysis = evaluatedAnalysis(compiledBaseline, options);
  const reformedAnalysis = evaluatedAnalysis(compiledReformed, options);
  const baseline = baselineAnalysis.result;
  const reformed = reformedAnalysis.result;
  const formBefore = refForm(compiledBaseline, baselineAnalysis);
  const formAfter = refForm(compiledReformed, reformedAnalysis);
  const beforeByKey = indexResults(baseline.results);
  const afterByKey = indexResults(reformed.results);
  const deltas = diffResults(baseline, reformed);
  const cited = new Set<string>();
  const entries: WhatIfEntry[] = [];
  for (const d of deltas) {
    const key = evaluationKey(d.code, d.province);
    const before = beforeByKey.get(key);
    const after = afterByKey.get(key);
    const { changes, parts } = requirementChanges(before, after, reform);
    for (const p of parts) cited.add(reformPartKey(p));
    if (d.change === 'unchanged') continue;
    const entry: WhatIfEntry = { ...d, requirements: changes, dependencies: dependencyChanges(before, after, formBefore, formAfter) };
    if (before) entry.baseline = before;
    if (after) entry.reformed = after;
    entries.push(entry);
  }
  return {
    version: WHATIF_VERSION,
    catalog: reformed.catalog,
    at: reformed.at,
    province: reformed.province,
    without: reformed.without,
    reform: {
      legal: (reform.legal ?? []).map((l) => ({ id: l.id, number: l.number, amendments: l.amends?.length ?? 0 })),
      connect: [...(reform.connect ?? [])],
    },
    totals: { baseline: baseline.totals, reformed: reformed.totals },
    counts: countChanges(deltas),
    entries,
    unused: reformParts(reform).filter((p) => !cited.has(reformPartKey(p))),
    deadlocks: reformed.deadlocks,
  };
}

/** The best form of what a reference of one side's analysis points to, read from its evaluation. */
function refForm(c: CompiledCatalog, analysed: EvaluatedAnalysis): RefForm {
  return (ref) => refBestForm(c, analysed.evaluation, ref);
}

function indexResults(results: ProcedureResult[]): Map<string, ProcedureResult> {
  return new Map(results.map((r) => [evaluationKey(r.code, r.province), r]));
}
