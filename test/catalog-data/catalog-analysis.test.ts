import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { countDependents } from '../../src/analysis/count-dependents.js';
import type { AnalysisResult, ProcedureResult } from '../../src/analysis/result-types.js';
import { summarizeCatalog } from '../../src/analysis/summary.js';
import type { Catalog } from '../../src/catalog/types.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { BOOKS, bookRequirements, FALLBACK, loadBundled, LOOKUPS, NOT_CONNECTED, REPO_DIR, cardIds } from './helpers.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = (await loadBundled()).catalog;
});

const blockedCodes = (r: AnalysisResult) => new Set(r.results.filter((x) => x.status === 'blocked').map((x) => x.code));
const bookProcedures = () => new Set(catalog.procedures.filter((p) => bookRequirements(p).length > 0).map((p) => p.code));

/**
 * Which procedures are blocked at `at` when no amendment counts, written independently of the
 * engine: a least fixpoint over "met", where a requirement is met by its document or an
 * alternative it accepted from the start that is still valid and, when it must be obtained,
 * obtainable through a met procedure. It ignores provinces, which is sound only because no
 * requirement of the catalog accepts a data source from the start (checked below).
 */
function oracleBlockedWithoutAmendments(c: Catalog, at: string): Set<string> {
  const docs = new Map(c.documents.map((d) => [d.id, d]));
  const met = new Set<string>();
  const usable = (id: string) => {
    const d = docs.get(id);
    if (!d || (d.valid_until !== undefined && at > d.valid_until)) return false;
    return d.obtained_by === undefined || d.obtained_by.some((code) => met.has(code));
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of c.procedures) {
      if (met.has(p.code)) continue;
      const ok =
        (p.requires ?? []).every((r) => [r.document, ...(r.accept ?? [])].some(usable)) && (p.needs ?? []).every((n) => met.has(n));
      if (ok) {
        met.add(p.code);
        changed = true;
      }
    }
  }
  return new Set(c.procedures.map((p) => p.code).filter((code) => !met.has(code)));
}

describe('on 2022-12-31, the last day of the books', () => {
  it('nothing is blocked or unknown', () => {
    const r = analyze(catalog, { at: '2022-12-31' });
    expect([r.totals.blocked, r.totals.unknown]).toEqual([0, 0]);
  });
  it('nothing is blocked even without Decree 104, which is not in force yet', () => {
    expect(analyze(catalog, { at: '2022-12-31', without: ['nd-104-2022'] }).totals.blocked).toBe(0);
  });
});

describe('on 2023-01-01 without Decree 104', () => {
  let r: AnalysisResult;
  beforeAll(() => {
    r = analyze(catalog, { at: '2023-01-01', without: ['nd-104-2022'] });
  });

  it('blocks exactly what the independent oracle blocks, in every province', () => {
    const dataFromStart = catalog.procedures.flatMap((p) => p.requires ?? []).flatMap((q) => q.accept ?? []);
    expect(dataFromStart.filter((id) => catalog.data_sources.some((s) => s.id === id))).toEqual([]);
    const expected = oracleBlockedWithoutAmendments(catalog, '2023-01-01');
    expect(blockedCodes(r)).toEqual(expected);
    for (const x of r.results) if (expected.has(x.code)) expect(x.status, `${x.code} ${x.province}`).toBe('blocked');
  });

  it('every procedure that asked only for a book as proof of residence is blocked', () => {
    const blocked = blockedCodes(r);
    const onlyBooks = catalog.procedures.filter((p) =>
      bookRequirements(p).some((q) => [q.document, ...(q.accept ?? [])].every((id) => BOOKS.includes(id))),
    );
    expect(onlyBooks.length).toBeGreaterThan(20);
    for (const p of onlyBooks) expect(blocked.has(p.code), p.code).toBe(true);
    // Nothing else is blocked: the books are the only cause.
    for (const code of blocked) expect(onlyBooks.map((p) => p.code)).toContain(code);
  });

  it('the two procedures with an older alternative to the book and 1.004884 stay open', () => {
    const blocked = blockedCodes(r);
    for (const code of ['nd104-01', 'nd104-13-6', '1.004884']) expect(blocked.has(code), code).toBe(false);
  });

  it('counts the procedures that depend on the household book by ministry', () => {
    const counts = countDependents(catalog, 'so-ho-khau');
    const expected = new Map<string | null, number>();
    for (const p of catalog.procedures) {
      const asks = (p.requires ?? []).some((q) => q.document === 'so-ho-khau' || (q.accept ?? []).includes('so-ho-khau'));
      if (asks) expected.set(p.ministry ?? null, (expected.get(p.ministry ?? null) ?? 0) + 1);
    }
    expect(new Map(counts.by.ministry.map((g) => [g.key, g.count]))).toEqual(expected);
    expect(counts.total).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(counts.by.ministry[0]).toMatchObject({ key: 'Bộ Tư pháp' });
  });

  it('`tthc count catalog/ --depends-on so-ho-khau --by ministry` prints those counts', async () => {
    const io = memoryIo({ cwd: REPO_DIR });
    expect(await run(['count', 'catalog/', '--depends-on', 'so-ho-khau', '--by', 'ministry'], io)).toBe(0);
    const counts = countDependents(catalog, 'so-ho-khau');
    for (const g of counts.by.ministry) expect(io.out()).toMatch(new RegExp(`${g.key}\\s+${g.count}\\b`));
  });
});

