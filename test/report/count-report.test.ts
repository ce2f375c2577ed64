import { describe, expect, it } from 'vitest';
import { countDependents } from '../../src/analysis/count-dependents.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { renderCountCsv, renderCountJson, renderCountMarkdown, renderCountText } from '../../src/report/count-report.js';

const { catalog } = await loadCatalog('catalog/');

describe('the count of an entity nothing depends on', () => {
  // Birth certificates stand in for the household book only by the amendments of Decree
  // 104/2022: without them, on its first day, nothing depends on birth registration.
  const none = countDependents(catalog, '1.001193', { at: '2023-01-01', province: 'GL', without: ['nd-104-2022'] });

  it('says so in text and Markdown, with no tables of empty groups', () => {
    expect(none.total).toBe(0);
    expect(renderCountText(none, { lang: 'en', provinceName: 'Gia Lai' })).toBe(
      [
        'Procedures that depend on 1.001193 (Đăng ký khai sinh) on 2023-01-01 in Gia Lai (GL) (ignoring the amendments of nd-104-2022)',
        '',
        'Dependent procedures  0',
        '  of which directly   0',
        'No procedure depends on it.',
        '',
      ].join('\n'),
    );
    expect(renderCountMarkdown(none, { lang: 'en', by: ['province'] })).toBe(
      '# Procedures that depend on 1.001193 (Đăng ký khai sinh) on 2023-01-01 in GL (ignoring the amendments of nd-104-2022)\n\nDependent procedures: **0** (of which directly 0)\n\nNo procedure depends on it.\n',
    );
  });

  it('keeps the groups in JSON and CSV, the province asked listed with 0', () => {
    expect(JSON.parse(renderCountJson(none)).by.province).toEqual([{ key: 'GL', name: 'Gia Lai', name_en: 'Gia Lai', count: 0, codes: [] }]);
    expect(renderCountCsv(none, { by: ['province'] })).toContain('province,GL,Gia Lai,0,');
  });

  it('still shows the tables when something does', () => {
    const some = countDependents(catalog, '1.001193', { province: 'GL' });
    expect(some.total).toBeGreaterThan(0);
    const text = renderCountText(some, { lang: 'en' });
    for (const title of ['By province', 'By level', 'By field', 'By ministry']) expect(text).toContain(`\n${title}\n`);
    expect(text).not.toContain('No procedure depends on it.');
  });
});
