import { describe, expect, it } from 'vitest';
import { golden, SMALL, tthc, withoutNext } from './analysis-cli-helpers.js';

const CHAIN = 'test/fixtures/report/dependents/transitive-chain.yaml';

describe('tthc count', () => {
  it('prints the counts in every grouping', async () => {
    const r = await tthc('count', SMALL, '--depends-on', 'so-ho-khau');
    expect(r.code).toBe(0);
    expect(withoutNext(r.out)).toBe(golden('count-so-ho-khau.vi.txt'));
    expect((await tthc('count', SMALL, '--depends-on', 'so-ho-khau', '--format', 'csv')).out).toBe(golden('count-so-ho-khau.csv'));
    expect(withoutNext((await tthc('count', SMALL, '--depends-on', 'so-ho-khau', '--format', 'markdown', '--lang', 'en')).out)).toBe(
      golden('count-so-ho-khau.en.md'),
    );
  });

  it('ends the count of a document with a last valid day with what is blocked the day after, a command that runs as printed', async () => {
    const r = await tthc('count', 'catalog/', '--depends-on', 'CMND', '--province', 'gia lai', '--without', '104/2022/NĐ-CP', '--lang', 'en');
    const lines = r.out.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual([
      'Next:',
      '  tthc blocked catalog/ --province GL --at 2025-01-01 --without nd-104-2022 --lang en  # the procedures blocked on 2025-01-01, the first day without cmnd',
    ]);
    const run = await tthc(...lines.at(-1)!.replace(/\s+# .*$/, '').trim().split(' ').slice(1));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Procedures blocked on 2025-01-01 in Gia Lai \(GL\) \(ignoring the amendments of nd-104-2022\)\n/);
    const md = (await tthc('count', 'catalog/', '--depends-on', 'so-ho-khau', '--format', 'markdown')).out;
    expect(md).toMatch(/\n## Xem tiếp\n\n```sh\ntthc blocked catalog\/ --at 2023-01-01 {2}# các thủ tục bị chặn ngày 2023-01-01, ngày đầu tiên không còn so-ho-khau\n```\n$/);
    // Nothing to suggest for a document with no last day, a legal document that amends nothing, or a data source.
    for (const target of ['cccd', 'nd-123-2015', 'csdlqg-dan-cu']) {
      expect((await tthc('count', 'catalog/', '--depends-on', target)).out, target).not.toContain('Xem tiếp');
    }
  });

  it('ends the count of a legal document that amends provisions with what is blocked without its amendments, a command that runs as printed', async () => {
    const r = await tthc('count', 'catalog/', '--depends-on', '104/2022/NĐ-CP', '--province', 'gia lai', '--at', '2023-03-01', '--lang', 'en');
    const lines = r.out.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual(['Next:', '  tthc blocked catalog/ --province GL --at 2023-03-01 --without nd-104-2022 --lang en  # the procedures blocked without the amendments of nd-104-2022']);
    const run = await tthc(...lines.at(-1)!.replace(/\s+# .*$/, '').trim().split(' ').slice(1));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Procedures blocked on 2023-03-01 in Gia Lai \(GL\) \(ignoring the amendments of nd-104-2022\)\n/);
    // Each procedure the blocked report lists there is one the count found depending on the decree.
    const counted = JSON.parse((await tthc('count', 'catalog/', '--depends-on', 'nd-104-2022', '--province', 'GL', '--at', '2023-03-01', '--format', 'json')).out);
    const blocked = JSON.parse((await tthc('blocked', 'catalog/', '--province', 'GL', '--at', '2023-03-01', '--without', 'nd-104-2022', '--format', 'json')).out);
    const dependents = new Set(counted.by.province.flatMap((g: { codes: string[] }) => g.codes));
    const listed = blocked.results.filter((x: { status: string }) => x.status === 'blocked').map((x: { code: string }) => x.code);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((code: string) => !dependents.has(code))).toEqual([]);
    // Without a date, the blocked report takes the catalog's cutoff; with the decree already ignored, nothing is suggested.
    expect((await tthc('count', 'catalog/', '--depends-on', 'nd-104-2022')).out).toMatch(/\n {2}tthc blocked catalog\/ --without nd-104-2022 {2}# /);
    expect((await tthc('count', 'catalog/', '--depends-on', 'nd-104-2022', '--without', 'nd-104-2022')).out).not.toContain('Xem tiếp');
  });

  it('ends the count of a procedure with the explanation of that procedure, a command that runs as printed', async () => {
    const r = await tthc('count', 'catalog/', '--depends-on', 'Đăng ký khai sinh', '--province', 'GL', '--lang', 'en');
    const lines = r.out.trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual(['Next:', '  tthc explain catalog/ 1.001193 --province GL --lang en  # whether 1.001193 itself can be done, and why']);
    const run = await tthc(...lines.at(-1)!.replace(/\s+# .*$/, '').trim().split(' ').slice(1));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Explanation on 2023-01-01 in Gia Lai \(GL\)\n\n1\.001193 Birth registration — /);
  });

  it("heads an English count of a legal document with its English title, where the catalog gives one", async () => {
    const en = await tthc('count', 'catalog/', '--depends-on', '104/2022/ND-CP', '--by', 'level', '--lang', 'en');
    expect(en.out.split('\n')[0]).toBe(
      'Procedures that depend on nd-104-2022 (Decree amending decrees that require submitting or showing the paper household and temporary residence books in administrative procedures and public services)',
    );
    const vi = await tthc('count', 'catalog/', '--depends-on', '104/2022/ND-CP', '--by', 'level');
    expect(vi.out.split('\n')[0]).toMatch(/ \(Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu/);
  });

  it('keeps one grouping with --by, and follows --at and --province', async () => {
    const r = await tthc('count', CHAIN, '--depends-on', 'so-ho-khau', '--by', 'province', '--format', 'json');
    const c = JSON.parse(r.out);
    expect(Object.keys(c.by)).toEqual(['province']);
    expect(c.by.province.map((g: { key: string | null; count: number }) => [g.key, g.count])).toEqual([
      ['HN', 7],
      ['GL', 6],
      ['DN', 6],
      [null, 1],
    ]);
    const dropped = JSON.parse((await tthc('count', CHAIN, '--depends-on', 'so-ho-khau', '--at', '2023-01-01', '-f', 'json')).out);
    expect(dropped.total).toBe(7);
    const gl = JSON.parse((await tthc('count', CHAIN, '--depends-on', 'so-ho-khau', '--province', 'gl', '-f', 'json')).out);
    expect(gl.province).toBe('GL');
    expect(gl.by.province.map((g: { key: string | null }) => g.key)).toEqual(['GL', null]);
  });

  it('says under the levels when a procedure counted at several of them makes them add up to more than the total', async () => {
    const r = await tthc('count', 'catalog/', '--depends-on', 'so-ho-khau', '--by', 'level', '--lang', 'en');
    const total = Number(/^Dependent procedures +(\d+)$/m.exec(r.out)![1]);
    const levels = [...r.out.matchAll(/^(?:Commune|District|Province|Central) +(\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(levels).toBeGreaterThan(total);
    expect(withoutNext(r.out)).toMatch(/\n\nA procedure settled at several levels counts once at each, so the levels add up to more than the procedures\.\n$/);
    const md = withoutNext((await tthc('count', 'catalog/', '--depends-on', 'so-ho-khau', '--by', 'level', '--format', 'markdown')).out);
    expect(md).toMatch(/\| Trung ương \| \d+ \|\n\nThủ tục thực hiện ở nhiều cấp được đếm ở mỗi cấp, nên tổng theo cấp lớn hơn số thủ tục\.\n$/);
    // Where every procedure has one level, the levels add up to the total and nothing is said.
    const one = await tthc('count', SMALL, '--depends-on', 'so-ho-khau', '--by', 'level', '--format', 'json');
    const counts = JSON.parse(one.out) as { total: number; by: { level: { count: number }[] } };
    expect(counts.by.level.reduce((sum, g) => sum + g.count, 0)).toBe(counts.total);
    expect((await tthc('count', SMALL, '--depends-on', 'so-ho-khau', '--by', 'level')).out).not.toContain('nhiều cấp');
  });

  it('accepts a legal document by number', async () => {
    const r = JSON.parse((await tthc('count', CHAIN, '--depends-on', '104/2022/ND-CP', '-f', 'json')).out);
    expect(r.target).toMatchObject({ kind: 'legal', id: 'nd-104-2022' });
  });

  it('accepts an id in capitals', async () => {
    const r = JSON.parse((await tthc('count', CHAIN, '--depends-on', 'ND-104-2022', '-f', 'json')).out);
    expect(r.target).toMatchObject({ kind: 'legal', id: 'nd-104-2022' });
    const ct07 = JSON.parse((await tthc('count', 'catalog/', '--depends-on', 'CT07', '-f', 'json')).out);
    expect(ct07.target).toMatchObject({ kind: 'document', id: 'ct07' });
  });

  it('exits 2 without --depends-on, or with an id the catalog lacks (with suggestions)', async () => {
    const missing = await tthc('count', SMALL);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Thiếu --depends-on ID.');
    const typo = await tthc('count', SMALL, '--depends-on', 'so ho khao');
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/Có phải ý bạn là 'so-ho-khau' \(Sổ hộ khẩu[^)]*\)\?/);
    const far = await tthc('count', CHAIN, '--depends-on', 'nothing-like-it', '--lang', 'en');
    expect(far.code).toBe(2);
    expect(far.out).toBe('');
    expect(far.err).toContain("The catalog has no document, data source, legal document or procedure 'nothing-like-it'.");
    expect(far.err).toContain('hint: Documents of the catalog: so-ho-khau,');
    expect((await tthc('count', SMALL, '--depends-on', 'so-ho-khau', '--by', 'district')).code).toBe(2);
    expect((await tthc('count', SMALL, '--depends-on', 'so-ho-khau', '--at', '2023-13-01')).err).toContain('Tháng chỉ từ 01 đến 12.');
  });

  it('takes a document or data source by its name, in either language, case and diacritics aside', async () => {
    const byId = await tthc('count', 'catalog/', '--depends-on', 'so-ho-khau', '--lang', 'en');
    expect(byId.code).toBe(0);
    for (const name of ['Sổ hộ khẩu', 'so ho khau', 'Household registration book']) {
      const r = await tthc('count', 'catalog/', '--depends-on', name, '--lang', 'en');
      expect(r.code, name).toBe(0);
      expect(r.out, name).toBe(byId.out);
    }
    const source = await tthc('count', 'catalog/', '--depends-on', 'Residence lookup in the National Population Database through the ministry or provincial procedure system, or the National Public Service Portal', '--format', 'json');
    expect(JSON.parse(source.out).target).toMatchObject({ kind: 'data_source', id: 'csdlqg-dan-cu' });
  });

  it('takes a procedure by its name, as by its code', async () => {
    const byCode = await tthc('count', 'catalog/', '--depends-on', 'bca-xac-nhan-cu-tru', '--format', 'json');
    const byName = await tthc('count', 'catalog/', '--depends-on', 'xac nhan thong tin ve cu tru', '--format', 'json');
    expect(byName.code).toBe(0);
    expect(JSON.parse(byName.out).target).toMatchObject({ kind: 'procedure', id: 'bca-xac-nhan-cu-tru' });
    expect(byName.out).toBe(byCode.out);
  });

  it('takes a legal document by a citation of its number', async () => {
    const byNumber = await tthc('count', 'catalog/', '--depends-on', '104/2022/NĐ-CP', '--by', 'level');
    const cited = await tthc('count', 'catalog/', '--depends-on', 'Nghị định 104/2022/NĐ-CP', '--by', 'level');
    expect(cited.code).toBe(0);
    expect(cited.out).toBe(byNumber.out);
    const two = await tthc('count', 'catalog/', '--depends-on', 'Nghị định 104/2022/NĐ-CP sửa đổi Nghị định 123/2015/NĐ-CP', '--lang', 'en');
    expect(two.code).toBe(2);
    expect(two.err).toContain("hint: Give one of them: 'nd-104-2022' (104/2022/NĐ-CP) or 'nd-123-2015' (123/2015/NĐ-CP).");
  });

  it('names what it suggests for an id the catalog lacks, found by name too, diacritics ignored', async () => {
    const near = await tthc('count', 'catalog/', '--depends-on', 'So ho khau giay', '--lang', 'en');
    expect(near.code).toBe(2);
    expect(near.err).toContain("hint: Did you mean 'so-ho-khau' (Household registration book)?\n");
    const part = await tthc('count', 'catalog/', '--depends-on', 'khai sinh');
    expect(part.err).toContain("gợi ý: Có phải ý bạn là '1.001193' (Đăng ký khai sinh), '1.004884' (Đăng ký lại khai sinh) hoặc 'giay-khai-sinh' (Giấy khai sinh)?\n");
    const legal = await tthc('count', 'catalog/', '--depends-on', 'nd-104', '--lang', 'en');
    expect(legal.err).toContain("hint: Did you mean 'nd-104-2022' (104/2022/NĐ-CP)?\n");
  });
});
