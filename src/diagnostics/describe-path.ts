import { visibleText } from '../text/white-space.js';

/** Keys and indexes from a file's root to a value. */
export type DataPath = readonly (string | number)[];

const SINGULAR: Record<string, string> = {
  provinces: 'province',
  documents: 'document',
  data_sources: 'data source',
  legal: 'legal document',
  procedures: 'procedure',
};

const ID_FIELD: Record<string, string> = {
  provinces: 'code',
  documents: 'id',
  data_sources: 'id',
  legal: 'id',
  procedures: 'code',
};

/** `procedures[3].requires[0].basis` */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function at(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Array.isArray(v) ? v[seg as number] : Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<string, unknown>)[seg] : undefined;
  }
  return v;
}

/** "procedure '1.001193'", or "the entry procedures[3]" when the entity has no usable id. */
export function entityLabel(section: string, entity: unknown, index: number): string {
  const kind = SINGULAR[section];
  const idField = ID_FIELD[section];
  if (kind && idField && entity && typeof entity === 'object' && !Array.isArray(entity)) {
    const id = (entity as Record<string, unknown>)[idField];
    if (typeof id === 'string' && id !== '') return `${kind} '${visibleText(id)}'`;
  }
  return `the entry ${section}[${index}]`;
}

/** The entity a path lies in and the rest of the path inside it. */
export function splitPath(data: unknown, path: DataPath): { entity?: string; field?: string } {
  if (path.length === 0) return {};
  const [section, index] = path;
  if (section === 'catalog') {
    return { entity: 'the catalog settings', field: path.length > 1 ? formatPath(path.slice(1)) : undefined };
  }
  if (typeof section === 'string' && SINGULAR[section] && typeof index === 'number') {
    const entity = entityLabel(section, at(data, [section, index]), index);
    return { entity, field: path.length > 2 ? formatPath(path.slice(2)) : undefined };
  }
  return { field: formatPath(path) };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The subject of a sentence about the value at `path`: "In procedure '1.001193',
 * `requires[0].basis`", "Procedure '1.001193'", "`procedures`", or "The file".
 */
export function subjectOf(data: unknown, path: DataPath): string {
  const { entity, field } = splitPath(data, path);
  if (entity && field) return `In ${entity}, \`${field}\``;
  if (entity) return capitalize(entity);
  if (field) return `\`${field}\``;
  return 'The file';
}
