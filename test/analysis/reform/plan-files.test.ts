import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/catalog/parse-catalog.js';
import { parseReform } from '../../../src/analysis/reform/parse-reform.js';
import { whatif } from '../../../src/analysis/whatif.js';

// The planner writes its plans as reform files (`tthc plan --format yaml`); every plan kept
// as a golden file must read back as a valid reform of the catalog it was made for.
const planDir = new URL('../../fixtures/plan/', import.meta.url);
const catalogs = readdirSync(planDir).filter((f) => f.endsWith('.yaml'));
const plans = readdirSync(new URL('golden/', planDir)).filter((f) => f.endsWith('.yaml'));

describe('plans written as reform files', () => {
  it('there are some to check', () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  it.each(plans)('%s reads back as a reform with no diagnostics and makes nothing worse', (name) => {
    const catalogFile = catalogs.filter((c) => name.startsWith(c.replace(/\.yaml$/, ''))).sort((a, b) => b.length - a.length)[0];
    const text = readFileSync(new URL(`golden/${name}`, planDir), 'utf8');
    if (catalogFile === undefined) {
      // A plan with no change, made for a catalog built in its test: an empty reform.
      const empty = parseReform(text, { fileName: name });
      expect(empty.diagnostics).toEqual([]);
      expect(empty.reform).toEqual({});
      return;
    }
    const catalog = parseCatalog(readFileSync(new URL(catalogFile, planDir), 'utf8'), { fileName: catalogFile }).catalog;
    const parsed = parseReform(text, { fileName: name, catalog });
    expect(parsed.diagnostics).toEqual([]);
    const w = whatif(catalog, parsed.reform!, name.includes('without') ? { without: ['nd-104-2022'] } : {});
    expect(w.counts['newly-blocked']).toBe(0);
    if ((parsed.reform!.legal ?? []).length + (parsed.reform!.connect ?? []).length > 0) {
      expect(w.counts['newly-met'] + w.counts['no-longer-paper']).toBeGreaterThan(0);
    }
  });
});
