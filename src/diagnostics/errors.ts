/**
 * Why a catalog, reform or baseline path cannot be read: none given (or not a string),
 * nothing there, no permission or another error of the file system, a directory with no
 * catalog file, or something that is neither a file nor a directory (a reform or baseline
 * path must be a file), and for a reform or baseline file, over the size limit.
 */
export type PathErrorCode = 'NO_PATH' | 'NOT_FOUND' | 'UNREADABLE' | 'NO_CATALOG_FILES' | 'NOT_A_FILE' | 'TOO_LARGE';

/** The code of a file system error: NOT_FOUND for a path that does not exist, UNREADABLE otherwise. */
export function pathErrorCode(e: unknown): 'NOT_FOUND' | 'UNREADABLE' {
  return (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
}

/** What a file system error says of a path, to follow its name: "does not exist", "cannot be read (permission denied)"… */
export function pathReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? (e instanceof Error ? e.message : String(e))})`;
}

/** A path a loader was given that cannot be read: the path as given, a hint, and a stable code. */
export abstract class InputPathError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly hint?: string,
    /** Stable code (see `PathErrorCode`): which of them a loader throws is said by its error's class. */
    readonly code: PathErrorCode = 'UNREADABLE',
  ) {
    super(message);
  }
}

/** Thrown by `loadCatalog` when the path given cannot be read as a catalog (NO_PATH, NOT_FOUND, UNREADABLE, NO_CATALOG_FILES, NOT_A_FILE). The CLI exits 2. */
export class CatalogPathError extends InputPathError {
  override readonly name = 'CatalogPathError';
}

/**
 * What is wrong with the arguments of a loader or parser: the text, files or file name are
 * not of the kind it reads, the options are not an object, or a limit is not a whole number.
 */
export type CatalogArgumentErrorCode = 'WRONG_ARGUMENT' | 'INVALID_OPTIONS' | 'INVALID_LIMIT';

/** Thrown when a loader or parser (parseCatalog, parseCatalogFiles, parseFile, parseReform) is called with arguments of the wrong kind. */
export class CatalogArgumentError extends TypeError {
  override readonly name = 'CatalogArgumentError';
  constructor(
    /** Stable code: WRONG_ARGUMENT, INVALID_OPTIONS, INVALID_LIMIT. */
    readonly code: CatalogArgumentErrorCode,
    message: string,
  ) {
    super(message);
  }
}
