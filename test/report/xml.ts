/**
 * A small, strict XML parser for tests: it accepts only well-formed XML 1.0 (one root,
 * balanced tags, quoted unique attributes, known or numeric entities, no stray `<` or `&`)
 * and throws with the offset otherwise. Enough to prove an SVG is well-formed and to read it.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(text: string): XmlElement {
  let i = 0;
  const fail = (msg: string): never => {
    throw new Error(`XML not well-formed at offset ${i}: ${msg}`);
  };
  const skipSpace = () => {
    while (i < text.length && /[ \t\r\n]/.test(text[i])) i++;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) fail('expected a name');
    i += m![0].length;
    return m![0];
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);|&|</g, (all, ent: string | undefined) => {
      if (all === '<') fail('unescaped <');
      if (ent === undefined) fail('bare &');
      if (ent! in ENTITIES) return ENTITIES[ent!];
      const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ent!);
      if (!num) fail(`unknown entity &${ent};`);
      return String.fromCodePoint(num![1] ? parseInt(num![1], 16) : Number(num![2]));
    });
  const misc = () => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i + 2);
        if (end < 0) fail('unterminated processing instruction');
        i = end + 2;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (text[i] !== '<') fail('expected <');
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [] };
    for (;;) {
      const before = i;
      skipSpace();
      if (text.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected space before attribute');
      const an = name();
      if (Object.hasOwn(el.attrs, an)) fail(`duplicate attribute ${an}`);
      skipSpace();
      if (text[i] !== '=') fail('expected =');
      i++;
      skipSpace();
      const q = text[i];
      if (q !== '"' && q !== "'") fail('attribute value not quoted');
      const end = text.indexOf(q, i + 1);
      if (end < 0) fail('unterminated attribute value');
      el.attrs[an] = decode(text.slice(i + 1, end));
      i = end + 1;
    }
    for (;;) {
      const lt = text.indexOf('<', i);
      if (lt < 0) fail(`unclosed element <${el.name}>`);
      if (lt > i) el.children.push(decode(text.slice(i, lt)));
      i = lt;
      if (text.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipSpace();
        if (text[i] !== '>') fail('expected >');
        i++;
        return el;
      }
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment');
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i);
        if (end < 0) fail('unterminated CDATA');
        el.children.push(text.slice(i + 9, end));
        i = end + 3;
      } else el.children.push(element());
    }
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  misc();
  const root = element();
  misc();
  if (i !== text.length) fail('content after the root element');
  return root;
}

/** Every element of the tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const c of root.children) if (typeof c !== 'string') out.push(...allElements(c));
  return out;
}

/** The text content of an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
