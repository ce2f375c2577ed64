import type { EntityLocations } from '../../catalog/load-types.js';
import type { Catalog } from '../../catalog/types.js';
import type { Diagnostic, SourceLocation } from '../../diagnostics/types.js';
import { checkDates, reformDateFields } from '../../catalog/check-dates.js';
import { schemaDiagnostics } from '../../schema/map-schema-errors.js';
import { validateReformFile } from './reform-schema.js';
import type { SchemaError } from '../../schema/validator.js';
import { NotAReformError, type Reform } from './types.js';
import { shownValue } from '../../util/expect-argument.js';
import { pushAll } from '../../util/push-all.js';
import { ReformCheckContext, reformSubject, type Path } from './reform-check-context.js';
import { amendmentFindings, newLegalFindings } from './check-reform-legal.js';
import { connectionFindings } from './check-reform-connections.js';

export interface CheckReformOptions {
  /** Maps a path in the reform file to its position; without it diagnostics carry no location. */
  locator?: { locate(path: Path, target?: 'value' | 'key'): SourceLocation };
  /** Where the catalog's entities are defined, to point at a clashing definition. */
  catalogLocations?: EntityLocations;
  /**
   * The reform's form (the reform schema) and dates were checked already, as `parseReform`
   * does on the file (default false: they are checked here).
   */
  validated?: boolean;
}

/**
 * Checks a reform against the catalog it is applied to: new legal ids and numbers must not
 * clash with the catalog's (or repeat within the reform); amended provisions must name a
 * legal document of the catalog or the reform (by id or number); scopes must name a
 * document, `accept` documents or data sources, connections a data source and a province
 * of the catalog. Every unresolved name gets a "did you mean". A reform not in the reform
 * format gets the schema's findings, and these checks on every name that can be read in it.
 * A reform with no errors here can be given to `applyReform`.
 */
export function checkReform(reform: Reform, input: Catalog, options: CheckReformOptions = {}): Diagnostic[] {
  if (reform === null || typeof reform !== 'object' || Array.isArray(reform)) {
    throw new NotAReformError(`Expected a reform object such as { connect: [{ data_source, province, from }] } (the \`reform\` parseReform returns), not ${describe(reform)}.`);
  }
  if ('diagnostics' in reform && 'reform' in reform) {
    throw new NotAReformError('Expected a reform object, but this is what parseReform or loadReform returns: pass its `reform` (const { reform } = parseReform(text)).');
  }
  const schemaErrors = options.validated ? [] : validateReformFile(reform);
  const locate = (path: Path, target?: 'value' | 'key') => options.locator?.locate(path, target);
  const schemaFindings = (errors: SchemaError[]) =>
    schemaDiagnostics(errors, reform, { locate: (path, target) => locate(path, target)!, sourceText: () => undefined });
  return reformFindings(reform, input, { ...options, checkDates: !options.validated }, schemaErrors, schemaFindings);
}

/** What `reformFindings` needs besides the reform and the catalog. */
export interface ReformFindingsOptions extends Omit<CheckReformOptions, 'validated'> {
  /** Check the reform's dates too (`checkDates`), where the caller has not. */
  checkDates: boolean;
}

/**
 * checkReform's checks, on a reform whose schema errors are known (`parseReform` has them
 * from the file). As the catalog's checks, they read the reform value by value: every id,
 * number and reference that is a non-empty string is checked, in entries with schema errors
 * too, and whatever is not such a value is left to the schema's findings, so a malformed
 * entry never stops the checks of the others. Returns the schema's findings (made by
 * `schemaFindings`), less those about a value a check says more about, then the checks'.
 */
export function reformFindings(
  reform: Reform,
  input: Catalog,
  options: ReformFindingsOptions,
  schemaErrors: SchemaError[],
  schemaFindings: (errors: SchemaError[]) => Diagnostic[],
): Diagnostic[] {
  const ctx = new ReformCheckContext(reform, input, options.locator, options.catalogLocations, schemaErrors);
  const out = newLegalFindings(ctx);
  pushAll(out, amendmentFindings(ctx));
  if (options.checkDates) pushAll(out, checkDates(ctx.data, { locate: (path) => ctx.where(path) }, reformDateFields(ctx.data), (path) => reformSubject(ctx.data, path)));
  pushAll(out, connectionFindings(ctx));
  // Asked last: the checks above decide which of the schema's findings they say more about.
  return [...schemaFindings(ctx.unreportedSchemaErrors()), ...out];
}

/** How a refused argument is named: `undefined`, `a list`, `number 7`. */
function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : `${typeof value} ${shownValue(value)}`;
}
