import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/catalog/parse-yaml.js';
import { localizeDiagnostic } from '../../src/diagnostics/localize.js';

const documents = (slip: string) => `documents:
  - id: so-ho-khau
${slip}name: Sổ hộ khẩu
    form: paper
  - id: ct07
    name: Giấy xác nhận thông tin về cư trú
    form: paper
`;

describe('a file that cannot be read', () => {
  it('gets the first syntax error only, counting the parser’s others in the hint', () => {
    for (const slip of ['  ', '   ', '      ']) {
      const all = parseYaml(documents(slip), 'documents.yaml').diagnostics;
      const syntax = all.filter((d) => d.code === 'YAML_SYNTAX');
      expect(syntax, JSON.stringify(slip)).toHaveLength(1);
      const [d] = syntax;
      expect(d.location!.line).toBeLessThanOrEqual(4);
      const more = d.args?.more as number;
      expect(more).toBeGreaterThan(0);
      expect(d.hint).toContain(`The parser reported ${more} more syntax error${more === 1 ? '' : 's'} after this one`);
      expect(localizeDiagnostic(d, 'vi').hint).toContain(`Bộ phân tích còn báo ${more} lỗi cú pháp khác`);
    }
    // Nothing to count when the parser complains once.
    const [once] = parseYaml('a: b: c\n', 'x.yaml').diagnostics;
    expect(once.args?.more).toBeUndefined();
    expect(once.hint ?? '').not.toContain('The parser reported');
  });
});
