import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogFiles } from '../../src/catalog/parse-catalog.js';
import { DIAGNOSTIC_CODES } from '../../src/diagnostics/codes.js';
import { renderDiagnosticsText } from '../../src/report/diagnostics-text.js';

const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
const codesPart = doc.slice(doc.indexOf('\n# The codes'));

/**
 * An example: the files shown since the previous output, every diagnostic `tthc check --lang en`
 * prints for them (with `--lenient` when a file is "checked with `--lenient`"), and its Vietnamese.
 */
interface Example {
  files: { fileName: string; text: string }[];
  lenient: boolean;
  output: string;
  vietnamese: string[];
}

function examplesOf(section: string): Example[] {
  const examples: Example[] = [];
  let files: Example['files'] = [];
  let lenient = false;
  for (const m of section.matchAll(/In `([^`]+)`(, checked with `--lenient`)?:\n\n```yaml\n([\s\S]*?)```|```text\n([\s\S]*?)```|```text vi\n([\s\S]*?)```/g)) {
    if (m[1] !== undefined) {
      files.push({ fileName: m[1], text: m[3] });
      lenient ||= m[2] !== undefined;
    } else if (m[4] !== undefined) {
      examples.push({ files, lenient, output: m[4], vietnamese: [] });
      files = [];
      lenient = false;
    } else examples[examples.length - 1]?.vietnamese.push(m[5]);
  }
  return examples;
}

const sections = codesPart
  .split(/\n### /)
  .slice(1)
  .map((s) => {
    const code = s.slice(0, s.indexOf('\n')).trim();
    const severity = /^\*(\w+)/m.exec(s)?.[1];
    return { code, examples: examplesOf(s), severity };
  });

describe('docs/diagnostics.md', () => {
  it('documents every code, once, and no other', () => {
    expect(sections.map((s) => s.code).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  it.each(sections.map((s) => [s.code, s] as const))('%s: severity, and examples that give exactly the output shown', (code, s) => {
    expect(s.severity).toBe(DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES].severity);
    if (code === 'SCHEMA_VIOLATION') return; // no rule of the current schema leads there
    expect(s.examples.length).toBeGreaterThan(0);
    for (const { files, lenient, output, vietnamese } of s.examples) {
      expect(output).toMatch(new RegExp(`^\\S+:\\d+:\\d+  ${s.severity}  ${code}  `, 'm'));
      if (files.length === 0) {
        // Only what a text cannot show (unreadable, huge, binary, non-UTF-8 files) goes without an example file.
        expect(code).toMatch(/^FILE_(UNREADABLE|TOO_LARGE|OUT_OF_MEMORY|BINARY|ENCODING)$/);
        continue;
      }
      const result = parseCatalogFiles(files, { strict: !lenient });
      const found = result.diagnostics.find((d) => d.code === code);
      expect(found, `${code} from its example`).toBeDefined();
      const sources = Object.fromEntries(files.map((f) => [f.fileName, f.text]));
      expect(renderDiagnosticsText(result.diagnostics, { sources }), files.map((f) => f.fileName).join()).toBe(output);
      for (const vi of vietnamese) expect(renderDiagnosticsText(result.diagnostics, { sources, lang: 'vi' })).toBe(vi);
    }
  });

  it('shows the Vietnamese of at least a few codes', () => {
    expect(sections.filter((s) => s.examples.some((e) => e.vietnamese.length > 0)).length).toBeGreaterThanOrEqual(5);
  });
});
