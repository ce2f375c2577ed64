import fc from 'fast-check';

// Random catalogs whose checks of the whole catalog find something of every kind (cycles
// and self-needs, unknown and wrong-kind references, ids and legal numbers given twice,
// amendments with no effect, contradicting dates, provinces ignored or none left), written
// out as YAML in the layouts people and tools write: block and flow, entries at the column
// of their list or on the line after their dash, comments, quoted keys, block scalars,
// anchors and aliases, a key given twice, CRLF, a byte-order mark, document markers, and
// .json files, strict or YAML flow.

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type Entity = { [key: string]: Value };
export type Section = 'provinces' | 'documents' | 'data_sources' | 'legal' | 'procedures';
export const SECTIONS: readonly Section[] = ['provinces', 'documents', 'data_sources', 'legal', 'procedures'];
export type CatalogData = Partial<Record<Section, Entity[]>> & { catalog?: Entity };

const CODES = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'];
const date = fc.constantFrom('2020-01-01', '2021-06-30', '2022-12-31', '2023-07-01');
/** A document or data source, one that is not defined, a procedure (the wrong kind). */
const docRef = fc.constantFrom('d1', 'd2', 'd3', 'd9', 's1', '1.1');
/** A legal document by id or by number, defined or not. */
const legalRef = fc.constantFrom('l1', 'l2', '1/2020/NĐ-CP', '1/2020/nd-cp', '9/2099/NĐ-CP', 'l9');
const provinceRef = fc.constantFrom('HN', 'GL', 'XY', 'ZZ');
const name = fc.constantFrom('Đăng ký khai sinh', '😀 Đăng ký kết hôn', 'A', 'Sổ hộ khẩu: bản giấy', 'x # y');
const list = <T>(a: fc.Arbitrary<T>, max = 3) => fc.array(a, { minLength: 1, maxLength: max });

const province = fc.record({ code: fc.constantFrom('HN', 'GL', 'QT'), name });
const document = fc.record(
  { id: fc.constantFrom('d1', 'd2', 'd3', 's1'), name, form: fc.constant('paper'), obtained_by: list(fc.constantFrom(...CODES, '9.9')), replaced_by: list(docRef), sunset_basis: legalRef },
  { requiredKeys: ['id', 'name', 'form'] },
);
const dataSource = fc.record(
  { id: fc.constantFrom('s1', 's2', 'd1'), name, provides: list(docRef), provinces: fc.dictionary(provinceRef, fc.constantFrom('2022-01-01', null), { minKeys: 1, maxKeys: 2 }) },
  { requiredKeys: ['id', 'name', 'provides'] },
);
const amendment = fc.record(
  { scope: fc.record({ document: docRef }), accept: fc.array(docRef, { maxLength: 2 }), drop: fc.boolean(), effective: date, provision: fc.record({ legal: legalRef, article: fc.constant(2) }) },
  { requiredKeys: [] },
);
const legal = fc.record(
  {
    id: fc.constantFrom('l1', 'l2', 'l3'),
    number: fc.constantFrom('1/2020/NĐ-CP', '1/2020/ND-CP', '2/2021/TT-BCA', '3/2022/QĐ-TTg'),
    type: fc.constant('nghi-dinh'),
    issued: date,
    effective: date,
    expires: date,
    amends: list(amendment),
  },
  { requiredKeys: ['id', 'number', 'type'] },
);
const requirement = fc.record(
  { document: docRef, accept: list(docRef, 2), basis: fc.record({ legal: legalRef, article: fc.constant(1) }), mode: fc.constant('present') },
  { requiredKeys: ['document'] },
);
const procedure = fc.record(
  {
    code: fc.constantFrom(...CODES),
    name,
    level: fc.subarray(['trung-uong', 'tinh', 'huyen', 'xa'], { minLength: 1 }),
    provinces: fc.oneof(fc.constant('all'), list(provinceRef)),
    requires: list(requirement),
    needs: list(fc.constantFrom(...CODES, '9.9')),
    produces: list(docRef, 2),
    basis: list(fc.record({ legal: legalRef, article: fc.constant(3) }), 2),
  },
  { requiredKeys: ['code', 'name', 'level'] },
);
const catalogMeta = fc.record(
  { name: fc.constant('Danh mục'), reported: list(fc.record({ claim: fc.constant('c'), value: fc.constant(1), measure: fc.record({ count: fc.constant('procedures-requiring'), documents: list(docRef, 2) }) }), 1) },
  { requiredKeys: ['name'] },
);

