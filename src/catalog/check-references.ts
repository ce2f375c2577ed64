import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckContext, Place, SubPath } from './check-context.js';
import { checkNeedsCycles } from './check-needs-cycles.js';
import { needsItself } from './check-needs-itself.js';
import { NeedsGraph } from './needs-graph.js';
import type { RefKind } from './reference-index.js';
import { KIND_SECTIONS, KIND_WORDS, ReferenceIndex } from './reference-index.js';
import { PROVINCE_CODE_FORM } from '../schema/value-words.js';
import { visibleText } from '../text/white-space.js';
import { pushAll } from '../util/push-all.js';

type Obj = Record<string, unknown>;

const DOCUMENT: readonly RefKind[] = ['document'];
const PROCEDURE: readonly RefKind[] = ['procedure'];
const PROVINCE: readonly RefKind[] = ['province'];
const ACCEPTED: readonly RefKind[] = ['document', 'data_source'];

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function items(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${visibleText(n)}'`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

function expected(kinds: readonly RefKind[]): string {
  return kinds.map((k) => `a ${KIND_WORDS[k]}`).join(' or ');
}

/** A catalog file that could not be read, and whether a name is written in it (always, when its text is unknown). */
export interface UnreadFile {
  file: string;
  mentions(name: string): boolean;
}

/**
 * Resolves every reference of a merged catalog. References to legal documents by number
 * are rewritten to the document's id; references that do not resolve are reported (errors
 * in strict mode, warnings in lenient mode) and left as written. A procedure whose `needs`
 * names itself gets NEEDS_ITSELF (see check-needs-itself.ts), and procedures that need each
 * other NEEDS_CYCLE (see check-needs-cycles.ts).
 */
export function checkReferences(ctx: CheckContext, unreadFiles: readonly UnreadFile[] = []): Diagnostic[] {
  const index = new ReferenceIndex(ctx.catalog);
  const out: Diagnostic[] = [];
  const severity = ctx.strict ? 'error' : 'warning';
  const note = unreadFiles.length > 0 ? ` It may be defined in ${unreadFiles.map((u) => u.file).join(', ')}, which could not be read.` : '';

  // A name that no file read defines but an unread file has written in it may be defined
  // there: such references are counted in one warning instead of an error each (a
  // documents file with one syntax error made every reference to a document one).
  const unchecked: Unchecked[] = [];

  const report = (section: Place, i: number, sub: SubPath, value: string, kinds: readonly RefKind[], target: 'value' | 'key') => {
    // Defined as ' 1.001193': the definition is the mistake, and is reported as such.
    if (index.definedWithSpaces(value, kinds)) return;
    const others = index.otherKinds(value, kinds);
    if (others.length === 0 && unreadFiles.length > 0) {
      const files = unreadFiles.filter((u) => u.mentions(value)).map((u) => u.file);
      if (files.length > 0) {
        // Located only if it is the first: a position may cost parsing the file again.
        unchecked.push({ value, files, locate: () => ctx.locate(section, i, sub, target) });
        return;
      }
    }
    const location = ctx.locate(section, i, sub, target);
    const subject = ctx.subject(section, i, sub);
    const close = index.suggestions(value, kinds);
    const dym = close.length > 0 ? `Did you mean ${quoteList(close)}? ` : '';
    if (others.length > 0) {
      out.push(
        createDiagnostic('WRONG_REFERENCE_KIND', {
          severity,
          message: `${subject} names '${visibleText(value)}', which is ${expected(others)}, not ${expected(kinds)}.`,
          hint: `${dym}Name ${expected(kinds)} here.${note}`,
          location,
          args: { reference: value, expected: kinds, actual: others },
        }),
      );
      return;
    }
    const defineHint = `Define it under ${kinds.map((k) => `${KIND_SECTIONS[k]}:`).join(' or ')}, or correct the reference.`;
    out.push(
      createDiagnostic('UNKNOWN_REFERENCE', {
        severity,
        message: `${subject} names the ${kinds.map((k) => KIND_WORDS[k]).join(' or ')} '${visibleText(value)}', which is not defined.`,
        // An id is matched exactly, so one that no unread file mentions is not defined there;
        // a legal number is matched after folding, so it could be, written another way.
        hint: `${dym}${defineHint}${kinds.includes('legal') ? note : ''}`,
        location,
        args: { reference: value, expected: kinds, suggestions: close },
      }),
    );
  };

  /** Whether a reference resolves, or is not one to check (empty, or a malformed province code). */
  const resolves = (value: unknown, kinds: readonly RefKind[]): boolean => {
    if (typeof value !== 'string' || value === '') return true;
    // A malformed province code is already reported by the schema check.
    if (kinds === PROVINCE && !PROVINCE_CODE_FORM.test(value)) return true;
    for (let k = 0; k < kinds.length; k++) if (index.has(kinds[k], value)) return true;
    return false;
  };

  // The paths below are built only for a reference that does not resolve: a national
  // catalog has a million references, nearly all of them right.
  const ref = (section: Place, i: number, sub: () => SubPath, value: unknown, kinds: readonly RefKind[], target: 'value' | 'key' = 'value') => {
    if (!resolves(value, kinds)) report(section, i, sub(), value as string, kinds, target);
  };

  const refs = (section: Place, i: number, sub: () => SubPath, list: unknown, kinds: readonly RefKind[]) => {
    if (!Array.isArray(list)) return;
    for (let k = 0; k < list.length; k++) {
      if (!resolves(list[k], kinds)) report(section, i, [...sub(), k], list[k] as string, kinds, 'value');
    }
  };

  /** A legal reference held in `holder[field]`: by id, or by number rewritten to the id. */
  const legal = (section: Place, i: number, sub: () => SubPath, holder: Obj, field: string) => {
    const value = holder[field];
    if (typeof value !== 'string' || value === '') return;
    const id = index.legalId(value);
    if (id !== undefined) holder[field] = id;
    else report(section, i, [...sub(), field], value, ['legal'], 'value');
  };

  const provision = (section: Place, i: number, sub: () => SubPath, p: unknown) => {
    if (isObj(p)) legal(section, i, sub, p, 'legal');
  };

  const meta = ctx.catalog.catalog as Obj | undefined;
  if (isObj(meta)) {
    items(meta.reported).forEach((r, k) => {
      if (!isObj(r) || !isObj(r.measure)) return;
      const m = r.measure;
      refs('catalog', 0, () => ['reported', k, 'measure', 'documents'], m.documents, DOCUMENT);
      legal('catalog', 0, () => ['reported', k, 'measure'], m, 'legal');
    });
  }
  const { documents, data_sources, legal: legalList, procedures } = ctx.catalog;
  const needsGraph = new NeedsGraph(procedures.length);
  for (let i = 0; i < documents.length; i++) {
    const d = documents[i] as unknown as Obj;
    if (!isObj(d)) continue;
    refs('documents', i, () => ['obtained_by'], d.obtained_by, PROCEDURE);
    refs('documents', i, () => ['replaced_by'], d.replaced_by, ACCEPTED);
    provision('documents', i, () => ['sunset_basis'], d.sunset_basis);
  }
  for (let i = 0; i < data_sources.length; i++) {
    const s = data_sources[i] as unknown as Obj;
    if (!isObj(s)) continue;
    refs('data_sources', i, () => ['provides'], s.provides, DOCUMENT);
    if (isObj(s.provinces)) for (const code of Object.keys(s.provinces)) ref('data_sources', i, () => ['provinces', code], code, PROVINCE, 'key');
  }
  for (let i = 0; i < legalList.length; i++) {
    const l = legalList[i] as unknown as Obj;
    if (!isObj(l) || !Array.isArray(l.amends)) continue;
    const amends = l.amends;
    for (let j = 0; j < amends.length; j++) {
      const a = amends[j];
      if (!isObj(a)) continue;
      provision('legal', i, () => ['amends', j, 'provision'], a.provision);
      if (isObj(a.scope)) ref('legal', i, () => ['amends', j, 'scope', 'document'], a.scope.document, DOCUMENT);
      refs('legal', i, () => ['amends', j, 'accept'], a.accept, ACCEPTED);
    }
  }
  for (let i = 0; i < procedures.length; i++) {
    const p = procedures[i] as unknown as Obj;
    if (!isObj(p)) continue;
    refs('procedures', i, () => ['provinces'], p.provinces, PROVINCE);
    if (Array.isArray(p.basis)) {
      const basis = p.basis;
      for (let k = 0; k < basis.length; k++) provision('procedures', i, () => ['basis', k], basis[k]);
    }
    if (Array.isArray(p.requires)) {
      const requires = p.requires;
      for (let j = 0; j < requires.length; j++) {
        const r = requires[j];
        if (!isObj(r)) continue;
        ref('procedures', i, () => ['requires', j, 'document'], r.document, DOCUMENT);
        refs('procedures', i, () => ['requires', j, 'accept'], r.accept, ACCEPTED);
        provision('procedures', i, () => ['requires', j, 'basis'], r.basis);
      }
    }
    // Each entry of `needs` is resolved to its procedure once, for its check and for the
    // graph of `needs`; the code is read only for a procedure that needs something: most
    // need nothing.
    const needs = p.needs;
    if (Array.isArray(needs) && needs.length > 0) {
      const code = p.code;
      for (let k = 0; k < needs.length; k++) {
        const need = needs[k];
        const j = typeof need === 'string' ? index.procedureAt(need) : -1;
        if (j < 0) {
          if (!resolves(need, PROCEDURE)) report('procedures', i, ['needs', k], need as string, PROCEDURE, 'value');
          continue;
        }
        if (need === code) out.push(needsItself(ctx, i, k, code as string));
        if (j !== i) needsGraph.add(i, j);
      }
    }
    refs('procedures', i, () => ['produces'], p.produces, DOCUMENT);
  }
  if (unchecked.length > 0) out.push(uncheckedReferences(unchecked));
  pushAll(out, checkNeedsCycles(ctx, needsGraph, (code) => index.procedureAt(code)));
  return out;
}

/** A reference not checked: its name, the unread files that mention the name, and where it is. */
interface Unchecked {
  value: string;
  files: string[];
  locate: () => Diagnostic['location'];
}

/** The warning that counts the references not checked because files could not be read, at the first of them. */
function uncheckedReferences(unchecked: Unchecked[]): Diagnostic {
  const names = [...new Set(unchecked.map((u) => u.value))];
  const unreadFiles = [...new Set(unchecked.flatMap((u) => u.files))];
  const count = unchecked.length;
  const shown = names.slice(0, 3).map((n) => `'${visibleText(n)}'`).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  const files = unreadFiles.join(', ');
  return createDiagnostic('REFERENCES_UNCHECKED', {
    message:
      `Not checked: ${count} reference${count === 1 ? '' : 's'} to ${names.length === 1 ? 'a name' : `${names.length} names`} that the files read do not define (${shown}), ` +
      `since ${files} could not be read; the first is here.`,
    hint: `Fix ${files} first: the references are checked once ${unreadFiles.length === 1 ? 'it' : 'they'} can be read.`,
    location: unchecked[0].locate(),
    args: { count, references: names, files: unreadFiles },
  });
}