describe('on 2023-01-01 with Decree 104', () => {
  let r: AnalysisResult;
  beforeAll(() => {
    r = analyze(catalog, { at: '2023-01-01' });
  });
  const bookEvaluations = () => r.results.filter((x) => bookProcedures().has(x.code));
  const dropped = (x: ProcedureResult) => x.requirements.filter((q) => BOOKS.includes(q.document)).every((q) => q.dropped_by);

  it('nothing is blocked or unknown', () => {
    expect([r.totals.blocked, r.totals.unknown]).toEqual([0, 0]);
  });

  it('outside the three unconnected provinces, every procedure that asked for a book is paperless, by a lookup', () => {
    for (const x of bookEvaluations()) {
      if (x.province !== null && NOT_CONNECTED.includes(x.province)) continue;
      expect([x.status, x.paper, x.best_form], `${x.code} ${x.province}`).toEqual(['met', false, 'data']);
      for (const q of x.requirements) if (!q.dropped_by) expect(LOOKUPS, `${x.code} ${x.province}`).toContain(q.chosen);
    }
  });

  it('in Gia Lai, Phú Yên and Bắc Kạn they still need a document the citizen brings, not a lookup', () => {
    const where = new Set<string>();
    for (const x of bookEvaluations()) {
      if (x.province === null || !NOT_CONNECTED.includes(x.province) || dropped(x)) continue;
      where.add(x.province);
      expect(x.status).toBe('met');
      expect(x.best_form, `${x.code} ${x.province}`).not.toBe('data');
      for (const q of x.requirements.filter((y) => !y.dropped_by)) {
        expect(LOOKUPS).not.toContain(q.chosen);
        const lookup = q.candidates.find((c) => c.id === 'csdlqg-dan-cu');
        if (lookup) expect([lookup.status, lookup.reason.kind]).toEqual(['blocked', 'not-connected']);
      }
    }
    expect([...where].sort()).toEqual([...NOT_CONNECTED].sort());
  });

  it('there, a citizen who holds no identity card still needs paper: CT07 or another paper document', () => {
    const bare = analyze(catalog, { at: '2023-01-01', lacking: cardIds(catalog) });
    expect(bare.lacking).toEqual(['cccd', 'cmnd', 'chung-minh-quan-doi', 'the-bhyt']);
    expect(bare.totals.blocked).toBe(0);
    let ct07 = 0;
    for (const x of bare.results.filter((y) => bookProcedures().has(y.code))) {
      if (x.province === null || !NOT_CONNECTED.includes(x.province)) {
        expect([x.paper, x.best_form], `${x.code} ${x.province}`).toEqual([false, 'data']);
        continue;
      }
      if (dropped(x)) continue;
      expect([x.status, x.paper, x.best_form], `${x.code} ${x.province}`).toEqual(['met', true, 'paper']);
      for (const q of x.requirements.filter((y) => !y.dropped_by && BOOKS.includes(y.document))) {
        const chosen = q.candidates.find((c) => c.id === q.chosen)!;
        expect(chosen.form).toBe('paper');
        if (chosen.id === 'ct07') ct07++;
      }
    }
    expect(ct07).toBeGreaterThan(0);
  });

  it('the Art. 14 cl. 4 documents are what the catch-all adds where a book was asked for', () => {
    const x = r.results.find((y) => y.code === '1.003091' && y.province === 'GL')!;
    const added = x.requirements[0].candidates.filter((c) => c.origin === 'amendment').map((c) => c.id);
    expect(added.sort()).toEqual([...LOOKUPS, ...FALLBACK].sort());
    expect(x.requirements[0].candidates.find((c) => c.id === x.requirements[0].chosen)?.amendment).toMatchObject({
      legal: 'nd-104-2022',
      by: { article: 15, clause: 3 },
    });
  });

  it('1.004884, which keeps the books as historical evidence, is never blocked and does not depend on them', () => {
    for (const at of ['2022-12-31', '2023-01-01', '2025-01-01']) {
      for (const without of [[], ['nd-104-2022']]) {
        const res = analyze(catalog, { at, without });
        expect(res.results.filter((y) => y.code === '1.004884').every((y) => y.status === 'met'), `${at} ${without}`).toBe(true);
      }
    }
    expect(countDependents(catalog, 'so-ho-khau').by.ministry.flatMap((g) => g.codes)).not.toContain('1.004884');
  });
});

