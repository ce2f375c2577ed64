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

  /** The location of a part of an entity (`sub` is the path inside it). */
  locate(section: Place, i: number, sub: SubPath = [], target: 'value' | 'key' = 'value'): SourceLocation | undefined {
    let fileIndex: number;
    let path: SubPath;
    if (section === 'catalog') {
      fileIndex = this.metaFile;
      path = ['catalog', ...sub];
    } else {
      const origin = this.origins[section][i];
      fileIndex = origin.file;
      path = [section, origin.index, ...sub];
    }
    const file = this.files[fileIndex];
    if (!file) return undefined;
    return file.source ? file.source.locate(path, target) : { file: file.file, line: 1, column: 1, path };
  }

  /**
   * As `locate`, for a finding said once for the whole catalog: of a YAML file whose syntax
   * tree is no longer held, only the entity's own text is parsed, found where the per-file
   * step saw the entity (its entity location), not the whole file.
   */
  locateInEntity(section: Section, i: number, sub: SubPath = [], target: 'value' | 'key' = 'value'): SourceLocation | undefined {
    const origin = this.origins[section][i];
    const file = this.files[origin.file];
    if (!file?.source) return this.locate(section, i, sub, target);
    const id = entityId(section, this.catalog[section][i]);
    // Of an id defined twice in the file, the location is the first definition's: `locateWithin` then parses the whole file.
    return file.source.locateWithin([section, origin.index, ...sub], target, () => (id === undefined ? undefined : file.locations[entityKey(section, id)]));
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
