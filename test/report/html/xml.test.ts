import { describe, expect, it } from 'vitest';
import { parseXml } from './xml.js';

// The test helper must reject what a real XML parser rejects, or the SVG tests prove nothing.
describe('parseXml (test helper)', () => {
  it('reads elements, attributes and decoded text', () => {
    const root = parseXml('<?xml version="1.0"?><svg a="1 &amp; 2"><text x=\'3\'>&lt;b&gt; &#273;</text><g/></svg>');
    expect(root.name).toBe('svg');
    expect(root.attrs.a).toBe('1 & 2');
    expect(root.children[0].text).toBe('<b> đ');
    expect(root.children[1].name).toBe('g');
  });

  it.each([
    ['unclosed element', '<svg><g></svg>'],
    ['mismatched tags', '<svg><g></h></svg>'],
    ['raw ampersand', '<svg>a & b</svg>'],
    ['raw < in an attribute', '<svg a="<"/>'],
    ['unknown entity', '<svg>&nbsp;</svg>'],
    ['unquoted attribute', '<svg a=1/>'],
    ['duplicate attribute', '<svg a="1" a="2"/>'],
    ['two roots', '<svg/><svg/>'],
    ['text after the root', '<svg/>x'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed/);
  });
});
