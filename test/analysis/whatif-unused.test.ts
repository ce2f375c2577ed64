import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { parseReform } from '../../src/analysis/reform/parse-reform.js';
import { whatif } from '../../src/analysis/whatif.js';

// Two amendments of the same clause: one accepts a certificate that can only be obtained
// through the blocked procedure itself, the other accepts a card. The card's amendment is
// what unblocks the procedure, so it must never be reported unused.
const catalog = parseCatalog(
  `
catalog: { name: two amendments of one clause, cutoff: 2023-01-01 }
provinces: [{ code: HN, name: Hà Nội }]
documents:
  - { id: book, name: Book, form: paper, valid_until: 2022-12-31 }
  - { id: card, name: Card, form: card }
  - { id: cert, name: Certificate, form: paper, obtained_by: [p0] }
legal:
  - { id: base, number: 1/2015/NĐ-CP, type: nghi-dinh }
procedures:
  - code: p0
    name: P0
    level: [xa]
    requires: [{ document: book, basis: { legal: base, article: 2, clause: 2 } }]
`,
  { fileName: 'catalog.yaml' },
).catalog!;

const parsed = parseReform(
  `
legal:
  - id: reform
    number: 9/2023/NĐ-CP
    type: nghi-dinh
    effective: 2022-12-01
    amends:
      - { provision: { legal: base, article: 2, clause: 2 }, accept: [cert] }
      - { provision: { legal: base, article: 2, clause: 2 }, accept: [card] }
`,
  { fileName: 'reform.yaml', catalog },
);

describe('whatif: unused parts when several amendments cover one clause', () => {
  it('credits the amendment that accepts the chosen candidate, not the first one of the clause', () => {
    expect(parsed.diagnostics).toEqual([]);
    const w = whatif(catalog, parsed.reform!);
    expect(w.counts['newly-met']).toBe(1);
    expect(w.unused.filter((p) => p.kind === 'amendment' && p.index === 1)).toEqual([]);
    const entry = w.entries.find((e) => e.code === 'p0')!;
    expect(entry.requirements.map((r) => [r.via?.id, r.by_reform])).toEqual([['card', true]]);
  });
});
