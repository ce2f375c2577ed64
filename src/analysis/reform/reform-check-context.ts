import type { EntityLocations } from '../../catalog/load-types.js';
import { firstProvinceNamed } from '../../catalog/province-code.js';
import { ReferenceIndex, type RefKind } from '../../catalog/reference-index.js';
import type { Catalog, Legal, Province } from '../../catalog/types.js';
import { formatPath, subjectOf } from '../../diagnostics/describe-path.js';
import type { SourceLocation } from '../../diagnostics/types.js';
import { completeCatalog } from '../../graph/complete-catalog.js';
import type { SchemaError } from '../../schema/validator.js';
import { legalNumberKey } from '../../text/vietnamese.js';
import { visibleText } from '../../text/white-space.js';
import type { Reform } from './types.js';

export type Path = (string | number)[];
export type Obj = Record<string, unknown>;

/** Maps a path in the reform file to its position. */
export interface ReformLocator {
  locate(path: Path, target?: 'value' | 'key'): SourceLocation;
}

/**
 * What the checks of a reform share: the catalog's ids, the reform's entries read as plain
 * data (in a reform with schema errors, any of them may be anything), names resolved against
 * the catalog with the reform's legal documents added, and the paths the checks reported on.
 */
export class ReformCheckContext {
  readonly documents: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly provinces: readonly Province[];
  readonly provinceCodes: readonly string[];
  readonly knownProvinces: ReadonlySet<string>;
  /** The province a name such as 'Gia Lai' stands for. */
  readonly provinceNamed: (given: string) => Province | undefined;
  /** The catalog's legal ids. */
  readonly legalIds = new Map<string, string>();
  /** legalNumberKey(number) → legal id, of the catalog. */
  readonly legalNumbers = new Map<string, string>();
  /** The reform as plain data. */
  readonly data: Obj;
  /** The reform's `legal` entries, or none when it is not a list. */
  readonly newLegal: unknown[];
  /** The reform's `connect` entries, or none when it is not a list. */
  readonly connections: unknown[];
  /** Every name of the catalog and of the reform's legal documents. */
  private readonly index: ReferenceIndex;
  /** The JSON pointers of the values a check found something about. */
  private readonly reported = new Set<string>();

  constructor(
    readonly reform: Reform,
    input: Catalog,
    private readonly locator: ReformLocator | undefined,
    private readonly catalogLocations: EntityLocations | undefined,
    private readonly schemaErrors: readonly SchemaError[],
  ) {
    const catalog = completeCatalog(input);
    this.documents = new Set(catalog.documents.map((d) => d.id));
    this.sources = new Set(catalog.data_sources.map((d) => d.id));
    this.provinces = catalog.provinces;
    this.provinceCodes = this.provinces.map((p) => p.code);
    this.knownProvinces = new Set(this.provinceCodes);
    this.provinceNamed = firstProvinceNamed(this.provinces);
    for (const l of catalog.legal) {
      this.legalIds.set(l.id, l.id);
      this.legalNumbers.set(legalNumberKey(l.number), l.id);
    }
    this.data = reform as unknown as Obj;
    this.newLegal = Array.isArray(this.data.legal) ? this.data.legal : [];
    this.connections = Array.isArray(this.data.connect) ? this.data.connect : [];
    this.index = new ReferenceIndex({ ...catalog, legal: [...catalog.legal, ...(this.newLegal as Legal[])] });
  }

  /** The position of a path in the reform file, when a locator was given. */
  locate(path: Path, target?: 'value' | 'key'): SourceLocation | undefined {
    return this.locator?.locate(path, target);
  }

  /**
   * As `locate`, for the value a finding is about: the schema's finding about that value is
   * then left out ("Did you mean 'GL' (Gia Lai)?" says more than "not a province code"). A
   * finding about a whole entry uses `locate`, which leaves the schema's about the entry, such
   * as a missing field, in place.
   */
  where(path: Path, target?: 'value' | 'key'): SourceLocation | undefined {
    if (this.schemaErrors.length > 0) this.reported.add(pointer(path));
    return this.locate(path, target);
  }

  /** The schema's errors about values that no check has found something about (so far). */
  unreportedSchemaErrors(): SchemaError[] {
    return this.schemaErrors.filter((e) => !this.reported.has(e.instancePath));
  }

  /** Where the catalog defines an entity (`legal:nd-104-2022`), to point at a clashing definition. */
  catalogPlace(key: string): SourceLocation | undefined {
    return this.catalogLocations?.[key];
  }

  /** Whether `ref` (an id or a number) names a legal document of the catalog or the reform. */
  isLegal(ref: string): boolean {
    return this.index.legalId(ref) !== undefined;
  }

  /** How messages name new legal document i: by its id, or by its place when it has none. */
  legalName(i: number): string {
    return reformLegalName(this.newLegal, i);
  }

  /** "Did you mean 'a' or 'b'?" with the names of these kinds close to `value`, or ''. */
  didYouMean(value: string, kinds: readonly RefKind[]): string {
    const close = this.index.suggestions(value, kinds).map((n) => `'${visibleText(n)}'`);
    if (close.length === 0) return '';
    return `Did you mean ${close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} or ${close[close.length - 1]}`}?`;
  }
}

/** The JSON pointer of a path, as ajv writes an error's `instancePath`. */
function pointer(path: Path): string {
  return path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A name the checks look up: a non-empty string (an empty one is the schema's to report, as in a catalog). */
export const isName = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** The name at `key` of an entry, when the entry is an object and the name a non-empty string. */
export function field(entry: unknown, key: string): string | undefined {
  if (!isObject(entry)) return undefined;
  const v = entry[key];
  return isName(v) ? v : undefined;
}

/** How a reform's messages name its new legal document i: by its id, or by its place when it has none. */
export function reformLegalName(newLegal: readonly unknown[], i: number): string {
  const id = field(newLegal[i], 'id');
  return id !== undefined ? `'${visibleText(id)}'` : `the entry legal[${i}]`;
}

/**
 * The subject of a sentence about the value at `path` of a reform: an amendment of a new
 * legal document, or a place in it, is named as the reform's other findings about it name it
 * ("Amendment 1 of 'nd-999-2023'", "In amendment 1 of the entry legal[0], `effective`");
 * anything else as in a catalog (`subjectOf`).
 */
export function reformSubject(data: Obj, path: Path): string {
  const [section, i, key, j] = path;
  if (section !== 'legal' || typeof i !== 'number' || key !== 'amends' || typeof j !== 'number' || !Array.isArray(data.legal)) {
    return subjectOf(data, path);
  }
  const which = `${j + 1} of ${reformLegalName(data.legal, i)}`;
  const rest = path.slice(4);
  return rest.length === 0 ? `Amendment ${which}` : `In amendment ${which}, \`${formatPath(rest)}\``;
}
