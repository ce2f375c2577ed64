// Set when the package is built (tsup.config.ts); absent when the sources run unbuilt.
declare const __TTHC_VERSION__: string | undefined;
declare const __TTHC_SOURCES__: string | undefined;

/** The package version of the running build; `0.0.0-dev` when run unbuilt. */
export const VERSION = typeof __TTHC_VERSION__ === 'string' ? __TTHC_VERSION__ : '0.0.0-dev';

/** A digest of the sources the running build was made from (`scripts/source-digest.mjs`); `source` when run unbuilt. */
export const SOURCES = typeof __TTHC_SOURCES__ === 'string' ? __TTHC_SOURCES__ : 'source';
