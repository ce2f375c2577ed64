import { CatalogArgumentError } from '../diagnostics/errors.js';
import type { LoadLimits } from './load-types.js';
import { isLimit, shownValue } from '../util/expect-argument.js';

/**
 * Throws CatalogArgumentError for options that are not an object, or a limit (`maxFileSize`,
 * `maxDepth`, `maxAliasCount`) that is not a whole number of 1 or more or Infinity (no limit;
 * -1 too for the alias count, as yaml takes it).
 */
export function checkOptions(options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new CatalogArgumentError('INVALID_OPTIONS', 'The options must be an object such as { strict: false }.');
  }
  for (const name of ['maxFileSize', 'maxDepth', 'maxAliasCount'] as const) {
    const value = (options as LoadLimits)[name];
    // Infinity is no limit; so is -1 for the alias count, as yaml takes it.
    if (isLimit(value) || (name === 'maxAliasCount' && value === -1)) continue;
    throw new CatalogArgumentError('INVALID_LIMIT', `${name} must be a whole number, 1 or more (or Infinity: no limit); got ${shownValue(value)}.`);
  }
}
