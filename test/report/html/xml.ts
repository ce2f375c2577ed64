/**
 * A small strict XML reader for tests: it checks well-formedness (one root, matched and
 * properly nested tags, quoted and unique attributes, only the five predefined entities or
 * numeric references, no raw `<` or `&` in text) and returns the element tree. It throws an
 * Error naming the offset of the first problem.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element, entities decoded, concatenated. */
  text: string;
}

const NAME = /^[A-Za-z_:][\w:.-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`XML not well-formed at offset ${i}: ${what} near ${JSON.stringify(source.slice(i, i + 40))}`);
  };
  const decode = (raw: string): string => {
    for (let k = 0; k < raw.length; k++) {
      if (raw[k] === '<') fail('raw < in text or attribute');
      if (raw[k] === '&' && !ENTITY.test(raw.slice(k))) fail('bad entity');
    }
    return raw
      .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  };
  const skipMisc = () => {
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i++;
      if (source.startsWith('<?', i)) i = source.indexOf('?>', i) + 2 || fail('unclosed declaration');
      else if (source.startsWith('<!--', i)) i = source.indexOf('-->', i) + 3 || fail('unclosed comment');
      else return;
    }
  };
  const element = (): XmlElement => {
    if (source[i] !== '<') fail('expected <');
    i++;
    const name = NAME.exec(source.slice(i))?.[0] ?? fail('bad tag name');
    i += name.length;
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const ws = /^\s*/.exec(source.slice(i))![0].length;
      i += ws;
      if (source.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (ws === 0) fail('attributes must be separated by space');
      const attr = NAME.exec(source.slice(i))?.[0] ?? fail('bad attribute name');
      i += attr.length;
      if (source[i] !== '=') fail('attribute without value');
      i++;
      const q = source[i];
      if (q !== '"' && q !== "'") fail('unquoted attribute');
      const end = source.indexOf(q, i + 1);
      if (end < 0) fail('unclosed attribute');
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      el.attrs[attr] = decode(source.slice(i + 1, end));
      i = end + 1;
    }
    for (;;) {
      const next = source.indexOf('<', i);
      if (next < 0) fail(`unclosed <${name}>`);
      el.text += decode(source.slice(i, next));
      i = next;
      if (source.startsWith('</', i)) {
        const close = `</${name}`;
        if (!source.startsWith(close, i)) fail(`mismatched close tag for <${name}>`);
        i += close.length;
        while (/\s/.test(source[i] ?? '')) i++;
        if (source[i] !== '>') fail('bad close tag');
        i++;
        return el;
      }
      if (source.startsWith('<!--', i)) {
        i = source.indexOf('-->', i) + 3 || fail('unclosed comment');
        continue;
      }
      if (source.startsWith('<![CDATA[', i)) {
        const end = source.indexOf(']]>', i);
        if (end < 0) fail('unclosed CDATA');
        el.text += source.slice(i + 9, end);
        i = end + 3;
        continue;
      }
      el.children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== source.length) fail('content after the root element');
  return root;
}

/** Every element of the tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
