import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { golden, ROOT, SMALL, tthc, UNRESOLVED, withoutNext } from './analysis-cli-helpers.js';

describe('tthc blocked', () => {
  it('prints the text report at the cutoff and exits 0 although things are blocked', async () => {
    const r = await tthc('blocked', SMALL);
    expect(r.code).toBe(0);
    expect(withoutNext(r.out)).toBe(golden('blocked.vi.txt'));
    expect(r.out.slice(golden('blocked.vi.txt').length)).toMatch(/^\nXem tiếp:\n  tthc explain test\/fixtures\/report\/hokhau-small\/catalog\.yaml \S+ --province \S+ --at 2023-01-01 +# vì sao bị chặn, đến từng điều khoản\n/);
    expect(r.err).toBe('');
  });

  it('ends the text report with the commands to run next, which run as printed, a path that needs quotes too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-next-'));
    try {
      const catalog = join(dir, "danh mục's", 'catalog.yaml');
      mkdirSync(join(dir, "danh mục's"));
      writeFileSync(catalog, readFileSync(join(ROOT, SMALL)));
      const r = await tthc('blocked', catalog, '--without', '104/2022/NĐ-CP', '--lang', 'en');
      const lines = r.out.trimEnd().split('\n');
      const next = lines.slice(lines.indexOf('Next:') + 1).map((l) => l.replace(/\s+# .*$/, '').trim());
      expect(next.map((c) => c.split(' ')[1])).toEqual(['explain', 'plan']);
      for (const command of next) {
        // Shell words: '…' quoted, \' an escaped quote.
        const argv = [...command.matchAll(/(?:'[^']*'|\\'|[^\s'\\]+)+/g)].map((m) => m[0].replace(/'([^']*)'|\\(')/g, '$1$2'));
        expect(argv[2], command).toBe(catalog);
        const run = await tthc(...argv.slice(1));
        expect(run.code, command).toBe(0);
        expect(run.out, command).toContain('nd-104-2022');
        // In the language of the report.
        expect(run.out, command).toMatch(/^(Explanation|Smallest set of changes) /);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints every format of the reporters', async () => {
    expect(withoutNext((await tthc('blocked', SMALL, '--lang', 'en')).out)).toBe(golden('blocked.en.txt'));
    expect(withoutNext((await tthc('blocked', SMALL, '--format', 'markdown')).out)).toBe(golden('blocked.vi.md'));
    expect((await tthc('blocked', SMALL, '--format', 'csv')).out).toBe(golden('blocked.csv'));
    expect((await tthc('blocked', SMALL, '-f', 'json')).out).toBe(golden('blocked.json'));
    expect(withoutNext((await tthc('blocked', SMALL, '--province', 'GL')).out)).toBe(golden('blocked-gl.vi.txt'));
    expect(withoutNext((await tthc('blocked', SMALL, '--at', '2022-12-31')).out)).toBe(golden('blocked-before-sunset.vi.txt'));
    expect(withoutNext((await tthc('blocked', SMALL, '--without', 'nd-104-2022')).out)).toBe(golden('blocked-without-104.vi.txt'));
  });

  it('prints JSON that the result schema accepts, every evaluation included', async () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/result.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const args of [[], ['--province', 'GL'], ['--without', 'nd-104-2022'], ['--at', '2022-12-31']]) {
      const result = JSON.parse((await tthc('blocked', SMALL, '--format', 'json', ...args)).out);
      expect(ajv.validate(schema, result), JSON.stringify(ajv.errors)).toBe(true);
      expect(result.results.length).toBe(result.totals.evaluations);
    }
    const lenient = JSON.parse((await tthc('blocked', UNRESOLVED, '--lenient', '--format', 'json')).out);
    expect(ajv.validate(schema, lenient), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('accepts a province code in any case and a legal document by number', async () => {
    expect(withoutNext((await tthc('blocked', SMALL, '--province', 'gl')).out)).toBe(golden('blocked-gl.vi.txt'));
    expect(withoutNext((await tthc('blocked', SMALL, '--without', '104/2022/ND-CP')).out)).toBe(golden('blocked-without-104.vi.txt'));
  });

  it('takes a legal document of --without by a citation of its number', async () => {
    const byId = await tthc('blocked', SMALL, '--without', 'nd-104-2022');
    const cited = await tthc('blocked', SMALL, '--without', 'Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ');
    expect(cited.code).toBe(0);
    expect(cited.out).toBe(byId.out);
  });

  it('takes the documents of --lacking by id or by name', async () => {
    const byId = await tthc('blocked', SMALL, '--lacking', 'cccd,so-ho-khau', '-f', 'json');
    expect(JSON.parse(byId.out).lacking).toEqual(['cccd', 'so-ho-khau']);
    for (const names of ['Thẻ căn cước công dân,Sổ hộ khẩu', 'THE CAN CUOC CONG DAN, household registration book']) {
      const r = await tthc('blocked', SMALL, '--lacking', names, '-f', 'json');
      expect(r.code, names).toBe(0);
      expect(r.out, names).toBe(byId.out);
    }
  });
  it('takes the name of a document in a --lacking value, commas and all', async () => {
    const byId = await tthc('blocked', 'catalog/', '--lacking', 'giay-to-cho-o-hop-phap', '--province', 'GL', '-f', 'json');
    expect(JSON.parse(byId.out).lacking).toEqual(['giay-to-cho-o-hop-phap']);
    for (const name of ['Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', ' giay to, tai lieu chung minh cho o hop phap ']) {
      const r = await tthc('blocked', 'catalog/', '--lacking', name, '--province', 'GL', '-f', 'json');
      expect(r.code, name).toBe(0);
      expect(r.out, name).toBe(byId.out);
    }
    // Within a list too, beside ids; what names nothing is split at its commas.
    const both = await tthc('blocked', 'catalog/', '--lacking', 'cccd,Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp,cmnd', '-f', 'json', '--province', 'GL');
    expect(JSON.parse(both.out).lacking).toEqual(['cccd', 'giay-to-cho-o-hop-phap', 'cmnd']);
    const two = await tthc('blocked', 'catalog/', '--lacking', 'cccd', '--lacking', 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', '-f', 'json', '--province', 'GL');
    expect(JSON.parse(two.out).lacking).toEqual(['cccd', 'giay-to-cho-o-hop-phap']);
    const part = await tthc('blocked', 'catalog/', '--lacking', 'cccd,Giấy tờ, tài liệu', '--lang', 'en');
    expect(part.code).toBe(2);
    expect(part.err).toContain("The catalog has no document 'Giấy tờ'.");
  });


  describe('--fail-on', () => {
    it('exits 1 for blocked when something is blocked, 0 when nothing is', async () => {
      expect((await tthc('blocked', SMALL, '--fail-on', 'blocked')).code).toBe(1);
      // Gia Lai on the last day of the book: nothing blocked, but the book itself is paper.
      expect((await tthc('blocked', SMALL, '--province', 'GL', '--at', '2022-12-31', '--fail-on', 'blocked')).code).toBe(0);
      expect((await tthc('blocked', SMALL, '--province', 'GL', '--at', '2022-12-31', '--fail-on', 'paper')).code).toBe(1);
      expect((await tthc('blocked', SMALL, '--province', 'GL', '--at', '2022-12-31')).code).toBe(0);
    });

    it('exits 0 for paper only when nothing is blocked, unknown or on paper', async () => {
      const r = await tthc('blocked', 'test/fixtures/report/dependents/transitive-chain.yaml', '--province', 'DN', '--at', '2023-01-01', '--fail-on', 'paper', '-f', 'json');
      const result = JSON.parse(r.out);
      expect(r.code).toBe(result.totals.blocked + result.totals.unknown + result.totals.paper > 0 ? 1 : 0);
    });

    it('treats unknown as a finding in lenient mode', async () => {
      const r = await tthc('blocked', UNRESOLVED, '--lenient', '--fail-on', 'blocked');
      expect(r.code).toBe(1);
      expect(withoutNext(r.out)).toBe(golden('blocked-unknown.vi.txt'));
      expect(r.err).toContain('UNKNOWN_REFERENCE');
    });

    it('warns, in lenient mode, of the procedures left with no province, which no report has', async () => {
      const catalog = 'test/fixtures/report/lenient-no-province/catalog.yaml';
      const en = await tthc('blocked', catalog, '--lenient', '--lang', 'en');
      expect(en.code).toBe(0);
      expect(en.err).toContain(
        [
          `${catalog}:18:5  warning  NO_PROVINCE_LEFT  Procedure '1.000894' lists only provinces that are not defined, so it is evaluated in no province and appears in no result.`,
          '  18 |     provinces: [HNN]',
          '     |     ^^^^^^^^^',
          '  hint: Define those provinces under provinces:, or correct the codes.',
        ].join('\n'),
      );
      expect(en.out).toContain('1.001193');
      expect(en.out).not.toContain('1.000894');
      const vi = await tthc('blocked', catalog, '--lenient');
      expect(vi.err).toContain("cảnh báo  NO_PROVINCE_LEFT  Thủ tục '1.000894' chỉ nêu các tỉnh chưa được định nghĩa");
      expect(vi.out).not.toContain('1.000894');
    });

    it('rejects an unknown value', async () => {
      const r = await tthc('blocked', SMALL, '--fail-on', 'blockd');
      expect(r.code).toBe(2);
      expect(r.err).toContain("Có phải ý bạn là 'blocked'?");
    });
  });

  describe('bad input', () => {
    it('prints the catalog diagnostics and exits 1 for a catalog with errors', async () => {
      const r = await tthc('blocked', UNRESOLVED);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/catalog\.yaml:15:21 +lỗi +UNKNOWN_REFERENCE/);
      expect(r.err).toContain('chạy với --lenient');
    });

    it('suggests --lenient only when it would help: every error a reference that does not resolve, and a command that has it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tthc-lenient-hint-'));
      try {
        const small = readFileSync(SMALL, 'utf8');
        // A key given twice is an error --lenient does not turn into a warning.
        writeFileSync(join(dir, 'twice.yaml'), small.replace('catalog:\n', 'catalog:\n  name: once\n'));
        const twice = await tthc('blocked', join(dir, 'twice.yaml'), '--lang', 'en');
        expect(twice.code).toBe(1);
        expect(twice.err).toContain('DUPLICATE_KEY');
        expect(twice.err).toContain('The catalog has 1 error and cannot be analysed.\n');
        expect(twice.err).not.toContain('--lenient');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      const planned = await tthc('plan', UNRESOLVED, '--lang', 'en');
      expect(planned.code).toBe(1);
      expect(planned.err).toContain('The catalog has 1 error and cannot be analysed.\n');
      expect(planned.err).not.toContain('--lenient');
      expect((await tthc('blocked', UNRESOLVED, '--lang', 'en')).err).toContain('or run with --lenient');
    });

    it("shows the catalog's errors as tthc check does, frames included, in a file that starts with a byte order mark", async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tthc-frames-'));
      try {
        // One line of JSON: the byte order mark is on the line of every error.
        const catalog = {
          provinces: [{ code: 'HN', name: 'Hà Nội' }],
          documents: [{ id: 'so-ho-khau', name: 'Sổ hộ khẩu', form: 'paper' }],
          procedures: [
            { code: '1', name: 'Một', level: ['xa'], requires: [{ document: 'so-ho-khua' }] },
            { code: '2', name: 'Hai', level: ['xa'], requires: [{ document: 'so-tam-tru' }] },
          ],
        };
        writeFileSync(join(dir, 'catalog.json'), `\ufeff${JSON.stringify(catalog)}`);
        const checked = await tthc('check', dir, '--lang', 'en');
        const blocked = await tthc('blocked', dir, '--lang', 'en');
        expect(blocked.code).toBe(1);
        const frames = checked.out.slice(0, checked.out.lastIndexOf('\n\n') + 1);
        expect(frames).toMatch(/catalog\.json:1:\d+ +error +UNKNOWN_REFERENCE.*so-ho-khua/);
        // The carets stand under the reference in the line shown.
        const lines = frames.split('\n');
        const shown = lines.findIndex((l) => l.includes('"so-ho-khua"'));
        expect(lines[shown + 1].indexOf('^')).toBe(lines[shown].indexOf('"so-ho-khua"'));
        expect(blocked.err.startsWith(frames)).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('exits 2 for a path that does not exist', async () => {
      const r = await tthc('blocked', 'no/such/catalog.yaml');
      expect(r.code).toBe(2);
      expect(r.err).toContain("'no/such/catalog.yaml' không tồn tại");
    });

    it('exits 2 with a hint for a date that does not exist or is written day-first', async () => {
      const feb30 = await tthc('blocked', SMALL, '--at', '2023-02-30');
      expect(feb30.code).toBe(2);
      expect(feb30.err).toContain("--at '2023-02-30' không phải một ngày có thật trong lịch.");
      expect(feb30.err).toContain('Tháng 02/2023 có 28 ngày.');
      const dmy = await tthc('blocked', SMALL, '--at', '01/01/2023');
      expect(dmy.code).toBe(2);
      expect(dmy.err).toContain('thành 2023-01-01');
      for (const other of ['2023-1-1', '20230101', '2023-01-01T00:00']) {
        const r = await tthc('blocked', SMALL, '--at', other, '--lang', 'en');
        expect(r.code, other).toBe(2);
        expect(r.err, other).toContain(`--at '${other}' is not a date in the form YYYY-MM-DD.\n  hint: Write 2023-01-01.\n`);
      }
      expect((await tthc('blocked', SMALL, '--at', '2023-1-1')).err).toContain('gợi ý: Hãy viết 2023-01-01.\n');
      expect((await tthc('blocked', SMALL, '--at', 'soon')).code).toBe(2);
    });

    it('takes a province by name, case, diacritics and a word for the kind of province aside, as by its code', async () => {
      for (const [name, code] of [['ha noi', 'HN'], ['Gia lai', 'GL'], [' HÀ NỘI ', 'HN'], ['tỉnh Gia Lai', 'GL'], ['TP. Hà Nội', 'HN'], ['TP.HCM', 'HCM'], ['TPHCM', 'HCM'], ['tỉnh GL', 'GL']]) {
        const byName = await tthc('blocked', SMALL, '--at', '2023-01-01', '--province', name, '--format', 'json');
        expect(byName.code, name).toBe(0);
        expect(byName.out, name).toBe((await tthc('blocked', SMALL, '--at', '2023-01-01', '--province', code, '--format', 'json')).out);
      }
    });

    it('suggests provinces whose code or name is close, ignoring diacritics', async () => {
      const r = await tthc('blocked', SMALL, '--province', 'ha nol');
      expect(r.code).toBe(2);
      expect(r.err).toContain("Danh mục không có tỉnh 'ha nol'.");
      expect(r.err).toContain("'HN' (Hà Nội)");
      expect((await tthc('blocked', SMALL, '--province', 'Gia lia')).err).toContain("'GL' (Gia Lai)");
      expect((await tthc('blocked', SMALL, '--province', 'HNN')).err).toContain("'HN' (Hà Nội)");
      // A word for the kind of province before no code is no province.
      for (const given of ['TP.XYZ', 'TP', 'tỉnh']) expect((await tthc('blocked', SMALL, '--province', given)).err, given).toContain(`Danh mục không có tỉnh '${given}'.`);
    });

    it('suggests legal documents for --without', async () => {
      const r = await tthc('blocked', SMALL, '--without', 'nd-104-2023');
      expect(r.code).toBe(2);
      expect(r.err).toContain("'nd-104-2022'");
    });

    it('exits 2 for an unknown option, a bad format and a missing catalog', async () => {
      const opt = await tthc('blocked', SMALL, '--provence', 'GL');
      expect(opt.code).toBe(2);
      expect(opt.err).toContain("Có phải ý bạn là '--province'?");
      expect((await tthc('blocked', SMALL, '--format', 'xml')).code).toBe(2);
      expect((await tthc('blocked')).code).toBe(2);
    });
  });

  describe('--output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-blocked-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the report to a file, atomically, and nothing to stdout', async () => {
      const file = join(dir, 'result.json');
      const r = await tthc('blocked', SMALL, '--format', 'json', '-o', file);
      expect(r.code).toBe(0);
      expect(r.out).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(golden('blocked.json'));
      expect(readdirSync(dir)).toEqual(['result.json']);
    });

    it('exits 2 when the file cannot be written, leaving no temporary file', async () => {
      const r = await tthc('blocked', SMALL, '-o', join(dir, 'missing-dir', 'out.txt'));
      expect(r.code).toBe(2);
      expect(r.err).toContain('Không ghi được');
      expect(readdirSync(dir)).toEqual(['result.json']);
    });
  });

  it('shows help with examples', async () => {
    const r = await tthc('blocked', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('cách dùng: tthc blocked <catalog>');
    expect(r.out).toContain('--fail-on WHAT');
    expect(r.out).toContain('Ví dụ:');
  });
});
