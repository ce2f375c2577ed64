import { isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import type { SourceLocation } from '../diagnostics/types.js';
import type { EntityLocations } from './load-types.js';
import { entityId, entityKey, partKey } from './entity-keys.js';
import type { JsonScan } from './scan-json.js';
import type { SourceIndex } from './source-index.js';
import { SECTIONS } from './types.js';
import type { Section } from './types.js';

type Obj = Record<string, unknown>;

const SUB_LIST: Partial<Record<Section, string>> = { procedures: 'requires', legal: 'amends' };

function add(out: EntityLocations, key: string, make: () => SourceLocation): void {
  if (!(key in out)) out[key] = make();
}

/** Where the items of one section's list are, as `yamlEntitySpans` found them. */
interface SectionSpans {
  section: Section;
  /** Per item with a range: its index, start and trimmed end. */
  items: number[];
  /** Per part of an item's sub-list (`requires`, `amends`): the item's index, the part's, its start and trimmed end. */
  parts: number[];
}

/**
 * The spans of a YAML file's entities, read from its parsed document: numbers only, so that
 * the locations can be built later (`yamlSpanLocations`) without the document or the text.
 */
export interface YamlEntitySpans {
  /** Start and trimmed end of `catalog:`'s value, and where it comes among the sections. */
  catalog?: { at: number; start: number; stop: number };
  sections: SectionSpans[];
}

export function yamlEntitySpans(doc: Document.Parsed, source: SourceIndex): YamlEntitySpans {
  const out: YamlEntitySpans = { sections: [] };
  const root = doc.contents;
  if (!isMap(root)) return out;
  for (const pair of root.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const node = pair.value as Node | null;
    if (name === 'catalog' && node?.range) {
      const [start, end] = node.range;
      out.catalog ??= { at: out.sections.length, start, stop: source.trimmedEnd(start, end) };
      continue;
    }
    if (!(SECTIONS as readonly string[]).includes(name) || !isSeq(node)) continue;
    const section = name as Section;
    const sub = SUB_LIST[section];
    const spans: SectionSpans = { section, items: [], parts: [] };
    out.sections.push(spans);
    node.items.forEach((item, i) => {
      const range = (item as Node | null)?.range;
      if (!range) return;
      spans.items.push(i, range[0], source.trimmedEnd(range[0], range[1]));
      if (!sub || !isMap(item)) return;
      const list = item.items.find((p) => isScalar(p.key) && p.key.value === sub)?.value;
      if (!isSeq(list)) return;
      list.items.forEach((part, j) => {
        const r = (part as Node | null)?.range;
        if (r) spans.parts.push(i, j, r[0], source.trimmedEnd(r[0], r[1]));
      });
    });
  }
  return out;
}

/** The locations of a YAML file's entities from their spans, keyed by the ids in `data`. */
export function yamlSpanLocations(spans: YamlEntitySpans, data: Obj, at: (offset: number, path: (string | number)[], stop: number) => SourceLocation): EntityLocations {
  const out: EntityLocations = {};
  const meta = spans.catalog;
  spans.sections.forEach((s, k) => {
    if (meta?.at === k) add(out, 'catalog', () => at(meta.start, ['catalog'], meta.stop));
    const entities = data[s.section];
    if (!Array.isArray(entities)) return;
    const sub = SUB_LIST[s.section];
    let p = 0;
    for (let n = 0; n < s.items.length; n += 3) {
      const i = s.items[n];
      const id = entityId(s.section, entities[i]);
      // The parts of the items before this one, or of this one when it has no id.
      while (p < s.parts.length && s.parts[p] < i) p += 4;
      if (id === undefined) continue;
      add(out, entityKey(s.section, id), () => at(s.items[n + 1], [s.section, i], s.items[n + 2]));
      for (; p < s.parts.length && s.parts[p] === i; p += 4) {
        const j = s.parts[p + 1];
        const key = partKey(s.section, id, j);
        if (key) add(out, key, () => at(s.parts[p + 2], [s.section, i, sub as string, j], s.parts[p + 3]));
      }
    }
  });
  if (meta !== undefined && meta.at === spans.sections.length) add(out, 'catalog', () => at(meta.start, ['catalog'], meta.stop));
  return out;
}

/** Where every entity of a JSON file starts, from the offsets the scan found. */
export function jsonEntityLocations(scan: JsonScan, data: Obj, source: SourceIndex): EntityLocations {
  const out: EntityLocations = {};
  const meta = scan.top.get('catalog');
  if (data.catalog !== undefined && meta !== undefined) add(out, 'catalog', () => source.at(meta, ['catalog']));
  for (const section of SECTIONS) {
    const entities = data[section];
    const offsets = scan.items.get(section);
    if (!Array.isArray(entities) || !offsets) continue;
    const sub = SUB_LIST[section];
    const subOffsets = scan.subItems.get(section);
    for (let i = 0; i < entities.length && i < offsets.length; i++) {
      const id = entityId(section, entities[i]);
      if (id === undefined) continue;
      add(out, entityKey(section, id), () => source.at(offsets[i], [section, i]));
      const parts = sub ? subOffsets?.get(i) : undefined;
      if (!sub || !parts) continue;
      parts.forEach((offset, j) => {
        const key = partKey(section, id, j);
        if (key) add(out, key, () => source.at(offset, [section, i, sub, j]));
      });
    }
  }
  return out;
}
