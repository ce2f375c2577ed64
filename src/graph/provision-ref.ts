import type { LegalType, Provision } from '../catalog/types.js';
import type { LegalIndex } from './legal-index.js';
import { LEGAL_TYPE_NAMES } from '../text/legal-types.js';
import { expectRecord, expectText, givenWords, WrongArgumentError } from '../util/expect-argument.js';

/** A provision reference resolved against the catalog. */
export interface ProvisionRef {
  /** Legal-document id, or the reference as written when it does not resolve. */
  legal: string;
  /** Position in `catalog.legal`, or -1 when the reference does not resolve. */
  legalIndex: number;
  article?: number | string;
  clause?: number | string;
  point?: string;
  form?: string;
}

/** The parts of a provision from the largest to the smallest, in the order they nest. */
export const PROVISION_PARTS = ['article', 'clause', 'point', 'form'] as const;

/** Accepts both the loader's `{ legal, article, … }` objects and bare legal ids or numbers. */
export function resolveProvision(ref: Provision, legal: LegalIndex): ProvisionRef {
  if (typeof ref !== 'string') expectRecord(ref, 'resolveProvision', 'a provision, or the id or number of a legal document');
  if (typeof (legal as { find?: unknown } | null)?.find !== 'function') {
    throw new WrongArgumentError('WRONG_ARGUMENT', `resolveProvision takes the index legalIndex(catalog) returns, not ${givenWords(legal)}.`, 'object');
  }
  const object = typeof ref === 'string' ? { legal: ref } : ref;
  const index = legal.indexOf(object.legal);
  const out: ProvisionRef = {
    legal: index < 0 ? object.legal : legal.find(object.legal)!.id,
    legalIndex: index,
  };
  if (object.article !== undefined && object.article !== null) out.article = object.article;
  if (object.clause !== undefined && object.clause !== null) out.clause = object.clause;
  if (object.point !== undefined && object.point !== null) out.point = object.point;
  if (object.form !== undefined && object.form !== null) out.form = object.form;
  return out;
}

/** Parts written as most are (digits and lower-case ASCII letters) are their own key. */
const PLAIN_PART = /^[0-9a-z]+$/;

/** How a part of a provision compares: "28" equals 28, "Đ" equals "đ". */
export function partKey(value: number | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return String(value).toLowerCase();
  return PLAIN_PART.test(value) ? value : value.normalize('NFC').trim().toLowerCase();
}

/**
 * Whether `outer` covers `inner`: the same legal document, and every part `outer` names
 * (article, clause, point, form) named equally by `inner`. A whole document covers all of
 * its provisions; Article 28 covers Article 28 clause 2, not the reverse.
 */
export function provisionCovers(outer: ProvisionRef, inner: ProvisionRef): boolean {
  expectRecord(outer, 'provisionCovers', 'two provisions');
  expectRecord(inner, 'provisionCovers', 'two provisions');
  if (outer.legal !== inner.legal) return false;
  for (const part of PROVISION_PARTS) {
    const o = partKey(outer[part]);
    if (o !== undefined && o !== partKey(inner[part])) return false;
  }
  return true;
}

/** The graph key of a provision: `provision:nd-123-2015/2/1`, or `legal:<id>` for a whole document. */
export function provisionKey(ref: ProvisionRef): string {
  expectRecord(ref, 'provisionKey', 'a provision');
  const segments = provisionSegments(ref);
  return segments.length === 0 ? `legal:${ref.legal}` : `provision:${ref.legal}/${segments.join('/')}`;
}

/** The key of the provision one level up (`legal:<id>` above an article). */
export function parentProvision(ref: ProvisionRef): ProvisionRef | null {
  const parts = PROVISION_PARTS.filter((part) => ref[part] !== undefined);
  if (parts.length === 0) return null;
  const parent: ProvisionRef = { ...ref };
  delete parent[parts[parts.length - 1]];
  return parent;
}

function provisionSegments(ref: ProvisionRef): string[] {
  const nested = PROVISION_PARTS.slice(0, 3);
  const last = Math.max(...nested.map((part, i) => (ref[part] === undefined ? -1 : i)));
  const segments: string[] = [];
  for (let i = 0; i <= last; i++) {
    const value = ref[PROVISION_PARTS[i]];
    segments.push(value === undefined ? '_' : String(value));
  }
  if (ref.form !== undefined) segments.push(`mau-${ref.form}`);
  return segments;
}

/** The Vietnamese name of a legal document: "Nghị định 123/2015/NĐ-CP". */
export function legalLabel(legal: { type?: LegalType; number?: string; id: string }): string {
  expectRecord(legal, 'legalLabel', 'a legal document');
  const name = legal.type ? LEGAL_TYPE_NAMES.vi[legal.type] : undefined;
  const number = legal.number ?? legal.id;
  return name ? `${name} ${number}` : number;
}

/**
 * The Vietnamese label of a provision, largest part first:
 * "Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP", "Mẫu số 03 Nghị định 146/2018/NĐ-CP".
 * `document` is the label of the legal document (the reference as written when unresolved).
 */
export function provisionLabel(
  ref: Pick<ProvisionRef, 'article' | 'clause' | 'point' | 'form'>,
  document: string,
): string {
  expectRecord(ref, 'provisionLabel', 'a provision');
  expectText(document, 'provisionLabel', 'the label of the legal document');
  const parts: string[] = [];
  if (ref.article !== undefined) parts.push(`Điều ${ref.article}`);
  if (ref.clause !== undefined) parts.push(`khoản ${ref.clause}`);
  if (ref.point !== undefined) parts.push(`điểm ${ref.point}`);
  if (ref.form !== undefined) parts.push(`Mẫu số ${ref.form}`);
  parts.push(document);
  return parts.join(' ');
}
