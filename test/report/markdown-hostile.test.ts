import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { mdCell, mdText } from '../../src/report/markdown-table.js';
import { fixturePath } from './html/fixture.js';

// Every name of this catalog holds markup (<script>, <img>, <b>, <i>) and ampersands: in
// Markdown they must stay text, as the HTML report keeps them.
const hostile = fixturePath('hostile-names.yaml');

async function markdown(...argv: string[]): Promise<string> {
  const io = memoryIo();
  const code = await run([...argv, '--format', 'markdown', '--lang', 'en'], io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  return io.out();
}

describe('Markdown from a catalog whose names hold markup', () => {
  it('mdText and mdCell write &, < and > as entities', () => {
    expect(mdText('a <b>&</b>')).toBe('a &lt;b&gt;&amp;&lt;/b&gt;');
    expect(mdCell('<i>x</i> | y\nz')).toBe('&lt;i&gt;x&lt;/i&gt; \\| y<br>z');
  });

  it.each([
    ['blocked', ['blocked', hostile]],
    ['count', ['count', hostile, '--depends-on', 'so-ho-khau']],
    ['diff', ['diff', hostile, '--at', '2022-12-31', '--to', '2023-01-01']],
    ['timeline', ['timeline', hostile]],
    ['explain', ['explain', hostile, '1.000001']],
  ])('tthc %s keeps them text', async (_, argv) => {
    const md = await markdown(...argv);
    // The only tag is the line break of a table cell.
    expect(md.replace(/<br>/g, '')).not.toMatch(/[<>]/);
    expect(md).toMatch(/&lt;(script|img|i|b)/);
  });

  it('shows the names as written once the entities are read back', async () => {
    const md = await markdown('blocked', hostile);
    const text = md.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(text).toContain(`Đăng ký <script>alert('procedure')</script> & "khai sinh"`);
  });
});
