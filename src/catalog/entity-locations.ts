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

/** Where every entity of a YAML file starts, from its parsed document. */
export function yamlEntityLocations(doc: Document.Parsed, data: Obj, source: SourceIndex): EntityLocations {
  const out: EntityLocations = {};
  const root = doc.contents;
  if (!isMap(root)) return out;
  for (const pair of root.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const node = pair.value as Node | null;
    if (name === 'catalog' && node?.range) {
      add(out, 'catalog', () => source.at(node.range![0], ['catalog'], node.range![1]));
      continue;
    }
    if (!(SECTIONS as readonly string[]).includes(name) || !isSeq(node)) continue;
    const section = name as Section;
    const entities = data[section];
    if (!Array.isArray(entities)) continue;
    const sub = SUB_LIST[section];
    node.items.forEach((item, i) => {
      const id = entityId(section, entities[i]);
      const range = (item as Node | null)?.range;
      if (id === undefined || !range) return;
      add(out, entityKey(section, id), () => source.at(range[0], [section, i], range[1]));
      if (!sub || !isMap(item)) return;
      const list = item.items.find((p) => isScalar(p.key) && p.key.value === sub)?.value;
      if (!isSeq(list)) return;
      list.items.forEach((part, j) => {
        const r = (part as Node | null)?.range;
        const key = partKey(section, id, j);
        if (r && key) add(out, key, () => source.at(r[0], [section, i, sub, j], r[1]));
      });
    });
  }
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
