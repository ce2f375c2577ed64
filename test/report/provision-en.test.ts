import { describe, expect, it } from 'vitest';
import { plan } from '../../src/analysis/plan/plan.js';
import { whatif } from '../../src/analysis/whatif.js';
import { legalLabel, provisionLabel } from '../../src/graph/provision-ref.js';
import { legalLabelEn, provisionLabelEn } from '../../src/report/provision-en.js';
import { renderWhatIfText } from '../../src/report/whatif-text.js';
import type { LegalType } from '../../src/catalog/types.js';
import { loadPlanFixture } from '../analysis/plan/helpers/load.js';

const TYPES: LegalType[] = ['luat', 'nghi-dinh', 'thong-tu', 'quyet-dinh', 'nghi-quyet', 'cong-dien', 'chi-thi', 'other'];

describe('English citations', () => {
  it('name every type of legal document in English', () => {
    for (const type of TYPES) {
      const vi = legalLabel({ id: 'x', type, number: '1/2020/X' });
      const en = legalLabelEn(vi);
      expect(en, vi).not.toBe(vi);
      expect(en).toMatch(/^[A-Z][a-z]+(?: [A-Z][a-z]+)? 1\/2020\/X$/);
    }
    expect(legalLabelEn(legalLabel({ id: 'plan', type: 'other', number: 'KH-TTHC' }))).toBe('Document KH-TTHC');
    expect(provisionLabelEn(provisionLabel({ article: 1, clause: 2 }, legalLabel({ id: 'plan', type: 'other', number: 'KH-TTHC' })))).toBe(
      'Article 1(2) of Document KH-TTHC',
    );
  });

  it('cite the document a plan writes in English when what-if applies it', () => {
    const catalog = loadPlanFixture('budget-synergy');
    const p = plan(catalog, { budget: 2 });
    const text = renderWhatIfText(whatif(catalog, p.reform), { lang: 'en' });
    expect(text).toContain('accepted by Document KH-TTHC from 2023-01-01');
    expect(text).not.toContain('Văn bản');
  });
});
