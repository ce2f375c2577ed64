import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden, SMALL, tthc, UNRESOLVED, withoutNext } from './analysis-cli-helpers.js';

describe('tthc explain', () => {
  it('prints the tree of a procedure, one per group of provinces with the same explanation', async () => {
    const r = await tthc('explain', SMALL, '1.000894');
    expect(r.code).toBe(0);
    expect(withoutNext(r.out)).toBe(golden('explain-1.000894.vi.txt'));
    expect(withoutNext((await tthc('explain', SMALL, '1.000894', '--lang', 'en')).out)).toBe(golden('explain-1.000894.en.txt'));
    expect(withoutNext((await tthc('explain', SMALL, '1.004222')).out)).toBe(golden('explain-1.004222.vi.txt'));
    expect(withoutNext((await tthc('explain', SMALL, '1.000894', '--format', 'markdown', '--lang', 'en')).out)).toBe(golden('explain-1.000894.en.md'));
  });

  it('tells many provinces as all, or all but a few, of those the procedure runs in', async () => {
    const national = (await tthc('explain', 'catalog/', '1.001193', '--at', '2023-01-01', '--lang', 'en')).out;
    expect(national.split('\n').filter((l) => l.startsWith('In: '))).toEqual(['In: every province where it runs but BK, PY, GL (60 of 63)', 'In: BK, PY, GL']);
    const central = (await tthc('explain', 'test/report/html/fixtures/many-provinces.yaml', 'central', '--lang', 'en')).out;
    expect(central).toContain('all-but Thủ tục trừ hai tỉnh [every province where it runs but P11, P12 (10 of 12)] — blocked');
  });

  it('names the article and the date that decided each step', async () => {
    const r = await tthc('explain', SMALL, '1.001193', '--province', 'GL');
    expect(r.out).toContain('Tại: GL');
    expect(r.out).toContain('Điều 15 khoản 3 Nghị định 104/2022/NĐ-CP từ 2023-01-01');
    expect(r.out).toContain('hết hiệu lực sau 2022-12-31 (Điều 38 khoản 3 Luật 68/2020/QH14)');
    // The province explained is "this province" in its tree.
    expect(r.out).toContain('chưa kết nối tại tỉnh này');
    expect(r.out).not.toContain('chưa kết nối tại GL');
    expect(r.out).not.toContain('Tại: HN');
  });

  it('says when a procedure is met with a card because no lookup works there, as the summary does', async () => {
    const head = async (province: string) => (await tthc('explain', 'catalog/', '1.001939', '--province', province, '--lang', 'en')).out.split('\n')[2];
    expect(await head('GL')).toMatch(/ — met, needs a card or electronic document \(no data lookup\)$/);
    expect(await head('HN')).toMatch(/ — met, paperless$/);
    const vi = (await tthc('explain', 'catalog/', '1.001939', '--province', 'GL')).out.split('\n')[2];
    expect(vi).toMatch(/ — đáp ứng, cần thẻ hoặc giấy tờ điện tử \(không tra cứu được dữ liệu\)$/);
  });

  it('says a procedure is not offered in the province, and a code unresolved, instead of calling them blocked or central', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-not-offered-'));
    try {
      writeFileSync(
        join(dir, 'c.yaml'),
        [
          'catalog: { name: t, cutoff: 2023-01-01 }',
          'provinces: [{ code: HN, name: Hà Nội }, { code: GL, name: Gia Lai }]',
          'documents:',
          '  - { id: ct07, name: CT07, form: paper, obtained_by: [p-ct07] }',
          'procedures:',
          '  - { code: p-ct07, name: Cấp CT07, level: [xa], provinces: [HN] }',
          '  - { code: prov, name: Cần CT07, level: [tinh], requires: [{ document: ct07 }], needs: [p-ghost] }',
          '',
        ].join('\n'),
      );
      const r = await tthc('explain', join(dir, 'c.yaml'), 'prov', '--province', 'GL', '--lenient', '--lang', 'en');
      expect(r.out).toContain('CT07 [paper] — the required document; cannot be obtained: p-ct07 (not offered in this province)\n');
      expect(r.out).toContain('? Needs first: p-ghost (unresolved reference) — unknown\n');
      expect(r.out).not.toMatch(/not in the result|p-ct07 blocked|Central/);
      const blocked = await tthc('blocked', join(dir, 'c.yaml'), '--province', 'GL', '--lenient', '--lang', 'en');
      // A row names its provinces; its reason calls each "this province", as the tree does.
      expect(blocked.out).toMatch(/^prov +Cần CT07 +GL +CT07: cannot be obtained: p-ct07 \(not offered in this province\)\n/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the day before the sunset differently', async () => {
    const r = await tthc('explain', SMALL, '1.001193', '--province', 'GL', '--at', '2022-12-31');
    expect(r.out).toContain('Giải thích ngày 2022-12-31');
    expect(r.out).toContain('còn hiệu lực đến hết 2022-12-31');
  });

  it('names a change that lapsed when its amending document expired, with its article, last day and what it accepted or dropped', async () => {
    const lapsed = 'test/fixtures/analysis/lapsed-amendment/catalog.yaml';
    const en = await tthc('explain', lapsed, 'p-art1', '--at', '2025-01-10', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.out).toBe(
      [
        'Explanation on 2025-01-10',
        '',
        'p-art1 Under Article 1 — blocked',
        'In: HN, GL',
        '└─ ✗ Requirement 1: Household registration book (submit) — basis Article 1 of Decree 61/2015/NĐ-CP',
        '   ├─ ✗ Household registration book [paper] — the required document; no longer valid after 2022-12-31',
        '   └─ ✗ Article 5(1) of Official Dispatch 5/2023/CĐ-TTg accepted National Population Database [data], Citizen identity card [card] from 2023-01-01; lapsed after 2025-01-09',
        '',
        'Next:',
        `  tthc plan ${lapsed} --only p-art1 --at 2025-01-10 --lang en  # the smallest set of changes that unblocks it`,
        '',
      ].join('\n'),
    );
    const vi = await tthc('explain', lapsed, 'p-art1', '--at', '2025-01-10');
    expect(vi.out).toContain(
      '   └─ ✗ Điều 5 khoản 1 Công điện 5/2023/CĐ-TTg chấp nhận Cơ sở dữ liệu quốc gia về dân cư [dữ liệu], Thẻ Căn cước công dân [thẻ] từ 2023-01-01; hết hiệu lực sau 2025-01-09\n',
    );
    expect((await tthc('explain', lapsed, 'p-art2', '--lang', 'en')).out).toContain(
      '   └─ ✗ Article 5(2) of Official Dispatch 5/2023/CĐ-TTg dropped the requirement from 2023-01-01; lapsed after 2025-01-09\n',
    );
    expect((await tthc('explain', lapsed, 'p-art2')).out).toContain('   └─ ✗ Điều 5 khoản 2 Công điện 5/2023/CĐ-TTg bãi bỏ yêu cầu này từ 2023-01-01; hết hiệu lực sau 2025-01-09\n');
    expect((await tthc('explain', lapsed, 'p-art5', '--lang', 'en')).out).toContain(
      '   └─ ✗ Article 2 of Circular 9/2020/TT-BCA accepted Citizen identity card [card]; lapsed after 2024-06-30\n',
    );
    // On its last day the change is in force: its candidates are listed, and nothing has lapsed.
    const last = await tthc('explain', lapsed, 'p-art1', '--at', '2025-01-09', '--lang', 'en');
    expect(last.out).toContain('accepted by Article 5(1) of Official Dispatch 5/2023/CĐ-TTg from 2023-01-01');
    expect(last.out).not.toContain('lapsed');
    const json = JSON.parse((await tthc('explain', lapsed, 'p-art1', '--province', 'GL', '--format', 'json')).out);
    expect(json.results[0].requirements[0].lapsed.map((l: { amendment: { label: string }; expires: string }) => [l.amendment.label, l.expires])).toEqual([
      ['Điều 5 khoản 1 Công điện 5/2023/CĐ-TTg', '2025-01-09'],
    ]);
  });

  it('prints the evaluations it leads to as JSON', async () => {
    const r = await tthc('explain', SMALL, '2.000986', '--province', 'GL', '--format', 'json');
    expect(r.out).toBe(golden('explain-2.000986-gl.json'));
    const parsed = JSON.parse(r.out);
    expect(parsed.results.map((x: { code: string }) => x.code)).toEqual(['2.000986', '1.001193', '1.010041']);
  });

  it('suggests procedures for a near miss by code and by name, ignoring diacritics', async () => {
    const byName = await tthc('explain', SMALL, 'dang ky khai si');
    expect(byName.code).toBe(2);
    expect(byName.err).toContain("Danh mục không có thủ tục 'dang ky khai si'.");
    expect(byName.err).toContain("'1.001193' (Đăng ký khai sinh)");
    expect((await tthc('explain', SMALL, '1.00193')).err).toContain("'1.001193'");
  });

  it('exits 2 when the procedure does not run in the province asked for', async () => {
    const r = await tthc('explain', SMALL, 'dl-a', '--province', 'GL');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Thủ tục dl-a không được thực hiện ở GL.');
    expect(r.err).toContain('Thủ tục được thực hiện ở HN.');
  });

  it('says why a procedure is evaluated nowhere in a catalog without provinces', async () => {
    const r = await tthc('explain', 'test/fixtures/loader/no-provinces/no-provinces.yaml', '1.001193', '--at', '2023-01-01', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('warning  NO_PROVINCES');
    expect(r.err).toContain('error: Procedure 1.001193 is evaluated nowhere: the catalog defines no province it runs in.');
    expect(r.err).not.toContain('null');
    expect(r.out).toBe('');
  });

  it('says a lenient procedure is evaluated nowhere when none of its provinces is defined', async () => {
    const catalog = 'test/fixtures/report/lenient-no-province/catalog.yaml';
    for (const province of [[], ['--province', 'HN']]) {
      const r = await tthc('explain', catalog, '1.000894', '--lenient', '--lang', 'en', ...province);
      expect(r.code).toBe(2);
      expect(r.err).toContain('error: Procedure 1.000894 is evaluated nowhere: the catalog defines none of the provinces it lists (HNN).');
      expect(r.err).toContain('(see the NO_PROVINCE_LEFT warning)');
      expect(r.out).toBe('');
    }
    const vi = await tthc('explain', catalog, '1.000894', '--lenient');
    expect(vi.err).toContain('danh mục không khai báo tỉnh nào trong các tỉnh mà thủ tục liệt kê (HNN).');
  });

  it('takes a procedure by its name, as by its code', async () => {
    const byCode = await tthc('explain', 'catalog/', '1.001193', '--province', 'GL');
    for (const name of ['Đăng ký khai sinh', 'dang ky khai sinh', 'Birth registration']) {
      const r = await tthc('explain', 'catalog/', name, '--province', 'GL');
      expect(r.code, name).toBe(0);
      expect(r.out, name).toBe(byCode.out);
    }
  });

  it('ends with the plan for the procedure, which runs as printed', async () => {
    const r = await tthc('explain', 'catalog/', 'Marriage registration', '--province', 'gia lai', '--without', '104/2022/NĐ-CP', '--lang', 'en');
    const command = r.out.trimEnd().split('\n').at(-1)!.replace(/\s+# .*$/, '').trim();
    expect(command).toBe('tthc plan catalog/ --only 1.000894 --province GL --at 2023-01-01 --without nd-104-2022 --lang en');
    const plan = await tthc(...command.split(' ').slice(1));
    expect(plan.code).toBe(0);
    expect(plan.out).toContain('Only these procedures: 1.000894\n');
    expect(plan.out).toMatch(/fixed: 1; cannot be fixed: 0/);
  });

  it('exits 2 without a procedure code', async () => {
    const r = await tthc('explain', SMALL);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Thiếu <procedure>');
  });
  describe('--fail-on', () => {
    it('exits 1 for blocked when the procedure is blocked where it is explained, 0 when it is met', async () => {
      expect((await tthc('explain', SMALL, '1.004222', '--province', 'HN')).code).toBe(0);
      expect((await tthc('explain', SMALL, '1.004222', '--province', 'HN', '--fail-on', 'blocked')).code).toBe(1);
      // The same procedure on the last day of the book is met, though on paper.
      expect((await tthc('explain', SMALL, '1.004222', '--province', 'HN', '--at', '2022-12-31', '--fail-on', 'blocked')).code).toBe(0);
      expect((await tthc('explain', SMALL, '1.004222', '--province', 'HN', '--at', '2022-12-31', '--fail-on', 'paper')).code).toBe(1);
    });

    it('looks only at the procedure explained, not at the rest of the catalog', async () => {
      // Other procedures are blocked on 2023-01-01; birth registration is not.
      expect((await tthc('blocked', SMALL, '--fail-on', 'blocked')).code).toBe(1);
      expect((await tthc('explain', SMALL, '1.001193', '--fail-on', 'blocked')).code).toBe(0);
    });

    it('exits 1 for paper when a province explained still needs paper, 0 when none does', async () => {
      expect((await tthc('explain', SMALL, '1.001193', '--province', 'HN', '--fail-on', 'paper')).code).toBe(0);
      expect((await tthc('explain', SMALL, '1.001193', '--province', 'GL', '--fail-on', 'paper')).code).toBe(1);
      // Without --province, every province where it runs: Gia Lai and Hồ Chí Minh City still need paper.
      expect((await tthc('explain', SMALL, '1.001193', '--fail-on', 'paper')).code).toBe(1);
    });

    it('prints the same explanation whatever the exit status', async () => {
      const gated = await tthc('explain', SMALL, '1.000894', '--fail-on', 'paper');
      expect(gated.code).toBe(1);
      expect(withoutNext(gated.out)).toBe(golden('explain-1.000894.vi.txt'));
    });

    it('treats unknown as a finding in lenient mode', async () => {
      expect((await tthc('explain', UNRESOLVED, '1.001193', '--lenient', '--fail-on', 'blocked')).code).toBe(1);
    });

    it('rejects an unknown value', async () => {
      const r = await tthc('explain', SMALL, '1.001193', '--fail-on', 'papr');
      expect(r.code).toBe(2);
      expect(r.err).toContain("Có phải ý bạn là 'paper'?");
    });
  });

  it('refuses a text explanation longer than 100,000 lines, saying how to ask for less', async () => {
    // 63 provinces, each connecting the population database on its own date. A provincial
    // procedure needs a central one, which needs a provincial one with ten requirements in
    // every province: each province's tree shows all 63 of those, about 2,000 lines, and no
    // two provinces' trees read the same; in one province, only its own.
    const provinces = Array.from({ length: 63 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
    const dir = mkdtempSync(join(tmpdir(), 'tthc-explain-large-'));
    try {
      writeFileSync(
        join(dir, 'c.yaml'),
        [
          'catalog: { name: t, cutoff: 2023-01-01 }',
          `provinces: [${provinces.map((p) => `{ code: ${p}, name: Tỉnh ${p} }`).join(', ')}]`,
          'documents:',
          ...Array.from({ length: 11 }, (_, k) => `  - { id: d${k}, name: Giấy ${k}, form: paper, valid_until: 2022-12-31 }`),
          'data_sources:',
          `  - { id: ds, name: CSDL, provides: [${Array.from({ length: 11 }, (_, k) => `d${k}`).join(', ')}], provinces: { ${provinces
            .map((p, i) => `${p}: 2024-0${Math.floor(i / 28) + 1}-${String((i % 28) + 1).padStart(2, '0')}`)
            .join(', ')} } }`,
          'procedures:',
          '  - { code: a, name: A, level: [tinh], requires: [{ document: d10, accept: [ds] }], needs: [c] }',
          '  - { code: c, name: C, level: [trung-uong], needs: [b] }',
          `  - { code: b, name: B, level: [tinh], requires: [${Array.from({ length: 10 }, (_, k) => `{ document: d${k}, accept: [ds] }`).join(', ')}] }`,
        ].join('\n'),
      );
      const file = join(dir, 'c.yaml');
      const refused = await tthc('explain', file, 'a', '--lang', 'en');
      expect(refused.code).toBe(2);
      expect(refused.out).toBe('');
      expect(refused.err).toContain('The text explanation of a runs past 100,000 lines.');
      expect(refused.err).toContain('Explain it in one province (--province P01), or get it as data (--format json).');
      expect((await tthc('explain', file, 'a')).err).toContain('Lời giải thích dạng chữ của a dài quá 100.000 dòng.');
      const markdown = await tthc('explain', file, 'a', '--format', 'markdown', '--lang', 'en');
      expect(markdown.code).toBe(2);
      expect(markdown.out).toBe('');
      expect(markdown.err).toContain('The Markdown explanation of a runs past 100,000 lines.');
      const one = await tthc('explain', file, 'a', '--province', 'P01', '--lang', 'en');
      expect(one.code).toBe(0);
      expect(one.out).toContain('\nIn: P01\n');
      expect((await tthc('explain', file, 'a', '--format', 'json')).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in one province, refuses a text explanation past the limit with a hint to ask for JSON only', async () => {
    // A central procedure that needs 60 others, each with 900 requirements: about 108,000 lines.
    const dir = mkdtempSync(join(tmpdir(), 'tthc-explain-large-'));
    try {
      const docs = Array.from({ length: 900 }, (_, k) => `d${k}`);
      writeFileSync(
        join(dir, 'c.yaml'),
        [
          'catalog: { name: t, cutoff: 2023-01-01 }',
          'provinces: [{ code: HN, name: Hà Nội }]',
          `documents: [${docs.map((d) => `{ id: ${d}, name: Giấy ${d}, form: paper }`).join(', ')}]`,
          'procedures:',
          `  - { code: r, name: R, level: [trung-uong], needs: [${Array.from({ length: 60 }, (_, i) => `c${i}`).join(', ')}] }`,
          ...Array.from({ length: 60 }, (_, i) => `  - { code: c${i}, name: C${i}, level: [trung-uong], requires: [${docs.map((d) => `{ document: ${d} }`).join(', ')}] }`),
        ].join('\n'),
      );
      const refused = await tthc('explain', join(dir, 'c.yaml'), 'r', '--province', 'HN', '--lang', 'en');
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('The text explanation of r runs past 100,000 lines.');
      expect(refused.err).toContain('hint: Get it as data (--format json).');
      expect(refused.err).not.toContain('--province');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

