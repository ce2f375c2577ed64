import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import type { WhatIfResult } from '../../src/analysis/whatif-types.js';

const fixtures = fileURLToPath(new URL('../fixtures/reform/', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-whatif-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tthc(...argv: string[]) {
  const io = memoryIo({ cwd: fixtures });
  const code = await run(['whatif', 'catalog.yaml', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('tthc whatif', () => {
  it('reports what a reform unblocks, in Vietnamese by default, and exits 0', async () => {
    const r = await tthc('--reform', 'unblock-civil-status.yaml');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Tác động của cải cách ngày 2023-01-01');
    expect(r.out).toContain('Mới đáp ứng: 6');
    expect(r.out).toContain('Mới bị chặn: 0');
    expect(r.out).toContain('Vẫn bị chặn: 2');
    expect(r.out).toContain('Không còn cần giấy: 1');
    expect(r.out).toMatch(/1\.004194 +Đăng ký thường trú cho trẻ em +HN, GL +bị chặn → đáp ứng \(không cần giấy\) +thủ tục 1\.001193: bị chặn → đáp ứng/);
  });

  it('prints the result as JSON, CSV and Markdown, in English', async () => {
    const json = JSON.parse((await tthc('--reform', 'unblock-civil-status.yaml', '--format', 'json', '--province', 'gl')).out) as WhatIfResult;
    expect(json.province).toBe('GL');
    expect(json.counts['newly-met']).toBe(3);
    const csv = (await tthc('--reform', 'unblock-civil-status.yaml', '--format', 'csv', '--lang', 'en')).out;
    expect(csv.split('\r\n')[0]).toBe('code,name,province,change,status_before,paper_before,status_after,paper_after,by_reform,reason,best_form_before,best_form_after');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(10);
    const md = (await tthc('--reform', 'unblock-civil-status.yaml', '--format', 'markdown', '--lang', 'en')).out;
    expect(md).toContain('# Effect of the reform on 2023-01-01');
    expect(md).toContain('## Newly met: 6');
  });

  it('prints located diagnostics with a code frame and exits 1 for a reform with errors', async () => {
    const r = await tthc('--reform', 'reference-errors.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('reference-errors.yaml:8:29');
    expect(r.err).toContain("Có phải ý bạn là 'nd-123-2015'");
    expect(r.err).toContain('      - provision: { legal: nd-123-2051, article: 2 }');
    expect(r.err).toContain('Tệp cải cách có 8 lỗi nên không áp dụng được.');
    const s = await tthc('--reform', 'schema-errors.yaml');
    expect(s.code).toBe(1);
    expect(s.err).toContain('schema-errors.yaml:8:1');
    expect(s.err).toContain("Có phải ý bạn là 'connect'");
  });

  it('warns about an amendment that drops and also accepts, with a code frame, and applies the reform', async () => {
    const vi = await tthc('--reform', 'accept-and-drop.yaml');
    expect(vi.code).toBe(0);
    expect(vi.err).toContain(
      "accept-and-drop.yaml:12:9  cảnh báo  AMENDMENT_ACCEPT_AND_DROP  Sửa đổi thứ 1 của 'nd-999-2023' vừa bỏ yêu cầu vừa chấp nhận thứ thay thế; khi yêu cầu đã bỏ thì không cần chấp nhận gì nữa.\n  12 |         drop: true\n",
    );
    expect(vi.err).toContain('gợi ý: Hãy bỏ `accept`, hoặc bỏ `drop: true` nếu yêu cầu vẫn còn với các thứ thay thế mới.');
    expect(vi.out).toContain('Mới đáp ứng: 6');
    const en = await tthc('--reform', 'accept-and-drop.yaml', '--lang', 'en');
    expect(en.err).toContain("warning  AMENDMENT_ACCEPT_AND_DROP  Amendment 1 of 'nd-999-2023' drops the requirement and also accepts alternatives");
    expect(en.out).toContain('Sổ hộ khẩu: dropped by Decree 999/2023/NĐ-CP from 2023-01-01 (reform)');
  });

  it('names an amendment in the findings about its dates as in its other findings, in Vietnamese and English', async () => {
    const file = join(dir, 'amendment-dates.yaml');
    writeFileSync(
      file,
      [
        'legal:',
        '  - id: x-1',
        '    number: X1',
        '    type: other',
        '    effective: 2023-01-01',
        '    expires: 2023-01-15',
        '    amends:',
        '      - { provision: nd-123-2015, accept: [csdlqg-dan-cu], effective: 2023-06-01 }',
        '      - { provision: nd-123-2015, accept: [csdlqg-dan-cu], effective: 2023-02-30 }',
        '',
      ].join('\n'),
    );
    const vi = await tthc('--reform', file);
    expect(vi.code).toBe(1);
    expect(vi.err).toContain(
      "amendment-dates.yaml:8:71  cảnh báo  AMENDMENT_AFTER_EXPIRES  Sửa đổi thứ 1 của 'x-1' có hiệu lực từ ngày 2023-06-01, sau khi văn bản hết hiệu lực ngày 2023-01-15, nên không bao giờ được áp dụng.\n",
    );
    expect(vi.err).toContain("amendment-dates.yaml:9:71  lỗi  INVALID_DATE  Trong sửa đổi thứ 2 của 'x-1', `effective` là 2023-02-30, không phải một ngày có thật trong lịch.\n");
    const en = await tthc('--reform', file, '--lang', 'en');
    expect(en.err).toContain("warning  AMENDMENT_AFTER_EXPIRES  Amendment 1 of 'x-1' takes effect on 2023-06-01, after the document expires on 2023-01-15, so it never applies.\n");
    expect(en.err).toContain("error  INVALID_DATE  In amendment 2 of 'x-1', `effective` is 2023-02-30, which is not a date: February 2023 has 28 days.\n");
    expect(en.err).not.toContain('amends[');
  });

  it('exits 2 for bad usage and unreadable reform files', async () => {
    const missing = await tthc();
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Thiếu --reform FILE.');
    const nofile = await tthc('--reform', 'nope.yaml');
    expect(nofile.code).toBe(2);
    expect(nofile.err).toContain("Tệp cải cách 'nope.yaml' không tồn tại.");
    expect((await tthc('--reform', 'unblock-civil-status.yaml', '--at', '2023-02-30')).code).toBe(2);
    const prov = await tthc('--reform', 'unblock-civil-status.yaml', '--province', 'Gia Lia');
    expect(prov.code).toBe(2);
    expect(prov.err).toContain("'GL' (Gia Lai)");
    expect((await tthc('--reform', 'unblock-civil-status.yaml', '--fail-on', 'everything')).code).toBe(2);
  });

  it('--fail-on blocked exits 1 only when the reform newly blocks something', async () => {
    expect((await tthc('--reform', 'unblock-civil-status.yaml', '--fail-on', 'blocked')).code).toBe(0);
    expect((await tthc('--reform', 'unblock-civil-status.yaml', '--fail-on', 'paper')).code).toBe(0);
    // A reform only adds (amendments that accept or drop; connections where the earliest date
    // wins), so no reform file can newly block: the exit rule is checked on its helper.
    const { whatifFailOn } = await import('../../src/cli/commands/whatif.js');
    const counts = (n: number) => ({ counts: { 'newly-blocked': n, 'newly-unknown': 0, 'newly-paper': 0 } }) as unknown as WhatIfResult;
    expect(whatifFailOn('blocked', counts(1))).toBe(1);
    expect(whatifFailOn('blocked', counts(0))).toBe(0);
    expect(whatifFailOn(undefined, counts(3))).toBe(0);
  });

  it('writes the report atomically with -o and lists unused parts', async () => {
    const out = join(dir, 'whatif.txt');
    writeFileSync(out, 'old');
    const io = memoryIo({ cwd: fixtures });
    expect(await run(['whatif', 'catalog.yaml', '--reform', 'connection-unused.yaml', '--lang', 'en', '-o', out], io)).toBe(0);
    expect(io.out()).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Parts of the reform that change nothing at this date and place:');
    expect(text).toContain('csdlqg-dan-cu in HN from 2023-01-01');
  });

  it('lists the procedures a connection spares a card or electronic document, each with the lookup that does it', async () => {
    const reform = join(dir, 'connect-gl.yaml');
    writeFileSync(reform, 'connect:\n  - { data_source: csdlqg-dan-cu, province: GL, from: 2023-01-01 }\n');
    const bundled = async (...argv: string[]) => {
      const io = memoryIo({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });
      const code = await run(['whatif', 'catalog/', '--reform', reform, '--province', 'GL', ...argv], io);
      expect(code).toBe(0);
      return io.out();
    };
    const out = await bundled('--lang', 'en');
    const spared = Number(/^No longer needing a card or electronic document \(data lookup\): (\d+)$/m.exec(out)?.[1]);
    expect(spared).toBeGreaterThan(0);
    // As many as the totals say fewer evaluations need a card or electronic document.
    expect(out).toMatch(new RegExp(`of which need a card or electronic document \\(no data lookup\\) +\\d+ +\\d+ +-${spared}\\n`));
    const rows = out.split('\n').filter((l) => / GL +met \(needs a card, no lookup\) → met \(paperless\) /.test(l));
    expect(rows).toHaveLength(spared);
    for (const row of rows) expect(row).toMatch(/\[data\]: .*connected in the province since 2023-01-01 \(reform\)$/);
    const json = JSON.parse(await bundled('--format', 'json')) as WhatIfResult;
    expect(json.version).toBe(2);
    expect(json.counts['no-longer-document']).toBe(spared);
    expect(json.entries.filter((e) => e.change === 'no-longer-document').every((e) => e.before?.best_form === 'card' && e.after?.best_form === 'data')).toBe(true);
  });
});
