import { CatalogArgumentError } from '../diagnostics/errors.js';
import type { LoadLimits } from './load-types.js';

/**
 * Throws CatalogArgumentError for options that are not an object, or a limit (`maxFileSize`,
 * `maxDepth`, `maxAliasCount`) that is not a whole number of 1 or more.
 */
export function checkOptions(options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CatalogArgumentError('The options must be an object such as { strict: false }.');
  }
  for (const name of ['maxFileSize', 'maxDepth', 'maxAliasCount'] as const) {
    const value = (options as LoadLimits)[name];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new CatalogArgumentError(`${name} must be a whole number, 1 or more; got ${JSON.stringify(value)}.`);
    }
  }
}
