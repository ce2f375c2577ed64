import type { SourceLocation } from '../diagnostics/types.js';
import type { EntityLocations } from './load-types.js';
import { pushAll } from '../util/push-all.js';

/**
 * Entity locations as the cache stores them: one flat list instead of one object per
 * entity, with file names listed once. Each entity is `key, file, line, column, endLine,
 * endColumn, pathLength, ...path` (end 0 when absent), less than half the size of the
 * objects in JSON. Maps whose locations have any other shape are stored as they are.
 */
export type StoredLocations = { files: string[]; rows: (string | number)[] } | { plain: EntityLocations };

const SHORT = 'file,line,column,path';
const LONG = 'file,line,column,path,endLine,endColumn';

export function encodeLocations(locations: EntityLocations): StoredLocations {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const rows: (string | number)[] = [];
  for (const key in locations) {
    const loc = locations[key];
    const shape = Object.keys(loc).join();
    if ((shape !== SHORT && shape !== LONG) || !Array.isArray(loc.path) || (shape === LONG && !(loc.endLine! > 0 && loc.endColumn! > 0))) {
      return { plain: locations };
    }
    let f = fileIndex.get(loc.file);
    if (f === undefined) {
      f = files.length;
      files.push(loc.file);
      fileIndex.set(loc.file, f);
    }
    rows.push(key, f, loc.line, loc.column, loc.endLine ?? 0, loc.endColumn ?? 0, loc.path.length);
    pushAll(rows, loc.path);
  }
  return { files, rows };
}

export function decodeLocations(stored: StoredLocations): EntityLocations {
  if ('plain' in stored) return stored.plain;
  const { files, rows } = stored;
  const out: EntityLocations = {};
  let i = 0;
  while (i < rows.length) {
    const key = rows[i] as string;
    const endLine = rows[i + 4] as number;
    const endColumn = rows[i + 5] as number;
    const n = rows[i + 6] as number;
    const loc: SourceLocation = {
      file: files[rows[i + 1] as number],
      line: rows[i + 2] as number,
      column: rows[i + 3] as number,
      path: rows.slice(i + 7, i + 7 + n),
    };
    if (endLine > 0) {
      loc.endLine = endLine;
      loc.endColumn = endColumn;
    }
    out[key] = loc;
    i += 7 + n;
  }
  return out;
}
