import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckContext, Place, SubPath } from './check-context.js';
import type { RefKind } from './reference-index.js';
import { KIND_SECTIONS, KIND_WORDS, ReferenceIndex } from './reference-index.js';

type Obj = Record<string, unknown>;

const PROVINCE_CODE = /^[A-Z][A-Z0-9]{0,7}$/;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function items(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

function expected(kinds: readonly RefKind[]): string {
  return kinds.map((k) => `a ${KIND_WORDS[k]}`).join(' or ');
}

/**
 * Resolves every reference of a merged catalog. References to legal documents by number
 * are rewritten to the document's id; references that do not resolve are reported (errors
 * in strict mode, warnings in lenient mode) and left as written.
 */
export function checkReferences(ctx: CheckContext, unreadFiles: readonly string[] = []): Diagnostic[] {
  const index = new ReferenceIndex(ctx.catalog);
  const out: Diagnostic[] = [];
  const severity = ctx.strict ? 'error' : 'warning';
  const note = unreadFiles.length > 0 ? ` It may be defined in ${unreadFiles.join(', ')}, which could not be read.` : '';

  const report = (section: Place, i: number, sub: SubPath, value: string, kinds: readonly RefKind[], target: 'value' | 'key') => {
    const location = ctx.locate(section, i, sub, target);
    const subject = ctx.subject(section, i, sub);
    const others = index.otherKinds(value, kinds);
    const close = index.suggestions(value, kinds);
    const dym = close.length > 0 ? `Did you mean ${quoteList(close)}? ` : '';
    if (others.length > 0) {
      out.push(
        createDiagnostic('WRONG_REFERENCE_KIND', {
          severity,
          message: `${subject} names '${value}', which is ${expected(others)}, not ${expected(kinds)}.`,
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
        message: `${subject} names the ${kinds.map((k) => KIND_WORDS[k]).join(' or ')} '${value}', which is not defined.`,
        hint: `${dym}${defineHint}${note}`,
        location,
        args: { reference: value, expected: kinds, suggestions: close },
      }),
    );
  };

  const ref = (section: Place, i: number, sub: SubPath, value: unknown, kinds: readonly RefKind[], target: 'value' | 'key' = 'value') => {
    if (typeof value !== 'string' || value === '') return;
    // A malformed province code is already reported by the schema check.
    if (kinds.length === 1 && kinds[0] === 'province' && !PROVINCE_CODE.test(value)) return;
    for (const k of kinds) if (index.has(k, value)) return;
    report(section, i, sub, value, kinds, target);
  };

  const refs = (section: Place, i: number, sub: SubPath, list: unknown, kinds: readonly RefKind[]) => {
    items(list).forEach((v, k) => ref(section, i, [...sub, k], v, kinds));
  };

  /** A legal reference held in `holder[field]`: by id, or by number rewritten to the id. */
  const legal = (section: Place, i: number, sub: SubPath, holder: Obj, field: string) => {
    const value = holder[field];
    if (typeof value !== 'string' || value === '') return;
    const id = index.legalId(value);
    if (id !== undefined) holder[field] = id;
    else report(section, i, [...sub, field], value, ['legal'], 'value');
  };

  const provision = (section: Place, i: number, sub: SubPath, p: unknown) => {
    if (isObj(p)) legal(section, i, sub, p, 'legal');
  };

  const meta = ctx.catalog.catalog as Obj | undefined;
  if (isObj(meta)) {
    items(meta.reported).forEach((r, k) => {
      if (!isObj(r) || !isObj(r.measure)) return;
      const m = r.measure;
      refs('catalog', 0, ['reported', k, 'measure', 'documents'], m.documents, ['document']);
      legal('catalog', 0, ['reported', k, 'measure'], m, 'legal');
    });
  }
  ctx.catalog.documents.forEach((doc, i) => {
    const d = doc as unknown as Obj;
    if (!isObj(d)) return;
    refs('documents', i, ['obtained_by'], d.obtained_by, ['procedure']);
    refs('documents', i, ['replaced_by'], d.replaced_by, ['document', 'data_source']);
    provision('documents', i, ['sunset_basis'], d.sunset_basis);
  });
  ctx.catalog.data_sources.forEach((source, i) => {
    const s = source as unknown as Obj;
    if (!isObj(s)) return;
    refs('data_sources', i, ['provides'], s.provides, ['document']);
    if (isObj(s.provinces)) for (const code of Object.keys(s.provinces)) ref('data_sources', i, ['provinces', code], code, ['province'], 'key');
  });
  ctx.catalog.legal.forEach((entry, i) => {
    const l = entry as unknown as Obj;
    if (!isObj(l)) return;
    items(l.amends).forEach((a, j) => {
      if (!isObj(a)) return;
      provision('legal', i, ['amends', j, 'provision'], a.provision);
      if (isObj(a.scope)) ref('legal', i, ['amends', j, 'scope', 'document'], a.scope.document, ['document']);
      refs('legal', i, ['amends', j, 'accept'], a.accept, ['document', 'data_source']);
    });
  });
  ctx.catalog.procedures.forEach((proc, i) => {
    const p = proc as unknown as Obj;
    if (!isObj(p)) return;
    if (Array.isArray(p.provinces)) refs('procedures', i, ['provinces'], p.provinces, ['province']);
    items(p.basis).forEach((b, k) => provision('procedures', i, ['basis', k], b));
    items(p.requires).forEach((r, j) => {
      if (!isObj(r)) return;
      ref('procedures', i, ['requires', j, 'document'], r.document, ['document']);
      refs('procedures', i, ['requires', j, 'accept'], r.accept, ['document', 'data_source']);
      provision('procedures', i, ['requires', j, 'basis'], r.basis);
    });
    refs('procedures', i, ['needs'], p.needs, ['procedure']);
    refs('procedures', i, ['produces'], p.produces, ['document']);
  });
  return out;
}

