import { createDiagnostic } from '../diagnostics/create.js';
import { subjectOf } from '../diagnostics/describe-path.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/types.js';
import { calendarDateProblem } from './iso-date.js';

type Obj = Record<string, unknown>;
type Path = (string | number)[];

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Every place of a catalog file that holds a date, with its path. */
export function* dateFields(data: Obj): Generator<{ path: Path; value: unknown }> {
  const meta = data.catalog;
  if (isObj(meta)) {
    yield { path: ['catalog', 'cutoff'], value: meta.cutoff };
    for (const [i, r] of list(meta.reported).entries()) if (isObj(r)) yield { path: ['catalog', 'reported', i, 'date'], value: r.date };
  }
  for (const [i, d] of list(data.documents).entries()) if (isObj(d)) yield { path: ['documents', i, 'valid_until'], value: d.valid_until };
  for (const [i, s] of list(data.data_sources).entries()) {
    if (!isObj(s)) continue;
    yield { path: ['data_sources', i, 'available_from'], value: s.available_from };
    if (isObj(s.provinces)) for (const [k, v] of Object.entries(s.provinces)) yield { path: ['data_sources', i, 'provinces', k], value: v };
  }
  for (const [i, l] of list(data.legal).entries()) {
    if (!isObj(l)) continue;
    for (const f of ['issued', 'effective', 'expires']) yield { path: ['legal', i, f], value: l[f] };
    for (const [j, a] of list(l.amends).entries()) if (isObj(a)) yield { path: ['legal', i, 'amends', j, 'effective'], value: a.effective };
  }
}

/** Every place of a reform file that holds a date: its legal documents' (as in a catalog) and its connections' `from`. */
export function* reformDateFields(data: Obj): Generator<{ path: Path; value: unknown }> {
  yield* dateFields({ legal: data.legal });
  for (const [i, c] of list(data.connect).entries()) if (isObj(c)) yield { path: ['connect', i, 'from'], value: c.from };
}

/**
 * Dates written YYYY-MM-DD that do not exist (2022-02-30, 2023-02-29), among `fields` (a
 * catalog file's by default), each finding's message beginning with `subject` of its path
 * (a catalog's `subjectOf` by default). Dates of another form are the schema's to report.
 */
export function checkDates(
  data: Obj,
  locator: { locate(path: Path): SourceLocation | undefined },
  fields = dateFields(data),
  subject: (path: Path) => string = (path) => subjectOf(data, path),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { path, value } of fields) {
    if (typeof value !== 'string') continue;
    const problem = calendarDateProblem(value);
    if (!problem) continue;
    const [, mm, dd] = value.split('-');
    const swapped = Number(mm) > 12 && Number(dd) <= 12 ? ` Month and day look swapped: dates are year-month-day, so perhaps '${value.slice(0, 4)}-${dd}-${mm}'.` : '';
    out.push(
      createDiagnostic('INVALID_DATE', {
        message: `${subject(path)} is ${value}, which is not a date: ${problem}.`,
        hint: `Check the day and the month.${swapped}`,
        location: locator.locate(path),
        args: { value },
      }),
    );
  }
  return out;
}
