import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { unprivileged } from '../helpers/unprivileged.js';

const cwd = fileURLToPath(new URL('../fixtures/loader/', import.meta.url));
const ANSI = /\x1b\[/;

async function check(args: string[], io = memoryIo({ cwd })) {
  const code = await run(['check', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('tthc check', () => {
  it('exits 0 for a clean catalog', async () => {
    const r = await check(['valid-example']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('Không có vấn đề nào trong 1 tệp.\n');
    expect((await check(['valid-example', '--lang', 'en'])).out).toBe('No problems in 1 file.\n');
    expect(r.err).toBe('');
  });

  it('exits 0 when there are only warnings', async () => {
    const r = await check(['provinces-ignored', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('warning  PROVINCES_IGNORED');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 warning in 1 file.');
    const vi = await check(['provinces-ignored']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('cảnh báo  PROVINCES_IGNORED');
    expect(vi.out.trimEnd().split('\n').at(-1)).toBe('1 cảnh báo trong 1 tệp.');
  });

  it('warns, at its date, of an amendment that takes effect after its legal document expired', async () => {
    const lapsed = fileURLToPath(new URL('../fixtures/analysis/lapsed-amendment/catalog.yaml', import.meta.url));
    const r = await check([lapsed, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "catalog.yaml:31:84  warning  AMENDMENT_AFTER_EXPIRES  In legal document 'cd-5-2023', `amends[2]` takes effect on 2025-06-01, after the document expires on 2025-01-09, so it never applies.\n",
    );
    expect(r.out).toContain('effective: 2025-06-01, by: { article: 6 } }\n     |                                                                      ^^^^^^^^^^\n');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 warning in 1 file.');
    const json = JSON.parse((await check([lapsed, '--format', 'json'])).out);
    expect(json.diagnostics.map((d: { code: string; severity: string; location: { line: number; column: number; path: unknown[] }; args: unknown }) => [d.code, d.severity, d.location.line, d.location.column, d.location.path, d.args])).toEqual([
      ['AMENDMENT_AFTER_EXPIRES', 'warning', 31, 84, ['legal', 1, 'amends', 2, 'effective'], { effective: '2025-06-01', expires: '2025-01-09' }],
    ]);
    expect(json.diagnostics[0].message).toBe("Trong văn bản pháp luật 'cd-5-2023', `amends[2]` có hiệu lực từ ngày 2025-06-01, sau khi văn bản hết hiệu lực ngày 2025-01-09, nên không bao giờ được áp dụng.");
  });

  it('exits 1 for errors, each with its place, a code frame, and the hint', async () => {
    const r = await check(['wrong-type', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      [
        'wrong-type/unquoted.yaml:4:11  error  WRONG_TYPE  In the entry procedures[0], `code` must be text, not a number.',
        '  4 |   - code: 1.010040',
        '    |           ^^^^^^^^',
        '  hint: Quote it: code: "1.010040". Unquoted, YAML reads 1.010040 as the number 1.01004.',
      ].join('\n'),
    );
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('5 errors in 1 file.');
  });

  it('names both places of an id defined twice across files', async () => {
    const r = await check(['duplicate-across-files', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toContain("duplicate-across-files/b.yaml:10:13  error  DUPLICATE_ID  The procedure code '1.001193' is defined twice; it is first defined at duplicate-across-files/a.yaml:9:13.");
    expect(r.out).toContain('  see: duplicate-across-files/a.yaml:9:13 (first defined here)');
  });

  it('turns unresolved references into warnings with --lenient', async () => {
    expect((await check(['dangling-reference'])).code).toBe(1);
    const r = await check(['dangling-reference', '--lenient']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('cảnh báo  UNKNOWN_REFERENCE');
    expect(r.out).not.toContain('lỗi  ');
  });

  it('prints JSON with --format json', async () => {
    const r = await check(['dangling-reference', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    const loaded = await loadCatalog('dangling-reference', { cwd });
    expect(out).toEqual({ version: 1, lang: 'en', files: ['dangling-reference/catalog.yaml'], diagnostics: loaded.diagnostics, summary: { errors: 17, warnings: 0, infos: 0, files: 1 } });
    // In Vietnamese (the default) only the words change: codes, severities, places and args stay.
    const vi = JSON.parse((await check(['dangling-reference', '--format', 'json'])).out);
    expect(vi.lang).toBe('vi');
    const stable = (d: Record<string, unknown>) => ({ code: d.code, severity: d.severity, location: d.location, args: d.args });
    expect(vi.diagnostics.map(stable)).toEqual(loaded.diagnostics.map((d) => stable(d as unknown as Record<string, unknown>)));
    vi.diagnostics.forEach((d: { message: string }, i: number) => expect(d.message).not.toBe(loaded.diagnostics[i].message));
    expect(JSON.parse((await check(['valid-example', '-f', 'json'])).out).summary).toEqual({ errors: 0, warnings: 0, infos: 0, files: 1 });
  });

  it('uses colour on a terminal only, and never with NO_COLOR', async () => {
    expect((await check(['wrong-type'], memoryIo({ cwd, stdoutIsTTY: true }))).out).toMatch(ANSI);
    expect((await check(['wrong-type'], memoryIo({ cwd, stdoutIsTTY: true, env: { NO_COLOR: '1' } }))).out).not.toMatch(ANSI);
    // An empty NO_COLOR is as good as none (no-color.org).
    expect((await check(['wrong-type'], memoryIo({ cwd, stdoutIsTTY: true, env: { NO_COLOR: '' } }))).out).toMatch(ANSI);
    expect((await check(['wrong-type'], memoryIo({ cwd }))).out).not.toMatch(ANSI);
  });

  it('exits 2 for a path that cannot be read, with a message and no stack trace', async () => {
    const vi = await check(['no-such-catalog']);
    expect(vi.code).toBe(2);
    expect(vi.err).toBe("lỗi: Đường dẫn danh mục 'no-such-catalog' không tồn tại.\n  gợi ý: Hãy cho một tệp danh mục (.yaml, .yml, .json) hoặc một thư mục chứa các tệp như vậy.\n");
    const r = await check(['no-such-catalog', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("error: The catalog path 'no-such-catalog' does not exist.\n  hint: Give a catalog file (.yaml, .yml, .json) or a directory that holds such files.\n");
  });

  it.skipIf(process.platform === 'win32')('exits 2 for a catalog file or directory given that it may not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-check-'));
    try {
      chmodSync(dir, 0o755);
      writeFileSync(join(dir, 'secret.yaml'), 'provinces: []\n', { mode: 0o000 });
      mkdirSync(join(dir, 'locked'), { mode: 0o000 });
      for (const name of ['secret.yaml', 'locked']) {
        const r = await unprivileged(() => check([name, '--lang', 'en'], memoryIo({ cwd: dir })));
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toBe(`error: The catalog path '${name}' cannot be read (permission denied).\n  hint: Check its permissions.\n`);
      }
      const vi = await unprivileged(() => check(['locked'], memoryIo({ cwd: dir })));
      expect(vi.err).toBe("lỗi: Đường dẫn danh mục 'locked' không đọc được (không có quyền).\n  gợi ý: Hãy kiểm tra quyền truy cập.\n");
      // A directory that can be read, but nothing in it (sub is empty: it is removed even without permission).
      mkdirSync(join(dir, 'cat/sub'), { recursive: true });
      writeFileSync(join(dir, 'cat/a.yaml'), 'provinces: []\n', { mode: 0o000 });
      chmodSync(join(dir, 'cat/sub'), 0o000);
      const inside = await unprivileged(() => check(['cat', '--lang', 'en'], memoryIo({ cwd: dir })));
      expect([inside.code, inside.out]).toEqual([2, '']);
      expect(inside.err).toBe(
        "error: The catalog directory 'cat' has no catalog file that can be read: the file 'cat/a.yaml' cannot be read (permission denied), and 1 more file or directory in it cannot be read either.\n" +
          '  hint: Check the permissions of the files and directories in it, and where its links lead.\n',
      );
      const insideVi = await unprivileged(() => check(['cat'], memoryIo({ cwd: dir })));
      expect(insideVi.err).toBe(
        "lỗi: Thư mục danh mục 'cat' không có tệp danh mục nào đọc được: tệp 'cat/a.yaml' không đọc được (không có quyền), và 1 tệp hoặc thư mục khác trong đó cũng không đọc được.\n" +
          '  gợi ý: Hãy kiểm tra quyền truy cập của các tệp và thư mục trong đó, và nơi các liên kết của nó trỏ tới.\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === 'win32')('counts in its last line the errors shown and every catalog file, the unreadable ones and links to nowhere included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-check-count-'));
    try {
      chmodSync(dir, 0o755);
      mkdirSync(join(dir, 'cat/sub'), { recursive: true });
      writeFileSync(join(dir, 'cat/a.yaml'), 'provinces: [{ code: hn, name: Hà Nội }]\n');
      writeFileSync(join(dir, 'cat/b.yaml'), 'provinces: []\n', { mode: 0o000 });
      symlinkSync(join(dir, 'cat/gone.yaml'), join(dir, 'cat/c.yaml'));
      writeFileSync(join(dir, 'cat/sub/d.yaml'), 'provinces: []\n');
      chmodSync(join(dir, 'cat/sub'), 0o000);
      const text = await unprivileged(() => check(['cat', '--lang', 'en'], memoryIo({ cwd: dir })));
      const shown = [...text.out.matchAll(/^(\S+):\d+:\d+ {2}error {2}([A-Z_]+) /gm)].map((m) => `${m[1]} ${m[2]}`);
      expect(shown).toEqual(['cat/a.yaml INVALID_FORMAT', 'cat/b.yaml FILE_UNREADABLE', 'cat/c.yaml FILE_UNREADABLE', 'cat/sub FILE_UNREADABLE']);
      // a.yaml, b.yaml (no permission) and c.yaml (a link to no file); the directory sub adds none.
      expect(text.out.trimEnd().split('\n').at(-1)).toBe('4 errors in 3 files.');
      const vi = await unprivileged(() => check(['cat'], memoryIo({ cwd: dir })));
      expect(vi.out.trimEnd().split('\n').at(-1)).toBe('4 lỗi trong 3 tệp.');
      const json = JSON.parse((await unprivileged(() => check(['cat', '--format', 'json'], memoryIo({ cwd: dir })))).out);
      expect(json.files).toEqual(['cat/a.yaml', 'cat/b.yaml', 'cat/c.yaml']);
      expect(json.summary).toEqual({ errors: 4, warnings: 0, infos: 0, files: 3 });
    } finally {
      chmodSync(join(dir, 'cat/sub'), 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('points at one indentation slip in the bundled documents file with one error and one warning, not a screenful', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-check-slip-'));
    try {
      cpSync(fileURLToPath(new URL('../../catalog/', import.meta.url)), dir, { recursive: true });
      const file = join(dir, 'documents.yaml');
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = lines.findIndex((l) => l === '  - id: so-ho-khau') + 1;
      lines[at] = lines[at].replace(/^ {4}/, '  ');
      writeFileSync(file, lines.join('\n'));
      const r = await check([dir, '--lang', 'en'], memoryIo({ cwd: dir }));
      expect(r.code).toBe(1);
      const codes = [...r.out.matchAll(/ {2}(error|warning) {2}([A-Z_]+) /g)].map((m) => `${m[1]} ${m[2]}`);
      expect(codes.sort()).toEqual(['error YAML_SYNTAX', 'warning REFERENCES_UNCHECKED']);
      expect(r.out).toContain(`documents.yaml:${at + 1}:1  error  YAML_SYNTAX`);
      expect(r.out).toMatch(/Not checked: \d+ references to \d+ names that the files read do not define \('so-ho-khau', /);
      expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^1 error and 1 warning in \d+ files\.$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts the caret under the spot after emoji and CJK in the line, keeping the column in UTF-16 code units', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-check-wide-'));
    try {
      writeFileSync(join(dir, 'docs.yaml'), 'documents:\n  - { id: so-ho-khau, name: "📕 Sổ 戶口 hộ khẩu", form: papr }\n');
      const r = await check([dir, '--lang', 'en'], memoryIo({ cwd: dir }));
      expect(r.code).toBe(1);
      // 'papr' starts at code unit 55 (the emoji is two code units, each ideograph one); on
      // screen the emoji and each ideograph take two columns: 54 code units before it, 56 columns.
      expect(r.out).toContain(
        [
          "docs.yaml:2:55  error  INVALID_VALUE  In document 'so-ho-khau', `form` is 'papr', which is not one of: paper, card, electronic, data.",
          '  2 |   - { id: so-ho-khau, name: "📕 Sổ 戶口 hộ khẩu", form: papr }',
          `    | ${' '.repeat(56)}^^^^`,
        ].join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the description of a missing field in the hint, in Vietnamese as in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-missing-'));
    try {
      writeFileSync(
        join(dir, 'missing.yaml'),
        [
          'provinces:',
          '  - { code: HN }',
          'documents:',
          '  - { id: so-ho-khau, name: Sổ hộ khẩu }',
          'legal:',
          '  - { id: nd-104-2022, type: nghi-dinh }',
          '',
        ].join('\n'),
      );
      const hints = (out: string) => out.split('\n').filter((l) => /^\s+(hint|gợi ý):/.test(l)).map((l) => l.trim());
      const en = await check(['missing.yaml', '--lang', 'en'], memoryIo({ cwd: dir }));
      expect(en.code).toBe(1);
      expect(hints(en.out)).toEqual([
        'hint: Add `name`: Vietnamese name, e.g. Hà Nội.',
        'hint: Add `form`: paper | card | electronic | data.',
        'hint: Add `number`: Official number (số ký hiệu), e.g. 104/2022/NĐ-CP. Compared after NFC, case folding and NĐ/ND equivalence.',
      ]);
      const vi = await check(['missing.yaml'], memoryIo({ cwd: dir }));
      expect(vi.code).toBe(1);
      expect(hints(vi.out)).toEqual([
        'gợi ý: Hãy thêm `name`: Tên tiếng Việt, ví dụ Hà Nội.',
        'gợi ý: Hãy thêm `form`: Một trong paper (giấy), card (thẻ), electronic (điện tử), data (dữ liệu).',
        'gợi ý: Hãy thêm `number`: Số ký hiệu chính thức, ví dụ 104/2022/NĐ-CP. Được so sánh sau khi chuẩn hóa NFC, không phân biệt chữ hoa chữ thường, coi NĐ và ND là một.',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for bad usage', async () => {
    expect((await check([])).code).toBe(2);
    const format = await check(['valid-example', '--format', 'xml', '--lang', 'en']);
    expect(format.code).toBe(2);
    expect(format.err).toContain("'xml' is not a valid value for --format: use one of text, json.");
    const option = await check(['valid-example', '--lenent', '--lang=en']);
    expect(option.code).toBe(2);
    expect(option.err).toContain("Did you mean '--lenient'?");
  });

  it('explains itself with --help, with examples', async () => {
    const r = await check(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('usage: tthc check <path> [--format text|json] [--max-shown N|all] [--lang vi|en] [--lenient]');
    expect(r.out).toContain('--lenient');
    expect(r.out).toContain('--max-shown N');
    expect(r.out).toContain('Examples:');
    const main = memoryIo({ cwd });
    expect(await run(['--help', '--lang', 'en'], main)).toBe(0);
    expect(main.out()).toMatch(/^\s+check\s+Validate a catalog/m);
  });
});