describe('tthc for a citizen of Gia Lai without an identity card (--lacking)', () => {
  const tthc = async (...argv: string[]) => {
    const io = memoryIo({ cwd: REPO_DIR });
    const code = await run(argv, io);
    return { code, out: io.out(), err: io.err() };
  };
  const GL = ['catalog/', '--at', '2023-01-01', '--province', 'GL'];
  /** The book requirements of a GL evaluation that no amendment dropped. */
  const bookSteps = (x: ProcedureResult) => x.requirements.filter((q) => BOOKS.includes(q.document) && !q.dropped_by);

  it('`tthc blocked … --lacking cccd,cmnd` shows the procedures that asked for the book as still needing paper, most through CT07', async () => {
    const withCard: AnalysisResult = JSON.parse((await tthc('blocked', ...GL, '--format', 'json')).out);
    const r = await tthc('blocked', ...GL, '--lacking', 'cccd,cmnd', '--format', 'json');
    expect(r.code).toBe(0);
    const without: AnalysisResult = JSON.parse(r.out);
    expect(without.lacking).toEqual(['cccd', 'cmnd']);
    expect(without.totals.blocked).toBe(0);
    const text = (await tthc('blocked', ...GL, '--lacking', 'cccd', '--lacking', 'cmnd', '--lang', 'en')).out;
    expect(text.split('\n')[0]).toBe('Procedures blocked on 2023-01-01 in Gia Lai (GL) (applicant without cccd, cmnd)');
    let ct07 = 0;
    for (const x of without.results.filter((y) => y.province === 'GL' && bookSteps(y).length > 0)) {
      const card = withCard.results.find((y) => y.code === x.code && y.province === 'GL')!;
      expect([card.status, card.paper, card.best_form], x.code).toEqual(['met', false, 'card']);
      for (const q of bookSteps(card)) expect(['cccd', 'cmnd'], x.code).toContain(q.chosen);
      expect(x.status, x.code).toBe('met');
      for (const q of bookSteps(x)) {
        const chosen = q.candidates.find((c) => c.id === q.chosen)!;
        // Another card the citizen may hold (a military ID) where a decree accepts it, else paper.
        expect(['cccd', 'cmnd'], x.code).not.toContain(chosen.id);
        expect(chosen.form, x.code).toBe(x.paper ? 'paper' : 'card');
        if (chosen.id === 'ct07') {
          ct07++;
          expect(text).toMatch(new RegExp(`^${x.code.replace('.', '\\.')} .*Residence information confirmation \\(form CT07\\) \\[paper\\]`, 'm'));
        }
        for (const c of q.candidates.filter((k) => k.id === 'cccd' || k.id === 'cmnd')) expect(c.reason).toEqual({ kind: 'lacking' });
      }
    }
    expect(ct07).toBeGreaterThanOrEqual(10);
  });

  it('`tthc explain catalog/ 1.003091 … --lacking cccd,cmnd` chooses CT07 and says the cards are not held', async () => {
    const r = await tthc('explain', 'catalog/', '1.003091', '--province', 'GL', '--at', '2023-01-01', '--lacking', 'cccd,cmnd', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Explanation on 2023-01-01 in Gia Lai (GL) (applicant without cccd, cmnd)');
    expect(r.out).toMatch(/✗ Citizen identity card \(CCCD\) \[card\] — .*; the applicant does not hold it\n/);
    expect(r.out).toMatch(/✓ Residence information confirmation \(form CT07\) \[paper\] — .* ← chosen\n/);
    const card = await tthc('explain', 'catalog/', '1.003091', '--province', 'GL', '--at', '2023-01-01', '--lang', 'en');
    expect(card.out).toMatch(/✓ Citizen identity card \(CCCD\) \[card\] — .* ← chosen\n/);
  });

  it('refuses an id that names no document, with a suggestion, and a data source with a hint', async () => {
    const typo = await tthc('blocked', ...GL, '--lacking', 'cccdd');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("Danh mục không có giấy tờ 'cccdd'.");
    expect(typo.err).toContain("'cccd' (Thẻ Căn cước công dân)");
    const source = await tthc('explain', 'catalog/', '1.003091', '--lacking', 'vneid', '--lang', 'en');
    expect(source.code).toBe(2);
    expect(source.err).toContain("'vneid' is a data source (Lookup through the citizen's electronic identity account in the VNeID app), not a document the applicant holds.");
  });
});

describe('the CMND sunset on 2024-12-31', () => {
  it('blocks nothing the day after: the CCCD and the lookups take its place', () => {
    expect(analyze(catalog, { at: '2025-01-01' }).totals.blocked).toBe(0);
  });
});

describe('the catalog against the published figures', () => {
  it('records 20 decrees requiring a book against the 21 reported, and 19 amended by Decree 104 as reported', () => {
    const s = summarizeCatalog(catalog);
    const byValue = new Map(s.reported.map((x) => [x.value, x]));
    const requiring = byValue.get(21)!;
    expect(requiring.catalog).toBe(requiring.counted.length);
    // The 19 amended decrees, plus Decree 62/2015 (civil judgments) covered only by the catch-all.
    expect(requiring.counted.filter((id) => id !== 'nd-62-2015').length).toBe(19);
    expect(byValue.get(19)!.catalog).toBe(19);
    expect(byValue.get(25)!.catalog).toBe(25);
  });

  it('the summary names Decree 104 as what relieves the household book, and the unconnected provinces', () => {
    const s = summarizeCatalog(catalog);
    const book = s.sunsets.find((x) => x.document.id === 'so-ho-khau')!;
    expect(book.relief.map((l) => l.id)).toEqual(['nd-104-2022']);
    const blockedWithout = blockedCodes(analyze(catalog, { at: '2023-01-01', without: ['nd-104-2022'] }));
    const dependents = new Set(countDependents(catalog, 'so-ho-khau').by.ministry.flatMap((g) => g.codes));
    expect(book.relief[0].newly_blocked).toBe([...blockedWithout].filter((c) => dependents.has(c)).length);
    const needDocument = book.day_after.places.filter((p) => p.document + p.paper > 0).map((p) => p.province);
    expect(needDocument).toEqual(['BK', 'PY', 'GL']);
    expect(book.day_after.blocked).toBe(0);
  });

  it('the summary tells that where a card meets the household book, a citizen without one needs CT07', async () => {
    const book = summarizeCatalog(catalog).sunsets.find((x) => x.document.id === 'so-ho-khau')!;
    const cardless = book.without_card!;
    expect(cardless.lacking).toEqual(cardIds(catalog));
    // Every procedure met only with a card still goes through, on paper, in the unconnected provinces alone.
    const cardOnly = book.day_after.places.reduce((n, p) => n + p.document, 0);
    expect(cardless.snapshot.procedures).toBe(book.day_after.document);
    expect([cardless.snapshot.blocked, cardless.snapshot.paper]).toEqual([0, cardless.snapshot.procedures]);
    expect(cardless.snapshot.places.reduce((n, p) => n + p.paper, 0)).toBe(cardOnly);
    expect(cardless.snapshot.places.map((p) => p.province).sort()).toEqual([...NOT_CONNECTED].sort());
    expect(cardless.paper_documents[0].id).toBe('ct07');
    const io = memoryIo({ cwd: REPO_DIR });
    expect(await run(['summary', 'catalog/'], io)).toBe(0);
    const lines = io.out().split('\n');
    const at = lines.findIndex((l) => l.includes('2023-01-01  ngày sau'));
    const line = lines.slice(at).findIndex((l) => l.trim().startsWith('không có thẻ (')) + at;
    expect(lines[line]).toContain(`còn cần giấy (${['BK', 'PY', 'GL'].join(', ')})`);
    expect(lines[line + 1]).toMatch(/^ +chủ yếu Giấy xác nhận thông tin về cư trú \(mẫu CT07\) \d+/);
  });
});
