import { describe, expect, it } from 'vitest';
import { plan } from '../../src/analysis/plan/plan.js';
import { planNext } from '../../src/report/plan-next.js';
import { renderPlanMarkdown } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { loadPlanFixture } from '../analysis/plan/helpers/load.js';

/** The commands' site: the catalog at `source`, in a shell whose tthc answers in Vietnamese. */
const site = (source: string) => ({ source, shellLang: 'vi' as const });

describe('planNext: what to run after a plan', () => {
  const catalog = loadPlanFixture('greedy-not-minimal');

  it('pipes the same plan, as a reform file, into tthc whatif at its date', () => {
    const p = plan(catalog);
    expect(p.changes.length).toBeGreaterThan(0);
    expect(planNext(p, site('catalog.yaml'), 'en')).toEqual([
      {
        command: `tthc plan catalog.yaml --at ${p.at} --format yaml --lang en | tthc whatif catalog.yaml --reform - --at ${p.at} --lang en`,
        comment: 'what this plan changes for each procedure, and why',
      },
    ]);
    expect(planNext(p, site('catalog.yaml'), 'vi')[0].command).toBe(`tthc plan catalog.yaml --at ${p.at} --format yaml | tthc whatif catalog.yaml --reform - --at ${p.at}`);
  });

  it('repeats what chose the plan: province, date, ignored legal documents, --only, --budget, --paperless and the search limit; whatif takes only what it has', () => {
    const p = plan(catalog, { at: '2023-02-01', province: 'HN', only: ['X5', 'X6'], budget: 1, paperless: true });
    const [next] = planNext(p, site('my catalog/'), 'vi', 5000);
    expect(next.command).toBe(
      "tthc plan 'my catalog/' --province HN --at 2023-02-01 --only X5,X6 --budget 1 --paperless --max-nodes 5000 --format yaml | tthc whatif 'my catalog/' --reform - --province HN --at 2023-02-01",
    );
  });

  it('suggests nothing after a plan without changes', () => {
    const p = plan(catalog, { budget: 0 });
    expect(p.changes).toEqual([]);
    expect(planNext(p, site('catalog.yaml'), 'en')).toEqual([]);
    expect(renderPlanText(p, { source: 'catalog.yaml' })).toBe(renderPlanText(p));
  });

  it('ends the text and Markdown reports only when they are given the catalog path', () => {
    const p = plan(catalog);
    const text = renderPlanText(p, { lang: 'en', source: 'catalog.yaml' });
    expect(text.startsWith(renderPlanText(p, { lang: 'en' }))).toBe(true);
    expect(text.slice(renderPlanText(p, { lang: 'en' }).length)).toBe(`\nNext:\n  ${planNext(p, site('catalog.yaml'), 'en')[0].command}  # what this plan changes for each procedure, and why\n`);
    const markdown = renderPlanMarkdown(p, { lang: 'en', source: 'catalog.yaml' });
    expect(markdown).toContain(`## Next\n\n\`\`\`sh\n${planNext(p, site('catalog.yaml'), 'en')[0].command}  # what this plan changes for each procedure, and why\n\`\`\`\n`);
    expect(renderPlanMarkdown(p, { lang: 'en' })).not.toContain('## Next');
  });
});
