import { entityLabel, formatPath } from '../diagnostics/describe-path.js';
import type { SourceLocation } from '../diagnostics/types.js';
import { entityId, entityKey } from './entity-keys.js';
import type { Origins } from './merge-files.js';
import type { ParsedSource } from './parse-file.js';
import type { Catalog, Section } from './types.js';

export type SubPath = (string | number)[];

/** A list of entities, or `catalog` for the catalog settings. */
export type Place = Section | 'catalog';

/** What the checks of a merged catalog share: the catalog, where each entity came from. */
export class CheckContext {
  constructor(
    readonly catalog: Catalog,
    readonly origins: Origins,
    readonly files: readonly ParsedSource[],
    readonly strict: boolean,
  ) {
    const meta = catalog.catalog;
    this.metaFile = meta === undefined ? -1 : files.findIndex((f) => f.data?.catalog === meta);
  }

  /** The file that set `catalog:`, or -1. */
  readonly metaFile: number;

  /**
   * The location of a part of an entity (`sub` is the path inside it), or of the catalog
   * settings. In a YAML file whose syntax tree is no longer held, a part of an entity is
   * found by parsing only the entity's own text, found where the per-file step saw the
   * entity (its entity location), not the whole file (see `SourceIndex.locateWithin`).
   */
  locate(section: Place, i: number, sub: SubPath = [], target: 'value' | 'key' = 'value'): SourceLocation | undefined {
    if (section === 'catalog') {
      const meta = this.files[this.metaFile];
      const path = ['catalog', ...sub];
      if (!meta) return undefined;
      return meta.source ? meta.source.locate(path, target) : { file: meta.file, line: 1, column: 1, path };
    }
    const origin = this.origins[section][i];
    const file = this.files[origin.file];
    if (!file) return undefined;
    const path = [section, origin.index, ...sub];
    if (!file.source) return { file: file.file, line: 1, column: 1, path };
    // Of an id defined twice in the file, the location is the first definition's: `locateWithin` then parses the whole file.
    return file.source.locateWithin(path, target, () => {
      const id = entityId(section, this.catalog[section][i]);
      return id === undefined ? undefined : file.locations[entityKey(section, id)];
    });
  }

  /** "procedure '1.001193'" */
  label(section: Place, i: number): string {
    if (section === 'catalog') return 'the catalog settings';
    return entityLabel(section, this.catalog[section][i], this.origins[section][i].index);
  }

  /** "In procedure '1.001193', `requires[0].document`", or "Procedure '1.001193'". */
  subject(section: Place, i: number, sub: SubPath = []): string {
    const label = this.label(section, i);
    if (sub.length === 0) return label.charAt(0).toUpperCase() + label.slice(1);
    return `In ${label}, \`${formatPath(sub)}\``;
  }

  /** "a.yaml:12:5" */
  where(loc: SourceLocation | undefined): string {
    return loc ? `${loc.file}:${loc.line}:${loc.column}` : 'another file';
  }
}