/** Entities of one list, most often each with its own id (an id given twice in one file is located in the whole file). */
const entities = (entity: fc.Arbitrary<Entity>, minLength: number, maxLength: number) =>
  fc.oneof(
    { arbitrary: fc.uniqueArray(entity, { minLength, maxLength, selector: (e) => e.code ?? e.id }), weight: 3 },
    { arbitrary: fc.array(entity, { minLength, maxLength }), weight: 1 },
  );

/** The data of one catalog file; `meta`: it may set `catalog:`. */
export const catalogData = (meta: boolean): fc.Arbitrary<CatalogData> =>
  fc.record(
    {
      ...(meta ? { catalog: catalogMeta } : {}),
      provinces: entities(province, 0, 2),
      documents: entities(document, 0, 3),
      data_sources: entities(dataSource, 0, 2),
      legal: entities(legal, 0, 3),
      procedures: entities(procedure, 1, 5),
    },
    { requiredKeys: ['procedures'] },
  ) as fc.Arbitrary<CatalogData>;

/** How an entry of a block list is written. */
export const ENTITY_STYLES = [
  'block',
  'block lists',
  'flow',
  'flow over lines',
  'dash alone on its line',
  'spaces after the dash',
  'anchored',
  'anchor on the first key',
  'comments, quoted keys and a tab',
  'block scalar last',
  'indentation indicator first',
  'a key given twice',
] as const;
export type EntityStyle = (typeof ENTITY_STYLES)[number];

/** How a list of entities is written. */
export const SECTION_STYLES = ['block', 'block at the column of its key', 'flow on one line', 'flow over lines', 'flow going left of its entry'] as const;
export type SectionStyle = (typeof SECTION_STYLES)[number];

export const MARKERS = ['none', 'directive and start', 'end marker', 'empty second document', 'second document'] as const;

export interface YamlLayout {
  sections: SectionStyle[];
  entities: EntityStyle[];
  /** Repeated string values are written as aliases of their first use, anchored there. */
  aliases: boolean;
  /** The last procedure of a block list is an alias of a mapping written before the lists, under a key of its own. */
  aliasEntry: boolean;
  crlf: boolean;
  bom: boolean;
  markers: (typeof MARKERS)[number];
  /** About this many characters of comment lines after the data, making the file much longer than its entities. */
  padding: number;
}

export const yamlLayout: fc.Arbitrary<YamlLayout> = fc.record({
  sections: fc.array(fc.constantFrom(...SECTION_STYLES), { minLength: 1, maxLength: 5 }),
  // An anchor before the first key makes the entry's text alone not parse: the whole file is parsed then, a case seldom worth drawing.
  entities: fc.array(fc.oneof({ arbitrary: fc.constantFrom(...ENTITY_STYLES.filter((s) => s !== 'anchor on the first key')), weight: 30 }, { arbitrary: fc.constant('anchor on the first key' as const), weight: 1 }), {
    minLength: 1,
    maxLength: 8,
  }),
  aliases: fc.boolean(),
  aliasEntry: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  markers: fc.constantFrom(...MARKERS),
  padding: fc.constantFrom(0, 20_000, 20_000),
});

