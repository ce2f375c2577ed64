import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { explainSubset } from '../../src/report/explain-json.js';
import { renderExplainText } from '../../src/report/explain-text.js';
import { loadReportFixture } from './fixture-analysis.js';

const catalog = loadReportFixture('central-needs');

describe('explaining a central procedure that needs a provincial one', () => {
  it('shows the provincial procedure in every province, and below it the provinces that hold it back', () => {
    const text = renderExplainText(analyze(catalog), 'cap-phep', { lang: 'en' });
    expect(text).toContain('Needs first: xac-nhan-cu-tru Xác nhận thông tin về cư trú [every province where it runs] — blocked');
    expect(text).toContain('xac-nhan-cu-tru Xác nhận thông tin về cư trú [GL] — blocked');
    expect(text).toContain('CSDLQG về dân cư [data] — accepted from the start; not connected in this province');
    expect(text).not.toContain('[HN]');
    expect(text).not.toContain('not in the result');
  });

  it('tells each holding province\'s subtree from that province, and provinces whose subtrees then read the same share one', () => {
    const groups = loadReportFixture('every-province-groups');
    expect(renderExplainText(analyze(groups), 'cap-phep', { lang: 'en' })).toBe(
      [
        'Explanation on 2023-01-01',
        '',
        'cap-phep Cấp phép trung ương — blocked',
        '├─ ✗ Needs first: xac-nhan-cu-tru Xác nhận thông tin về cư trú [every province where it runs] — blocked',
        '│  ├─ xac-nhan-cu-tru Xác nhận thông tin về cư trú [GL, DN] — blocked',
        '│  │  └─ ✗ Requirement 1: Sổ hộ khẩu (submit) — no basis recorded',
        '│  │     ├─ ✗ Sổ hộ khẩu [paper] — the required document; no longer valid after 2022-12-31',
        '│  │     └─ ✗ CSDLQG về dân cư [data] — accepted from the start; not connected in this province',
        '│  └─ xac-nhan-cu-tru Xác nhận thông tin về cư trú [HCM] — blocked',
        '│     └─ ✗ Requirement 1: Sổ hộ khẩu (submit) — no basis recorded',
        '│        ├─ ✗ Sổ hộ khẩu [paper] — the required document; no longer valid after 2022-12-31',
        '│        └─ ✗ CSDLQG về dân cư [data] — accepted from the start; not connected in this province (only from 2023-06-01)',
        '└─ ✗ Needs first: dang-ky Đăng ký thường trú [every province where it runs] — blocked',
        '   └─ dang-ky Đăng ký thường trú [GL, DN, HCM] — blocked',
        '      └─ ✗ Needs first: xac-nhan-cu-tru Xác nhận thông tin về cư trú — blocked (explained above)',
        '',
      ].join('\n'),
    );
    // A provincial procedure that needs the central one reads the same in every province.
    const text = renderExplainText(analyze(groups), 'gia-han', { lang: 'en' });
    expect(text.match(/^In: .*$/gm)).toEqual(['In: HN, GL, DN, HCM']);
    expect(text).toContain('   │  ├─ xac-nhan-cu-tru Xác nhận thông tin về cư trú [GL, DN] — blocked\n');
  });

  it('shows the provinces that still need paper when it is met with paper', () => {
    const text = renderExplainText(analyze(catalog, { at: '2022-12-31' }), 'cap-phep', { lang: 'en' });
    expect(text).toContain('[every province where it runs] — met, still needs paper');
    expect(text).toContain('xac-nhan-cu-tru Xác nhận thông tin về cư trú [GL] — met, still needs paper');
    expect(text).not.toContain('[HN]');
  });

  it('says where to look when the province filter leaves out the provinces that hold it back', () => {
    const text = renderExplainText(analyze(catalog, { province: 'HN' }), 'cap-phep', { lang: 'en' });
    expect(text).toContain('(held back in provinces other than HN: explain without --province to see them)');
  });

  it('includes the provincial evaluations in the JSON explanation', () => {
    const subset = explainSubset(analyze(catalog), 'cap-phep');
    expect(subset.results.map((r) => `${r.code}@${r.province}`)).toEqual(['cap-phep@null', 'xac-nhan-cu-tru@HN', 'xac-nhan-cu-tru@GL']);
  });
});
