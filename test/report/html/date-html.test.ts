import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import type { Catalog } from '../../../src/catalog/types.js';
import { gatherHtmlReportInput } from '../../../src/report/html/gather-report-input.js';
import { renderHtmlReport } from '../../../src/report/html/render-html-report.js';
import { REPORT_CSS } from '../../../src/report/html/styles.js';
import { formatDate } from '../../../src/report/timeline-labels.js';
import { loadFixture as loadAnalysisFixture } from '../../analysis/helpers/fixture.js';
import { loadReportFixture } from '../fixture-analysis.js';
import { loadFixture } from './fixture.js';
import { allElements, parseXml, type XmlElement } from './xml.js';

/** A date as either language writes it. */
const DATE = /\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}/;

/** The parts of the page that print dates, each parsed as a tree (they are well-formed XML). */
function datedParts(html: string): XmlElement[] {
  const parts = [/<header>[\s\S]*?<\/header>/, /<section id="headline">[\s\S]*?<\/section>/, /<section id="blocked">[\s\S]*?<\/section>/, /<section id="paper">[\s\S]*?<\/section>/];
  return parts.map((re) => parseXml(re.exec(html)![0]));
}

/** A procedure met with a card: the report says that nothing is blocked and nothing needs paper, on its date. */
function paperless(): Catalog {
  const loaded = parseCatalog(
    [
      'catalog: { name: t, cutoff: 2023-01-01 }',
      'documents: [{ id: the, name: Thẻ, form: card }]',
      'procedures: [{ code: p, name: P, level: [trung-uong], requires: [{ document: the }] }]',
      '',
    ].join('\n'),
  );
  if (!loaded.ok) throw new Error('the paperless catalog does not load');
  return loaded.catalog;
}

const reports: [string, Catalog, Parameters<typeof gatherHtmlReportInput>[1]][] = [
  ['hokhau-small in Gia Lai', await loadFixture('hokhau-small.yaml'), { at: '2023-01-01', province: 'GL' }],
  ['lapsed-amendment before the sunset', loadAnalysisFixture('lapsed-amendment'), { at: '2022-06-01' }],
  ['a catalog with nothing blocked and no paper', paperless(), {}],
  ['lapsed-amendment', loadAnalysisFixture('lapsed-amendment'), {}],
  ['every-province-groups', loadReportFixture('every-province-groups'), {}],
];

describe('the dates of the HTML report', () => {
  for (const [name, catalog, options] of reports) {
    for (const lang of ['en', 'vi'] as const) {
      it(`are each one <time> carrying the ISO date, none printed bare (${name}, ${lang})`, () => {
        const html = renderHtmlReport(gatherHtmlReportInput(catalog, { ...options, plan: false, timeline: false }), { lang });
        const elements = datedParts(html).flatMap(allElements);
        const times = elements.filter((e) => e.name === 'time');
        expect(times.length).toBeGreaterThan(0);
        for (const t of times) {
          expect(t.attrs.datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(t.text).toBe(formatDate(t.attrs.datetime, lang));
          expect(t.children).toEqual([]);
        }
        // Every date is inside a <time>: no other element holds one in its own text.
        const bare = elements.filter((e) => e.name !== 'time' && DATE.test(e.text)).map((e) => `<${e.name}> ${e.text}`);
        expect(bare).toEqual([]);
      });
    }
  }

  it('are kept on one line by the style sheet, as codes and legal numbers are', () => {
    const rule = /(?:^|\n)time, \.code, \.nw\s*\{([^}]*)\}/.exec(REPORT_CSS);
    expect(rule?.[1]).toMatch(/white-space:\s*nowrap/);
  });
});
