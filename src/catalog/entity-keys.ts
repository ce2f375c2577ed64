import type { Section } from './types.js';

/** The field that names each kind of entity. */
export const ID_FIELDS: Record<Section, 'id' | 'code'> = {
  provinces: 'code',
  documents: 'id',
  data_sources: 'id',
  legal: 'id',
  procedures: 'code',
};

const KEY_PREFIX: Record<Section, string> = {
  provinces: 'province',
  documents: 'document',
  data_sources: 'data_source',
  legal: 'legal',
  procedures: 'procedure',
};

/** The key of an entity in `LoadResult.locations`: `procedure:1.001193`, `document:so-ho-khau`… */
export function entityKey(section: Section, id: string): string {
  return `${KEY_PREFIX[section]}:${id}`;
}

/** `requirement:1.001193#0` or `amendment:nd-104-2022#2`. */
export function partKey(section: Section, id: string, index: number): string | undefined {
  if (section === 'procedures') return `requirement:${id}#${index}`;
  if (section === 'legal') return `amendment:${id}#${index}`;
  return undefined;
}

/** The id of an entity, when it has a usable one. */
export function entityId(section: Section, entity: unknown): string | undefined {
  if (entity === null || typeof entity !== 'object') return undefined;
  const id = (entity as Record<string, unknown>)[ID_FIELDS[section]];
  return typeof id === 'string' && id !== '' ? id : undefined;
}
