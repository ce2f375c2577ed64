import fc from 'fast-check';

// Random catalog files, mostly of the right shape but with values drawn from a pool of
// good and bad ones (wrong types, bad enums, dangling references, decomposed text…).

export const word = fc.constantFrom('so-ho-khau', 'ct07', 'csdlqg-dan-cu', 'HN', 'GL', 'hn', 'nd-104-2022', '104/2022/ND-CP', '1.001193', 'xa', 'paper', 'papr', '2022-12-31', '2022-02-30', 'Hà Nội', 'Ha\u0300 No\u0302\u0323i', 'a "quoted" word', 'back\\slash', '', 'x: y', 'all');
export const scalar = fc.oneof(word, fc.integer({ min: -5, max: 3000 }), fc.constantFrom(1.5, 1.01004, true, false, null));
export const value = fc.oneof({ depthSize: 'small' }, scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom('legal', 'article', 'document', 'x'), scalar, { maxKeys: 2 }));

const keysOf: Record<string, string[]> = {
  provinces: ['code', 'name', 'name_en', 'nmae'],
  documents: ['id', 'name', 'form', 'valid_until', 'replaced_by', 'obtained_by', 'sunset_basis'],
  data_sources: ['id', 'name', 'provides', 'available_from', 'provinces'],
  legal: ['id', 'number', 'type', 'effective', 'expires', 'amends'],
  procedures: ['code', 'name', 'level', 'provinces', 'requires', 'needs', 'produces', 'basis'],
};

export const entity = (section: string) => fc.dictionary(fc.constantFrom(...keysOf[section]), value, { minKeys: 1, maxKeys: 5 });
export const catalogFile = fc.record(
  {
    provinces: fc.array(entity('provinces'), { maxLength: 3 }),
    documents: fc.array(entity('documents'), { maxLength: 3 }),
    data_sources: fc.array(entity('data_sources'), { maxLength: 2 }),
    legal: fc.array(entity('legal'), { maxLength: 2 }),
    procedures: fc.array(entity('procedures'), { maxLength: 3 }),
    catalog: fc.record({ name: word, cutoff: word }),
  },
  { requiredKeys: [] },
);

