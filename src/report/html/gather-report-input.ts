import { analyzeCompiled } from '../../analysis/analyze.js';
import { compileCatalog } from '../../analysis/compile-catalog.js';
import { countDependents } from '../../analysis/count-dependents.js';
import { plan } from '../../analysis/plan/plan.js';
import { rankProvisions } from '../../analysis/rank-provisions.js';
import { timeline } from '../../analysis/timeline.js';
import { timelineEvents } from '../../analysis/timeline-events.js';
import type { Catalog } from '../../catalog/types.js';
import type { GatherOptions, HtmlReportInput, SunsetDocument } from './types.js';
import { completeCatalog } from '../../graph/complete-catalog.js';
import { LAST_DAY } from '../../analysis/timeline-dates.js';
import { expectOptions } from '../../util/expect-argument.js';
import { catalogNameEn } from '../../analysis/english-names.js';


/** The documents with a `valid_until`, earliest sunset first. */
export function sunsetDocuments(catalog: Catalog): SunsetDocument[] {
  return completeCatalog(catalog).documents
    // Valid until 9999-12-31, the last day there is: it never lapses, as in the summary.
    .filter((d): d is typeof d & { valid_until: string } => d.valid_until !== undefined && d.valid_until < LAST_DAY)
    .map((d) => ({ id: d.id, name: d.name, ...(d.name_en ? { name_en: d.name_en } : {}), valid_until: d.valid_until }))
    .sort((a, b) => a.valid_until.localeCompare(b.valid_until) || a.id.localeCompare(b.id));
}

/**
 * Everything the HTML report shows, computed from a catalog: the analysis nationwide (and in
 * the province when one is given), the dependents of every sunset document, the ranking of
 * blocking provisions, the smallest unblocking plan and the timeline for the focus (the
 * province, else the nation). Throws what `analyze`, `plan` and `timeline` throw for bad
 * options.
 */
export function gatherHtmlReportInput(input: Catalog, options: GatherOptions = {}): HtmlReportInput {
  expectOptions(options, 'gatherHtmlReportInput', '{ at: "2023-01-01", province: "GL" }');
  const catalog = completeCatalog(input);
  const province = options.province ?? null;
  const makePlan = options.plan !== false && options.lenient !== true;
  const makeTimeline = options.timeline !== false;
  const sunset = sunsetDocuments(catalog);
  const total = (province ? 2 : 1) + sunset.length + 1 + (makePlan ? 1 : 0) + (makeTimeline ? 1 : 0);
  let done = 0;
  // Each step is announced as it starts, so a long one shows what is being waited for.
  const step = <T>(phase: string, f: () => T): T => {
    options.onProgress?.({ phase, done, total });
    const v = f();
    done++;
    if (done === total) options.onProgress?.({ phase, done, total });
    return v;
  };
  const common = { at: options.at, without: options.without, lenient: options.lenient };
  // Compiled once for the analyses and the counts: a national catalog has a hundred sunset
  // documents, and counting on the catalog itself takes seconds each.
  const compiled = compileCatalog(catalog);
  const national = step('analyse', () => analyzeCompiled(compiled, { ...common, province: null }));
  const local = province ? step('analyse', () => analyzeCompiled(compiled, { ...common, province })) : null;
  const focus = local ?? national;
  const depOptions = { at: national.at, without: national.without };
  const dependents = sunset.map((d) => step('dependents', () => countDependents(compiled, d.id, depOptions)));
  // Ranked on every province's analysis: a central procedure may wait on a provincial one blocked elsewhere.
  const ranking = step('rank', () => rankProvisions(national, { province: focus.province }));
  const planned = makePlan ? step('plan', () => plan(catalog, { at: national.at, province: focus.province, without: national.without })) : null;
  // When nothing ever changes, the timeline is the one state at the report's date (a catalog
  // without a cutoff gives the timeline no other date to show).
  const steady = makeTimeline && timelineEvents(catalog, { without: national.without }).length === 0;
  const changes = makeTimeline
    ? step('timeline', () =>
        timeline(catalog, { province: focus.province, without: national.without, lenient: options.lenient, ...(steady ? { to: national.at } : {}) }),
      )
    : null;
  return {
    catalog: catalog.catalog?.name ?? national.catalog,
    ...catalogNameEn(catalog),
    ...(catalog.catalog?.ministries_en ? { ministries_en: catalog.catalog.ministries_en } : {}),
    provinces: catalog.provinces.map((p) => ({ code: p.code, name: p.name, ...(p.name_en ? { name_en: p.name_en } : {}) })),
    legal: catalog.legal.map((l) => ({ id: l.id, ...(l.title ? { title: l.title } : {}), ...(l.title_en ? { title_en: l.title_en } : {}) })),
    sunset,
    national,
    local,
    dependents,
    ranking,
    plan: planned,
    timeline: changes,
  };
}
