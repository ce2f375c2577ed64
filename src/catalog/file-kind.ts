/**
 * What a file read by the loader's machinery is: a catalog file, or a file a command reads
 * beside the catalog (a reform, a baseline). Diagnostics of its text name it so.
 */
export type FileKind = 'catalog' | 'reform' | 'baseline';

/** The kind at the start of a sentence: "Catalog", "Reform", "Baseline". */
export function kindTitle(kind: FileKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
