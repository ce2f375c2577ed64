import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { EntityLocations, ParsedFile } from './load-types.js';
import type { ParsedSource } from './parse-file.js';
import type { Catalog, Section } from './types.js';
import { SECTIONS, emptyCatalog } from './types.js';

/** Where an entity of the merged catalog came from: which file, which item of its list. */
export interface Origin {
  file: number;
  index: number;
}

export type Origins = Record<Section, Origin[]>;

export interface Merged {
  catalog: Catalog;
  origins: Origins;
  diagnostics: Diagnostic[];
}

/** The files' entity locations in one map: of a key given in several files, the first file's. */
export function mergeLocations(files: readonly Pick<ParsedFile, 'data' | 'locations'>[]): EntityLocations {
  // One file (the usual national JSON): its locations are the catalog's, no copy needed.
  if (files.length === 1) return files[0].locations;
  const locations: EntityLocations = {};
  for (const f of files) {
    if (f.data === undefined) continue;
    const own = f.locations;
    for (const key in own) if (!(key in locations)) locations[key] = own[key];
  }
  return locations;
}

/**
 * Concatenates the files' lists in file order. `catalog:` is taken from the first file
 * that sets it; a second one is an error naming both.
 */
export function mergeFiles(files: readonly ParsedSource[]): Merged {
  const catalog = emptyCatalog();
  const origins = { provinces: [], documents: [], data_sources: [], legal: [], procedures: [] } as Origins;
  const diagnostics: Diagnostic[] = [];
  let metaFile = -1;
  files.forEach((f, fileIndex) => {
    const data = f.data as Record<string, unknown> | undefined;
    if (!data) return;
    if (data.catalog !== undefined) {
      if (metaFile === -1) {
        metaFile = fileIndex;
        catalog.catalog = data.catalog as Catalog['catalog'];
      } else {
        const first = files[metaFile].source?.locate(['catalog'], 'key');
        diagnostics.push(
          createDiagnostic('DUPLICATE_CATALOG', {
            message: `\`catalog:\` is set again here; it is already set in ${files[metaFile].file}${first ? `:${first.line}` : ''}.`,
            hint: 'Keep the catalog settings (name, cutoff, reported) in one file only.',
            location: f.source?.locate(['catalog'], 'key'),
            related: first ? [{ message: 'first set here', location: first }] : [],
          }),
        );
      }
    }
    for (const section of SECTIONS) {
      const list = data[section];
      if (!Array.isArray(list)) continue;
      const target = catalog[section] as unknown[];
      for (let i = 0; i < list.length; i++) {
        target.push(list[i]);
        origins[section].push({ file: fileIndex, index: i });
      }
    }
  });
  // The settings first, as in a catalog file, when the catalog is written out again.
  const ordered: Catalog = catalog.catalog ? { catalog: catalog.catalog, ...catalog } : catalog;
  return { catalog: ordered, origins, diagnostics };
}
