import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import type { TimelineResult } from '../../src/analysis/timeline-types.js';
import { allElements, parseXml, textOf } from '../report/xml.js';

const fixtures = fileURLToPath(new URL('../fixtures/timeline/', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tthc-timeline-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tthc(...argv: string[]) {
  const io = memoryIo({ cwd: fixtures });
  const code = await run(['timeline', 'catalog.yaml', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('tthc timeline', () => {
  it('prints a row per date with the counts and what took effect', async () => {
    const r = await tthc();
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Thủ tục hành chính theo thời gian — timeline-fixture (tất cả các tỉnh)');
    expect(lines.find((l) => l.startsWith('2023-02-01'))).toMatch(/^2023-02-01 +2 +0 +7 +3 +1\/CĐ-TTg hết hiệu lực \(sau ngày 2023-01-31\)$/);
    // The three met with the CMND card alone are blocked once it ends.
    expect(lines.find((l) => l.startsWith('2025-01-01'))).toMatch(/^2025-01-01 +3 +1 +5 +0 +Chứng minh nhân dân hết giá trị sử dụng/);
    expect(r.out).toContain('1.001193  Đăng ký khai sinh (GL, PY): mới bị chặn');
  });

  it('prints CSV and JSON, narrowed to a province and a range', async () => {
    const csv = await tthc('--format', 'csv', '--province', 'GL', '--from', '2022-12-31', '--to', '2023-06-01');
    expect(csv.out).toBe(
      [
        'date,start,evaluations,blocked,met,paper,paperless,document,unknown,changed,events',
        '2022-12-31,true,3,0,3,1,2,1,0,0,',
        '2023-01-01,false,3,0,3,1,2,1,0,0,sunset:so-ho-khau; effective:cd-1-2023; effective:nd-104-2022',
        '2023-02-01,false,3,1,2,0,2,1,0,1,expiry:cd-1-2023',
        '2023-06-01,false,3,0,3,1,2,1,0,1,effective:tt-55-2023',
        '',
      ].join('\r\n'),
    );
    const json = JSON.parse((await tthc('--format', 'json', '--without', 'tt-55-2023')).out) as TimelineResult;
    expect(json.without).toEqual(['tt-55-2023']);
    expect(json.points.map((p) => p.date)).not.toContain('2023-06-01');
  });

  it('prints Markdown: the table of dates, then a table of changes for each date, narrowed to a province', async () => {
    const md = await tthc('--format', 'markdown', '--province', 'GL', '--lang', 'en');
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^# Administrative procedures over time — timeline-fixture \(Gia Lai, GL\)\n\n\| Date \| Blocked \|/);
    expect(md.out).toContain('| 2023-02-01 | 1 | 0 | 2 | 1 | 1/CĐ-TTg expires (in force until 2023-01-31) |\n');
    expect(md.out).toContain('\n### 2023-02-01\n\n| Code | Procedure | Provinces | Change |\n| --- | --- | --- | --- |\n| 1.001193 | Đăng ký khai sinh | GL | Newly blocked |\n');
  });

  it('does not announce an amendment that was to take effect after its document expired, in text or JSON', async () => {
    const lapsed = fileURLToPath(new URL('../fixtures/analysis/lapsed-amendment/catalog.yaml', import.meta.url));
    const io = memoryIo({ cwd: fixtures });
    expect(await run(['timeline', lapsed, '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('5/2023/CĐ-TTg takes effect\n');
    expect(io.out()).toContain('5/2023/CĐ-TTg expires (in force until 2025-01-09)');
    expect(io.out()).not.toContain('2025-06-01');
    expect(io.out()).not.toContain('(amendment 3)');
    const json = memoryIo({ cwd: fixtures });
    expect(await run(['timeline', lapsed, '--format', 'json', '--to', '2025-12-31'], json)).toBe(0);
    const r = JSON.parse(json.out()) as TimelineResult;
    expect(r.points.map((p) => [p.date, p.events.map((e) => `${e.kind}:${e.id}`)])).toEqual([
      ['2022-12-31', []],
      ['2023-01-01', ['sunset:so-ho-khau', 'effective:cd-5-2023', 'available:csdl-dan-cu']],
      ['2024-07-01', ['expiry:tt-9-2020']],
      ['2025-01-10', ['expiry:cd-5-2023']],
    ]);
    expect(r.points.flatMap((p) => p.events).some((e) => e.amendment !== undefined)).toBe(false);
  });

  it('writes the SVG chart atomically with -o: well-formed, with the counts, in English on request', async () => {
    const out = join(dir, 'chart.svg');
    writeFileSync(out, 'old');
    const io = memoryIo({ cwd: fixtures });
    expect(await run(['timeline', 'catalog.yaml', '--format', 'svg', '--lang', 'en', '-o', out], io)).toBe(0);
    expect(io.out()).toBe('');
    const svg = readFileSync(out, 'utf8');
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    const last = allElements(root).filter((e) => e.attrs.class === 'point').pop()!;
    expect(last.attrs['data-date']).toBe('2025-01-01');
    const tips = allElements(last).filter((e) => e.name === 'rect').map(textOf);
    expect(tips).toEqual(['2025-01-01 — Met, paperless: 5', '2025-01-01 — Met, still needs paper: 1', '2025-01-01 — Blocked: 3']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Vietnamese by default
    const vi = await tthc('--format', 'svg');
    expect(vi.out).toContain('Bị chặn');
    expect(vi.out).toContain('01/01/2025');
  });

  it('exits 2 for bad dates, a reversed range, an unknown province and an unwritable output', async () => {
    const bad = await tthc('--from', '31/12/2022');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Viết ngày 31 tháng 12 năm 2022 thành 2022-12-31.');
    expect((await tthc('--from', '2023-02-01', '--to', '2023-01-01')).code).toBe(2);
    const p = await tthc('--province', 'PYY');
    expect(p.code).toBe(2);
    expect(p.err).toContain("'PY'");
    const w = await tthc('-o', join(dir, 'no-such-dir', 'x.svg'), '--format', 'svg');
    expect(w.code).toBe(2);
    expect(w.err).toContain('Không ghi được');
    expect((await tthc('--format', 'png')).code).toBe(2);
  });

  it('exits 1 when the catalog has errors, 2 when it cannot be read', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'procedures:\n  - { code: x, name: X, level: [xa], needs: [nope] }\n');
    const io = memoryIo({ cwd: dir });
    expect(await run(['timeline', 'broken.yaml'], io)).toBe(1);
    expect(io.err()).toContain('UNKNOWN_REFERENCE');
    expect(await run(['timeline', 'missing.yaml'], memoryIo({ cwd: dir }))).toBe(2);
  });
});
