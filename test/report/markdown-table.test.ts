import { describe, expect, it } from 'vitest';
import { markdownTable, mdCell } from '../../src/report/markdown-table.js';

describe('Markdown tables', () => {
  it('escapes pipes and backslashes and turns line breaks into <br>', () => {
    expect(mdCell('a|b')).toBe('a\\|b');
    expect(mdCell('a\\b')).toBe('a\\\\b');
    expect(mdCell('a\nb')).toBe('a<br>b');
  });

  it('writes a header, an alignment rule and the rows', () => {
    expect(markdownTable(['Mã', 'Số'], [['HN', 3]], ['left', 'right'])).toBe('| Mã | Số |\n| --- | ---: |\n| HN | 3 |\n');
  });
});
