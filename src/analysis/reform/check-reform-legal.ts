import { legalDateDiagnostics } from '../../catalog/check-entity-dates.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import { entityLabel } from '../../diagnostics/describe-path.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { legalNumberKey } from '../../text/vietnamese.js';
import { visibleText } from '../../text/white-space.js';
import { pushAll } from '../../util/push-all.js';
import { field, isName, isObject, reformSubject, type Obj, type Path, type ReformCheckContext } from './reform-check-context.js';
import { evidenceFinding, unknownReference } from './reform-references.js';

/**
 * Findings about the reform's new legal documents, entry by entry: an id the catalog or an
 * earlier entry already has, then such a number, then the entry's dates.
 */
export function newLegalFindings(ctx: ReformCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = new Map<string, number>();
  const numbers = new Map<string, number>();
  ctx.newLegal.forEach((l, i) => {
    if (!isObject(l)) return;
    const id = duplicateId(ctx, l, i, ids);
    if (id) out.push(id);
    const number = duplicateNumber(ctx, l, i, numbers);
    if (number) out.push(number);
    pushAll(out, legalDateDiagnostics(l, (sub = []) => reformSubject(ctx.data, ['legal', i, ...sub]), (sub) => ctx.where(['legal', i, ...sub])));
  });
  return out;
}

/** DUPLICATE_ID when the catalog or an earlier entry has the id of entry i; a new id is added to `seen` (id → entry). */
function duplicateId(ctx: ReformCheckContext, l: Obj, i: number, seen: Map<string, number>): Diagnostic | undefined {
  const id = field(l, 'id');
  if (id === undefined) return undefined;
  if (ctx.legalIds.has(id)) {
    const place = ctx.catalogPlace(`legal:${id}`);
    return createDiagnostic('DUPLICATE_ID', {
      message: `The reform defines legal document '${visibleText(id)}', which the catalog already has.`,
      hint: 'A reform adds new legal documents; give this one an id of its own (e.g. with a suffix such as -reform).',
      location: ctx.where(['legal', i, 'id']),
      related: place ? [{ message: 'The catalog defines it here.', location: place }] : undefined,
      args: { id },
    });
  }
  if (seen.has(id)) {
    const first = ctx.locate(['legal', seen.get(id)!, 'id']);
    return createDiagnostic('DUPLICATE_ID', {
      message: `The reform defines legal document '${visibleText(id)}' twice.`,
      hint: 'Merge the two entries, or give one of them another id.',
      location: ctx.where(['legal', i, 'id']),
      related: first ? [{ message: 'First defined here.', location: first }] : undefined,
      args: { id },
    });
  }
  seen.set(id, i);
  return undefined;
}

/** DUPLICATE_LEGAL_NUMBER when the catalog or an earlier entry has the number of entry i; a new number is added to `seen` (key → entry). */
function duplicateNumber(ctx: ReformCheckContext, l: Obj, i: number, seen: Map<string, number>): Diagnostic | undefined {
  const number = field(l, 'number');
  if (number === undefined) return undefined;
  const key = legalNumberKey(number);
  if (!ctx.legalNumbers.has(key) && !seen.has(key)) {
    seen.set(key, i);
    return undefined;
  }
  const clash = ctx.legalNumbers.get(key);
  const first = seen.get(key)!;
  const other = clash !== undefined ? `legal document '${visibleText(clash)}' of the catalog` : `${entityLabel('legal', ctx.newLegal[first], first)} of the reform`;
  return createDiagnostic('DUPLICATE_LEGAL_NUMBER', {
    message: `${capital(entityLabel('legal', l, i))} has the number ${visibleText(number)}, which ${other} already has.`,
    hint: 'Numbers identify legal documents: give the new one its own number.',
    location: ctx.where(['legal', i, 'number']),
    args: { number },
  });
}

/** Findings about the amendments of the reform's new legal documents, amendment by amendment. */
export function amendmentFindings(ctx: ReformCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  ctx.newLegal.forEach((l, i) => {
    if (!isObject(l) || !Array.isArray(l.amends)) return;
    l.amends.forEach((a: unknown, j: number) => {
      if (isObject(a)) pushAll(out, amendmentChecks(ctx, a, i, j));
    });
  });
  return out;
}

/**
 * Amendment j of new legal document i: the legal document of its provision, its scope's
 * document and what it accepts must resolve, and it must accept something or drop the
 * requirement; one that does both is warned of, as in a catalog (the drop makes the accept
 * moot).
 */
function amendmentChecks(ctx: ReformCheckContext, a: Obj, i: number, j: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const base: Path = ['legal', i, 'amends', j];
  const amendment = reformSubject(ctx.data, base);
  const bare = field(a, 'provision');
  const legal = bare ?? field(a.provision, 'legal');
  if (legal !== undefined && !ctx.isLegal(legal)) {
    const dym = ctx.didYouMean(legal, ['legal']);
    out.push(
      unknownReference(`${amendment} amends a provision of '${visibleText(legal)}', which is no legal document of the catalog or the reform.`,
        `${dym ? `${dym} ` : ''}Refer to a legal document by its id (nd-123-2015) or its number (123/2015/NĐ-CP).`,
        ctx.where(bare !== undefined ? [...base, 'provision'] : [...base, 'provision', 'legal']),
        legal, 'legal'),
    );
  }
  const scope = field(a.scope, 'document');
  if (scope !== undefined && !ctx.documents.has(scope)) {
    out.push(evidenceFinding(ctx, scope, 'document', [...base, 'scope', 'document'], `The scope of amendment ${j + 1} of ${ctx.legalName(i)}`));
  }
  const accept: unknown[] = Array.isArray(a.accept) ? a.accept : [];
  accept.forEach((id, k) => {
    if (!isName(id) || ctx.documents.has(id) || ctx.sources.has(id)) return;
    const dym = ctx.didYouMean(id, ['document', 'data_source']);
    out.push(
      unknownReference(`${amendment} accepts '${visibleText(id)}', which is no document or data source of the catalog.`,
        `${dym ? `${dym} ` : ''}List ids from documents: or data_sources: of the catalog.`,
        ctx.where([...base, 'accept', k]), id, 'evidence'),
    );
  });
  // A `drop` or `accept` of the wrong type has the schema's finding: what it meant is not known.
  const mistyped = ('drop' in a && typeof a.drop !== 'boolean') || ('accept' in a && !Array.isArray(a.accept));
  if (a.drop !== true && accept.length === 0 && !mistyped) {
    out.push(
      createDiagnostic('AMENDMENT_NO_EFFECT', {
        message: `${amendment} neither accepts anything nor drops the requirement, so it changes nothing.`,
        hint: 'Add `accept: [ids]` (documents or data sources now accepted) or `drop: true`.',
        location: ctx.locate(base),
      }),
    );
  } else if (a.drop === true && accept.length > 0) {
    out.push(
      createDiagnostic('AMENDMENT_ACCEPT_AND_DROP', {
        message: `${amendment} drops the requirement and also accepts alternatives; once dropped, nothing needs to be accepted.`,
        hint: 'Remove `accept`, or remove `drop: true` if the requirement stays with new alternatives.',
        location: ctx.locate([...base, 'drop'], 'key'),
      }),
    );
  }
  return out;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