const PLAIN = /^[A-Za-z][A-Za-z0-9-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;

/** Writes scalars, anchoring a repeated string's first use and aliasing the others when asked. */
class Writer {
  private readonly anchors = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private next = 0;

  constructor(
    readonly aliases: boolean,
    data: CatalogData,
  ) {
    if (aliases) this.count(data as Value);
  }

  private count(v: Value): void {
    if (typeof v === 'string') this.counts.set(v, (this.counts.get(v) ?? 0) + 1);
    else if (Array.isArray(v)) v.forEach((x) => this.count(x));
    else if (v !== null && typeof v === 'object') Object.values(v).forEach((x) => this.count(x));
  }

  /** A name for an anchor, not used before in the file. */
  anchor(): string {
    return `a${this.next++}`;
  }

  scalar(v: string | number | boolean | null): string {
    if (typeof v !== 'string') return String(v);
    const text = PLAIN.test(v) && !RESERVED.test(v) ? v : JSON.stringify(v);
    if (!this.aliases || (this.counts.get(v) ?? 0) < 2) return text;
    const anchor = this.anchors.get(v);
    if (anchor !== undefined) return `*${anchor}`;
    const made = this.anchor();
    this.anchors.set(v, made);
    return `&${made} ${text}`;
  }

  flow(v: Value): string {
    if (Array.isArray(v)) return `[${v.map((x) => this.flow(x)).join(', ')}]`;
    if (v !== null && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${this.flow(x)}`).join(', ')} }`;
    return this.scalar(v);
  }

  /** `key: value` lines of a mapping at `indent`, lists of mappings as block lists; `blockLists`: every list as one. */
  pairs(e: Entity, indent: number, blockLists: boolean, key: (k: string) => string = (k) => k): string[] {
    const pad = ' '.repeat(indent);
    const out: string[] = [];
    for (const [k, v] of Object.entries(e)) {
      const many = Array.isArray(v) && v.length > 0 && (blockLists || v.some((x) => x !== null && typeof x === 'object'));
      if (!many) {
        out.push(`${pad}${key(k)}: ${this.flow(v)}`);
        continue;
      }
      out.push(`${pad}${key(k)}:`);
      for (const item of v as Value[]) {
        if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length > 0) {
          const lines = this.pairs(item, indent + 4, blockLists);
          out.push(`${pad}  - ${lines[0].trimStart()}`, ...lines.slice(1));
        } else {
          out.push(`${pad}  - ${this.flow(item)}`);
        }
      }
    }
    return out;
  }
}

/** An entry of a block list whose dash is at `indent`. */
function blockEntity(w: Writer, e: Entity, indent: number, style: EntityStyle): string[] {
  const pad = ' '.repeat(indent);
  const inner = (at: number, blockLists = false) => w.pairs(e, at, blockLists);
  const onDash = (lines: string[], dash = '- ') => [`${pad}${dash}${lines[0].trimStart()}`, ...lines.slice(1)];
  switch (style) {
    case 'block':
      return onDash(inner(indent + 2));
    case 'block lists':
      return onDash(inner(indent + 2, true));
    case 'flow':
      return [`${pad}- ${w.flow(e)}`];
    case 'flow over lines': {
      const entries = Object.entries(e).map(([k, v]) => `${k}: ${w.flow(v)}`);
      return entries.map((text, i) => `${i === 0 ? `${pad}- {` : `${pad}    `}${text}${i === entries.length - 1 ? '}' : ','}`);
    }
    case 'dash alone on its line':
      return [`${pad}-`, ...inner(indent + 2)];
    case 'spaces after the dash':
      return onDash(inner(indent + 4), '-   ');
    case 'anchored':
      return [`${pad}- &${w.anchor()}`, ...inner(indent + 2)];
    case 'anchor on the first key':
      return onDash(inner(indent + 2), `- &${w.anchor()} `);
    case 'comments, quoted keys and a tab': {
      const lines = w.pairs(e, indent + 2, false, (k) => (k.length % 2 === 0 ? `"${k}"` : `'${k}'`));
      const out = [`${pad}# ${Object.keys(e)[0]}`, `${pad}- ${lines[0].trimStart()} # first`];
      for (const line of lines.slice(1)) out.push(`${pad}  # between`, line.replace(/^(\s*['"][a-z_]+['"]):(?= [[{]|$)/, '$1:\t'));
      out.push(`${pad}  # after it`);
      return out;
    }
    case 'block scalar last':
      return [...onDash(inner(indent + 2)), `${pad}  note: |`, `${pad}    text`, '', `${pad}      more text`, ''];
    case 'indentation indicator first':
      return [`${pad}- note: |2`, `${pad}     text`, ...inner(indent + 2)];
    case 'a key given twice': {
      const [first] = Object.keys(e);
      const lines = inner(indent + 2);
      return onDash([`${' '.repeat(indent + 2)}${first}: ${w.flow(['twice'])}`, ...lines]);
    }
  }
}

function section(w: Writer, name: string, entities: Entity[], style: SectionStyle, styles: EntityStyle[], first: number, alias?: string): string[] {
  if (entities.length === 0) return [`${name}: []`];
  switch (style) {
    case 'block':
    case 'block at the column of its key': {
      const indent = style === 'block' ? 2 : 0;
      const own = alias === undefined ? entities : entities.slice(0, -1);
      const lines = own.flatMap((e, i) => blockEntity(w, e, indent, styles[(first + i) % styles.length]));
      return [`${name}:`, ...lines, ...(alias === undefined ? [] : [`${' '.repeat(indent)}- *${alias}`])];
    }
    case 'flow on one line':
      return [`${name}: [${entities.map((e) => w.flow(e)).join(', ')}]`];
    case 'flow over lines':
      return [`${name}: [`, ...entities.map((e, i) => `  ${w.flow(e)}${i < entities.length - 1 ? ',' : ''}`), ']'];
    case 'flow going left of its entry': {
      // Each entry starts on the line of the one before, and goes on at the left.
      const parts = entities.map((e) => `{${Object.entries(e).map(([k, v]) => `${k}: ${w.flow(v)}`).join(',\n ')}}`);
      return [`${name}: [${parts.join(', ')}]`];
    }
  }
}

/** A catalog file's data written as YAML in `layout`. */
export function writeYaml(data: CatalogData, layout: YamlLayout): string {
  const w = new Writer(layout.aliases, data);
  const lines: string[] = [];
  if (layout.markers === 'directive and start') lines.push('%YAML 1.2', '---');
  if (data.catalog !== undefined) lines.push('catalog:', ...w.pairs(data.catalog, 2, false));
  const styleOf = (k: number) => layout.sections[k % layout.sections.length];
  const procedures = data.procedures ?? [];
  let alias: string | undefined;
  if (layout.aliasEntry && procedures.length > 0 && styleOf(SECTIONS.indexOf('procedures')).startsWith('block')) {
    alias = w.anchor();
    lines.push(`kept: &${alias} ${w.flow(procedures[procedures.length - 1])}`);
  }
  let first = 0;
  SECTIONS.forEach((name, k) => {
    const entities = data[name];
    if (entities === undefined) return;
    lines.push(...section(w, name, entities, styleOf(k), layout.entities, first, name === 'procedures' ? alias : undefined));
    first += entities.length;
  });
  for (let n = 0; n < layout.padding; n += 40) lines.push('# ' + 'padding '.repeat(4).trimEnd());
  if (layout.markers === 'end marker') lines.push('...');
  if (layout.markers === 'empty second document') lines.push('---', '# nothing more');
  if (layout.markers === 'second document') lines.push('---', 'procedures: []');
  const text = `${lines.join('\n')}\n`;
  return `${layout.bom ? '\ufeff' : ''}${layout.crlf ? text.replace(/\n/g, '\r\n') : text}`;
}

/** A catalog file's data as a .json file: strict JSON, or YAML flow that JSON.parse refuses (unquoted keys, a trailing comma). */
export function writeJson(data: CatalogData, strict: boolean): string {
  if (strict) return `${JSON.stringify(data, null, 2)}\n`;
  const w = new Writer(false, data);
  const entries = Object.entries(data).map(([k, v]) => (Array.isArray(v) ? `${k}: [\n${v.map((e) => `  ${w.flow(e)},`).join('\n')}\n]` : `${k}: ${w.flow(v as Value)}`));
  return `{\n${entries.join(',\n')}\n}\n`;
}
