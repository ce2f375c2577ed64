import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SMALL, tthc } from './analysis-cli-helpers.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/count-each.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

describe('tthc count --each', () => {
  it('counts, for each document, the procedures that depend on it, as --depends-on counts each one, most first', async () => {
    const r = await tthc('count', 'catalog/', '--each', 'document', '--province', 'gia lai', '--at', '2023-01-01', '--format', 'json');
    expect(r.code).toBe(0);
    const each = JSON.parse(r.out);
    expect(validate(each), JSON.stringify(validate.errors)).toBe(true);
    expect(each).toMatchObject({ version: 1, kind: 'document', at: '2023-01-01', province: 'GL', without: [] });
    expect(each.targets.length).toBe(16);
    for (const t of each.targets.slice(0, 4)) {
      const one = JSON.parse((await tthc('count', 'catalog/', '--depends-on', t.id, '--province', 'GL', '--at', '2023-01-01', '--format', 'json')).out);
      expect([t.total, t.direct], t.id).toEqual([one.total, one.direct]);
    }
    const totals = each.targets.map((t: { total: number }) => t.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('prints a table in text and Markdown, records in CSV, and every kind the schema accepts', async () => {
    const text = await tthc('count', SMALL, '--each', 'legal', '--lang', 'en', '--without', '104/2022/NĐ-CP');
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    expect(lines[0]).toBe('Procedures that depend on each legal document (ignoring the amendments of nd-104-2022)');
    expect(lines[2]).toMatch(/^Id +Name +Dependent procedures +Direct$/);
    expect(lines[4]).toMatch(/^\S+ +\d+\/\d+\/\S+ .+ +\d+ +\d+$/);
    const md = await tthc('count', SMALL, '--each', 'procedure', '--format', 'markdown');
    expect(md.out).toMatch(/^# Số thủ tục phụ thuộc vào từng thủ tục\n\n\| Mã \| Tên \| Tổng số thủ tục phụ thuộc \| Trực tiếp \|\n/);
    const csv = await tthc('count', SMALL, '--each', 'data-source', '--format', 'csv');
    expect(csv.out.split('\r\n')[0]).toBe('id,name,number,total,direct');
    for (const kind of ['document', 'data-source', 'legal', 'procedure']) {
      const json = JSON.parse((await tthc('count', SMALL, '--each', kind, '--format', 'json')).out);
      expect(validate(json), `${kind}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(json.kind).toBe(kind.replace('-', '_'));
    }
  });

  it('ends the text and Markdown reports with the count of the first entity with dependents, in groups, which runs as printed', async () => {
    const asked = ['--each', 'legal', '--province', 'GL', '--without', '104/2022/NĐ-CP', '--lang', 'en'];
    const text = await tthc('count', 'catalog/', ...asked);
    const lines = text.out.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('Next:');
    const first = JSON.parse((await tthc('count', 'catalog/', ...asked, '--format', 'json')).out).targets.find((t: { total: number }) => t.total > 0);
    const command = lines.at(-1)!.replace(/\s+# .*$/, '').trim();
    expect(command).toBe(`tthc count catalog/ --depends-on ${first.id} --province GL --without nd-104-2022 --lang en`);
    const run = await tthc(...command.split(' ').slice(1));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^Procedures that depend on ${first.id} .*\\n\\nDependent procedures +${first.total}\\n`));
    const md = await tthc('count', 'catalog/', '--each', 'document', '--format', 'markdown');
    expect(md.out).toMatch(/\n## Xem tiếp\n\n```sh\ntthc count catalog\/ --depends-on \S+ {2}# các thủ tục phụ thuộc vào \S+, theo tỉnh, cấp, lĩnh vực, bộ ngành\n```\n$/);
    // Nothing depends on anything: nothing to suggest.
    const none = await tthc('count', 'test/fixtures/summary/no-sunset/catalog.yaml', '--each', 'procedure');
    expect(none.out).toMatch(/\nP1 +Thủ tục một +0 +0\n$/);
  });

  it('refuses --each with --depends-on or --by, and a kind it does not know', async () => {
    const both = await tthc('count', SMALL, '--each', 'document', '--depends-on', 'so-ho-khau', '--lang', 'en');
    expect(both.code).toBe(2);
    expect(both.err).toContain('error: --each and --depends-on do not go together.');
    expect((await tthc('count', SMALL, '--each', 'document', '--by', 'level')).code).toBe(2);
    const kind = await tthc('count', SMALL, '--each', 'documents', '--lang', 'en');
    expect(kind.code).toBe(2);
    expect(kind.err).toContain("Did you mean 'document'?");
  });
});
