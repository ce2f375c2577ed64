import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';
import { renderBlockedMarkdown } from '../../src/report/blocked-markdown.js';
import { renderBlockedText } from '../../src/report/blocked-text.js';
import { shellWord } from '../../src/report/next-commands.js';
import { loadReportFixture } from './fixture-analysis.js';

const small = loadReportFixture('hokhau-small');

/** The "Next:" lines that end a text report, without their comments. */
function nextCommands(text: string): string[] {
  const lines = text.trimEnd().split('\n');
  const at = lines.indexOf('Next:');
  return at < 0 ? [] : lines.slice(at + 1).map((l) => l.replace(/\s+# .*$/, '').trim());
}

describe('the commands that end a blocked report', () => {
  it('ask why the first procedure listed is blocked, in its first province, and for the smallest set of changes, with the same options', () => {
    const result = analyze(small, { at: '2023-01-01', without: ['nd-104-2022'] });
    const text = renderBlockedText(result, { lang: 'en', source: 'test/small.yaml' });
    const first = /^(\S+)\s/m.exec(text.split('\n----')[1].split('\n')[1])![1];
    const province = result.results.find((r) => r.code === first && r.status === 'blocked')!.province;
    expect(nextCommands(text)).toEqual([
      `tthc explain test/small.yaml ${first}${province ? ` --province ${province}` : ''} --at 2023-01-01 --without nd-104-2022 --lang en`,
      'tthc plan test/small.yaml --at 2023-01-01 --without nd-104-2022 --lang en',
    ]);
    expect(text).toMatch(/# why it is blocked, down to the provision\n/);
  });

  it('keep the province of a report of one province, and quote a path that needs it', () => {
    const result = analyze(small, { at: '2023-01-01', province: 'GL' });
    const [explain, plan] = nextCommands(renderBlockedText(result, { lang: 'en', source: "my catalog's/c.yaml" }));
    expect(explain).toMatch(/^tthc explain 'my catalog'\\''s\/c\.yaml' \S+ --province GL --at 2023-01-01 --lang en$/);
    expect(plan).toBe("tthc plan 'my catalog'\\''s/c.yaml' --province GL --at 2023-01-01 --lang en");
  });

  it('ask why it still needs paper, and for a paperless plan, when nothing is blocked', () => {
    const result = analyze(small, { at: '2022-12-31', province: 'GL' });
    expect(result.totals.blocked + result.totals.unknown).toBe(0);
    const text = renderBlockedText(result, { lang: 'en', source: 'c.yaml' });
    const [explain, plan] = nextCommands(text);
    expect(explain).toMatch(/^tthc explain c\.yaml \S+ --province GL --at 2022-12-31 --lang en$/);
    expect(plan).toBe('tthc plan c.yaml --province GL --at 2022-12-31 --paperless --lang en');
    expect(text).toContain('# why it still needs paper\n');
  });

  it('leave the plan out for an applicant lacking documents, which plan does not ask about', () => {
    const result = analyze(small, { at: '2023-01-01', province: 'GL', lacking: ['cccd'] });
    const commands = nextCommands(renderBlockedText(result, { lang: 'en', source: 'c.yaml' }));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/ --lacking cccd --lang en$/);
  });

  it('are not there without the path, nor when nothing is listed', () => {
    const result = analyze(small, { at: '2023-01-01', without: ['nd-104-2022'] });
    expect(renderBlockedText(result, { lang: 'en' })).not.toContain('Next:');
    expect(renderBlockedMarkdown(result, { lang: 'en' })).not.toContain('## Next');
    const paperless = parseCatalog(
      ['catalog: { name: t, cutoff: 2023-01-01 }', 'provinces: [{ code: HN, name: Hà Nội }]', 'documents: [{ id: the, name: Thẻ, form: card }]', 'procedures: [{ code: p, name: P, level: [xa], requires: [{ document: the }] }]', ''].join('\n'),
    ).catalog;
    const nothing = analyze(paperless, { at: '2023-01-01' });
    expect(nothing.totals).toMatchObject({ blocked: 0, unknown: 0, paper: 0 });
    expect(renderBlockedText(nothing, { lang: 'en', source: 'c.yaml' })).not.toContain('Next:');
    expect(renderBlockedMarkdown(nothing, { lang: 'en', source: 'c.yaml' })).not.toContain('## Next');
  });

  it('come in a shell block at the end of the Markdown report, in Vietnamese by default', () => {
    const md = renderBlockedMarkdown(analyze(small, { at: '2023-01-01' }), { source: 'c.yaml' });
    expect(md).toMatch(/\n## Xem tiếp\n\n```sh\ntthc explain c\.yaml \S+ (--province \S+ )?--at 2023-01-01 {2}# vì sao bị chặn, đến từng điều khoản\ntthc plan c\.yaml --at 2023-01-01 {2}# tập thay đổi nhỏ nhất gỡ chặn các thủ tục\n```\n$/);
  });

  it('say --lang vi where the shell answers in English (shellLang), and --lang en in any shell', () => {
    const result = analyze(small, { at: '2023-01-01' });
    // The commands that end the text report, their comments left out.
    const lines = (options: Parameters<typeof renderBlockedText>[1]) =>
      renderBlockedText(result, options)
        .split('\n')
        .filter((l) => l.startsWith('  tthc '))
        .map((l) => l.replace(/\s+# .*$/, ''));
    const plain = lines({ source: 'c.yaml' });
    expect(plain).toHaveLength(2);
    expect(lines({ source: 'c.yaml', shellLang: 'vi' })).toEqual(plain);
    expect(lines({ source: 'c.yaml', shellLang: 'en' })).toEqual(plain.map((l) => `${l} --lang vi`));
    const english = lines({ source: 'c.yaml', lang: 'en' });
    expect(english.every((l) => l.endsWith(' --lang en'))).toBe(true);
    expect(lines({ source: 'c.yaml', lang: 'en', shellLang: 'en' })).toEqual(english);
    expect(renderBlockedMarkdown(result, { source: 'c.yaml', shellLang: 'en' })).toMatch(/\ntthc plan c\.yaml --at 2023-01-01 --lang vi {2}# /);
  });
});

describe('shellWord', () => {
  it('leaves plain words alone and quotes the rest so that a shell reads them back whole', () => {
    expect(shellWord('catalog/')).toBe('catalog/');
    expect(shellWord('1.001193')).toBe('1.001193');
    expect(shellWord('Hồ sơ/c.yaml')).toBe("'Hồ sơ/c.yaml'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });
});
