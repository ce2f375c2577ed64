import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { elementId, escapeHtml, escapeHtmlWhole, jsonForScript, safeUrl } from '../../../src/report/html/escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });
  it('never leaves a raw < > " or \' behind', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
    );
  });
});

describe('escapeHtmlWhole', () => {
  it('keeps each legal number and code with a hyphen or slash in one span, and escapes the rest', () => {
    expect(escapeHtmlWhole('Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP & qd06-15 (so-ho-khau), a - b')).toBe(
      'Điều 2 khoản 1 Nghị định <span class="nw">123/2015/NĐ-CP</span> &amp; <span class="nw">qd06-15</span> <span class="nw">(so-ho-khau),</span> a - b',
    );
    // A word longer than 24 characters (a link) may break; one without a hyphen or slash needs no span.
    expect(escapeHtmlWhole('https://thuvienphapluat.vn/van-ban/x 1.001193')).toBe('https://thuvienphapluat.vn/van-ban/x 1.001193');
  });
  it('is escapeHtml but for the spans', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtmlWhole(s).replace(/<span class="nw">([^<]*)<\/span>/g, '$1')).toBe(escapeHtml(s));
      }),
    );
  });
});

describe('elementId', () => {
  it('keeps plain codes and spells out every other character', () => {
    expect(elementId('blocked', '1.001193')).toBe('blocked-1.001193');
    expect(elementId('blocked', 'nd104-13-1')).toBe('blocked-nd104-13-1');
    expect(elementId('paper', 'qđ-01')).toBe('paper-q_111_-01');
    expect(elementId('paper', 'a_b c')).toBe('paper-a_5f_b_20_c');
  });
  it('gives distinct codes distinct ids of plain ASCII', () => {
    // The code can be read back from its id, so no two codes share one.
    const codeOf = (id: string) => id.slice(2).replace(/_([0-9a-f]+)_/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (code) => {
        const id = elementId('p', code);
        expect(id).toMatch(/^p-[A-Za-z0-9._-]*$/);
        expect(codeOf(id)).toBe(code);
      }),
    );
    // Codes that only differ in a letter outside ASCII, which used to share one id.
    expect(elementId('blocked', 'qđ-01')).not.toBe(elementId('blocked', 'qư-01'));
  });
});

describe('jsonForScript', () => {
  it('round-trips through JSON.parse and cannot close the script element', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (v, s) => {
        const value = { v, s, tail: `</script><!--${s}` };
        const text = jsonForScript(value);
        expect(text.toLowerCase()).not.toContain('</script');
        expect(text).not.toContain('<!--');
        expect(text).not.toMatch(/[<>\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('safeUrl', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeUrl('https://thuvienphapluat.vn/van-ban/x')).toBe('https://thuvienphapluat.vn/van-ban/x');
    expect(safeUrl(' http://example.org ')).toBe('http://example.org');
    expect(safeUrl('mailto:a@b.vn')).toBe('mailto:a@b.vn');
  });
  it('drops script and data URLs, relative paths and missing values', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>')).toBeNull();
    expect(safeUrl('/etc/passwd')).toBeNull();
    expect(safeUrl(undefined)).toBeNull();
  });
});
