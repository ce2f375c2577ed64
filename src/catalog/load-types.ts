import type { Diagnostic, SourceLocation } from '../diagnostics/types.js';
import type { Catalog, CatalogFile } from './types.js';

/** Limits that keep hostile or broken input from exhausting memory or time. */
export interface LoadLimits {
  /** Largest file accepted, in bytes (UTF-16 code units for text given as a string). Default 50 MB. */
  maxFileSize?: number;
  /** Deepest nesting of mappings and lists accepted. Default 64. */
  maxDepth?: number;
  /** Most alias expansions accepted per file (yaml's `maxAliasCount`). Default 100. */
  maxAliasCount?: number;
}

export interface ParseOptions extends LoadLimits {
  /** Name used in diagnostics and locations. Default `catalog.yaml`. */
  fileName?: string;
  /**
   * Strict mode (default): references that do not resolve are errors. Lenient mode
   * (`strict: false`): they are warnings, and stay in the catalog as written so the
   * analysis can report what depends on them as `unknown`.
   */
  strict?: boolean;
  /**
   * Compute `LoadResult.locations` (default true). They are built when first read: of
   * `.json` files from their texts, scanned then and kept until then; of a YAML file
   * from the spans of its entities, noted as it is parsed (numbers and the file's line
   * index, not its text), and when a worker thread parsed it, decoded from the compact text
   * the worker sent. `false` gives none. Diagnostics are located, and a key given twice
   * in a `.json` file reported, either way.
   */
  locations?: boolean;
}

export type LoadOptions = Omit<ParseOptions, 'fileName'>;

export const DEFAULT_LIMITS: Required<LoadLimits> = {
  maxFileSize: 50 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
};

/**
 * Where each entity is defined. Keys: `catalog`, `province:HN`, `document:so-ho-khau`,
 * `data_source:csdlqg-dan-cu`, `legal:nd-104-2022`, `amendment:nd-104-2022#0`,
 * `procedure:1.001193`, `requirement:1.001193#0`. The first definition wins when an
 * id is defined twice.
 */
export type EntityLocations = Record<string, SourceLocation>;

/** What loading a catalog gives: plain, JSON-serialisable data. */
export interface LoadResult {
  /** Every file merged and normalised (see docs/diagnostics.md, "Normalisation"). */
  catalog: Catalog;
  /** Every finding, ordered by file, line and column. */
  diagnostics: Diagnostic[];
  /**
   * The catalog files, in the order they were merged: every one found, those that could not
   * be read included (a file without permission, a link that leads to no file, a file over
   * the size limit), each with its diagnostic.
   */
  files: string[];
  /** true when no diagnostic is an error. */
  ok: boolean;
  /**
   * Where each entity is defined. When a `.json` file was loaded, files were parsed in worker
   * threads, or the load came from the cache, built when first read: an enumerable accessor that keeps what it built (the result
   * still serialises and clones as data). Built from the loaded data, so read it before
   * changing the catalog's ids.
   */
  locations: EntityLocations;
}

/** One file after the per-file step: parsed, checked against the schema, normalised. */
export interface ParsedFile {
  file: string;
  /** The file's content, or undefined when it could not be read as a catalog file at all. */
  data: CatalogFile | undefined;
  diagnostics: Diagnostic[];
  locations: EntityLocations;
}

/** A file given as text (or raw bytes, decoded as strict UTF-8). */
export interface SourceFile {
  fileName: string;
  text: string | Uint8Array;
}
