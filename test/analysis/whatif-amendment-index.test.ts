import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Legal } from '../../src/catalog/types.js';
import type { AmendmentInfo } from '../../src/analysis/result-types.js';
import { amendmentFinder, amendmentIndex } from '../../src/analysis/whatif-explain.js';

// Values close together, so that amendments and infos often match: the same provision by
// number or string, points or not, two documents in scope, with and without drop or accept,
// and the shapes a valid reform does not have (a scope without a document, a provision
// without a legal document).
const legalRef = fc.constantFrom('nd-1-2020', 'nd-2-2020');
const provision = fc.oneof(
  legalRef,
  fc.record(
    { legal: legalRef, article: fc.constantFrom(1, '1', 2), clause: fc.constantFrom(1, '1', 3), point: fc.constantFrom('a', 'b') },
    { requiredKeys: ['legal'] },
  ),
  fc.constant({ article: 1 }),
);
const scope = fc.oneof(fc.record({ document: fc.constantFrom('d1', 'd2') }), fc.constant({}));
const change = fc.record(
  { drop: fc.boolean(), accept: fc.constantFrom(['x'], ['x', 'y'], ['y'], []), scope, provision },
  { requiredKeys: [] },
);
const asInfo = (c: Record<string, unknown>): AmendmentInfo =>
  ({
    legal: 'reform',
    number: '1/2026/NĐ-CP',
    label: 'Điều 1',
    ...c,
    ...(typeof c.provision === 'string' ? { provision: { legal: c.provision } } : {}),
  }) as unknown as AmendmentInfo;

describe('amendmentFinder', () => {
  it('finds the amendment amendmentIndex finds one by one, for any amendments and any AmendmentInfo', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), fc.array(change, { minLength: 1, maxLength: 12 }), (amends, infos) => {
        const legal = { id: 'reform', number: '1/2026/NĐ-CP', type: 'nghi-dinh', amends } as unknown as Legal;
        const find = amendmentFinder(legal);
        for (const info of [...infos.map(asInfo), ...amends.map((a) => asInfo(a as Record<string, unknown>))]) {
          expect(find(info)).toBe(amendmentIndex(legal, info));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
