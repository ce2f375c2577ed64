import type {
  AmendmentInfo,
  AnalysisResult,
  CandidateResult,
  EvaluationRef,
  LapsedAmendment,
  ProcedureResult,
  ProvisionInfo,
  RequirementResult,
} from '../../analysis/result-types.js';
import { addDays } from '../../analysis/timeline-dates.js';
import { amendmentText, candidateName, documentName, provisionText } from '../describe.js';
import { deadlockFor } from '../deadlock-reason.js';
import { evaluationIndex, holdingBack } from '../evaluation-index.js';
import type { Lang } from '../labels.js';
import { label } from '../labels.js';
import { someNames } from '../some-names.js';
import { dateHtml } from './date-html.js';
import { escapeHtml, escapeHtmlWhole, safeUrl } from './escape.js';
import { htmlLabel as L, type HtmlLabelKey } from './labels.js';
import { provinceGroupHtml } from './province-group-html.js';
import { provincesOf } from '../province-group.js';
import { pushTo } from '../../util/push-all.js';

/** What the explanation needs besides the result: language and province names. */
export interface ExplainContext {
  lang: Lang;
  result: AnalysisResult;
  /** Province code → display name. */
  provinceNames: Map<string, string>;
  /** Nested explanations stop this deep (default 6). */
  maxDepth?: number;
  /**
   * The element id of a procedure's own entry in the page, if it has one; the explanations
   * of the procedures a document is obtained through link their headings to it.
   */
  entryOf?: (code: string) => string | undefined;
}

/** Lookups over one result, built once and shared by every explanation of it. */
interface ResultIndex {
  byKey: Map<string, ProcedureResult>;
  /** Every evaluation of a code, in result order. */
  byCode: Map<string, ProcedureResult[]>;
}

const indexes = new WeakMap<AnalysisResult, ResultIndex>();

function resultIndex(result: AnalysisResult): ResultIndex {
  let index = indexes.get(result);
  if (!index) {
    const byKey = new Map<string, ProcedureResult>();
    const byCode = new Map<string, ProcedureResult[]>();
    for (const e of result.results) {
      byKey.set(key(e.code, e.province), e);
      const list = byCode.get(e.code);
      if (list) list.push(e);
      else byCode.set(e.code, [e]);
    }
    index = { byKey, byCode };
    indexes.set(result, index);
  }
  return index;
}

const key = (code: string, province: string | null) => `${code}@${province ?? ''}`;

/**
 * How many of the procedures a document is obtained through its sentence names. Each is
 * named with its code and name, longer than the codes of the text reports, which name
 * `NAMED_IN_LIST`; the others are counted, and a `<details>` below the sentence lists them all.
 * Their own explanations follow in the same way: that many shown, the others folded and counted.
 */
const NAMED_VIA = 3;

/** `<a href>` to the legal source when it has a safe URL, else the escaped text. */
export function linkTo(text: string, url: string | undefined): string {
  const href = safeUrl(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener">${escapeHtmlWhole(text)}</a>` : escapeHtmlWhole(text);
}

export function citeProvision(p: ProvisionInfo, lang: Lang): string {
  return linkTo(provisionText(p, lang), p.source);
}

export function citeAmendment(a: AmendmentInfo, lang: Lang): string {
  return linkTo(amendmentText(a, lang), a.source);
}

/**
 * Why an evaluation is blocked (or unknown), as nested HTML sentences: each unmet requirement
 * with its legal basis, why every acceptable document or data source fails (with the date
 * and the provision that decided it), and, through procedures it needs or must complete to
 * obtain a document, the same explanation for those, down to the decree article.
 *
 * `self` is the province of the evaluation being explained: mentions of it read "this
 * province", so evaluations with the same reasons in different provinces render identically
 * and can be grouped.
 */
export function explainHtml(ctx: ExplainContext, r: ProcedureResult): string {
  return chain(ctx, resultIndex(ctx.result), r, r.province, new Set([key(r.code, r.province)]), 0);
}

function chain(
  ctx: ExplainContext,
  index: ResultIndex,
  r: ProcedureResult,
  self: string | null,
  seen: Set<string>,
  depth: number,
): string {
  const { lang } = ctx;
  const items: string[] = [];
  const found = r.deadlock ? deadlockFor(ctx.result, r) : undefined;
  if (r.deadlock) items.push(`<li>${deadlockSentence(ctx, index, r, found, self)}</li>`);
  // The procedures of its own deadlock are named by the deadlock sentence; following them only loops.
  const loop = found?.own ? found.group : undefined;
  const inLoop = (n: EvaluationRef) => loop !== undefined && loop.procedures.includes(n.code) && (loop.province === null || n.province === loop.province);
  for (const req of r.requirements) {
    if (req.status !== r.status) continue;
    const candidates = req.candidates.map((c) => `<li>${candidateSentence(ctx, index, c, self, seen, depth)}</li>`);
    // Changes that once covered it and lapsed: what they did no longer applies.
    const lapsed = (req.lapsed ?? []).map((l) => `<li>${lapsedSentence(l, lang)}</li>`);
    items.push(`<li>${requirementSentence(ctx, req)}<ul>${candidates.join('')}${lapsed.join('')}</ul></li>`);
  }
  for (const n of r.needs) {
    if (n.status !== r.status || inLoop(n)) continue;
    items.push(`<li>${L(lang, n.status === 'unknown' ? 'needsUnknown' : 'needs', { procedure: refHtml(ctx, index, n, self) })}${nested(ctx, index, n, self, seen, depth)}</li>`);
  }
  return `<ul class="chain">${items.join('')}</ul>`;
}

/**
 * Why a deadlocked evaluation is blocked: "it and X wait on each other" or "it needs itself"
 * when it is part of the cycle, else the nearest cycle it waits on, as the text reports say.
 */
function deadlockSentence(
  ctx: ExplainContext,
  index: ResultIndex,
  r: ProcedureResult,
  found: ReturnType<typeof deadlockFor>,
  self: string | null,
): string {
  const { lang } = ctx;
  if (!found) return escapeHtml(label(lang, 'status.deadlock'));
  const { group, own } = found;
  if (own) {
    const partners = group.procedures.filter((c) => c !== r.code);
    if (partners.length === 0) return L(lang, 'deadlockSelf');
    const province = group.province ?? r.province;
    const others = someNames(partners, ', ', lang, (code) => refHtml(ctx, index, { code, province, status: 'blocked', paper: false }, self));
    return L(lang, 'deadlock', { others });
  }
  const name = (code: string) => procedureHtml(ctx, index, code, group.province);
  return group.procedures.length === 1
    ? L(lang, 'deadlockWaitsSelf', { procedure: name(group.procedures[0]) })
    : L(lang, 'deadlockWaits', { procedures: someNames(group.procedures, ' ↔ ', lang, name) });
}

function requirementSentence(ctx: ExplainContext, req: RequirementResult): string {
  const { lang } = ctx;
  return L(lang, 'requires', {
    mode: L(lang, req.mode === 'present' ? 'mode_present' : 'mode_submit'),
    document: `<b>${escapeHtml(documentName(req, lang))}</b>`,
    basis: req.basis ? L(lang, 'basis', { provision: citeProvision(req.basis, lang) }) : L(lang, 'noBasis'),
  });
}

/**
 * A change that covered a requirement and lapsed, as explain's text says it: the amending
 * article (linked to its source), what it accepted or dropped, from when, and its last day
 * in force: "Article 5(1) of Official Dispatch 5/2023/CĐ-TTg accepted National Population
 * Database, Citizen identity card from 2023-01-01, but lapsed after 2025-01-09".
 */
export function lapsedSentence(l: LapsedAmendment, lang: Lang): string {
  const candidates = l.accepted.map((c) => escapeHtml(candidateName(c, lang))).join(', ');
  return L(lang, l.amendment.drop ? (candidates ? 'lapsedDropAccept' : 'lapsedDrop') : 'lapsedAccept', {
    amendment: citeAmendment(l.amendment, lang),
    candidates,
    from: l.amendment.effective ? L(lang, 'acceptedFrom', { date: dateHtml(l.amendment.effective, lang) }) : '',
    until: dateHtml(l.expires, lang),
  });
}

function candidateSentence(
  ctx: ExplainContext,
  index: ResultIndex,
  c: CandidateResult,
  self: string | null,
  seen: Set<string>,
  depth: number,
): string {
  const { lang } = ctx;
  const document =
    escapeHtml(candidateName(c, lang)) +
    (c.origin === 'amendment' && c.amendment
      ? L(lang, 'acceptedBy', {
          amendment: citeAmendment(c.amendment, lang),
          from: c.amendment.effective ? L(lang, 'acceptedFrom', { date: dateHtml(c.amendment.effective, lang) }) : '',
        })
      : c.origin === 'accept'
        ? L(lang, 'acceptedFromStart')
        : '');
  const reason = c.reason;
  switch (reason.kind) {
    case 'expired':
      return L(lang, 'candidateExpired', {
        document,
        date: dateHtml(addDays(reason.valid_until, 1), lang),
        until: dateHtml(reason.valid_until, lang),
        basis: reason.basis ? L(lang, 'sunsetBasis', { provision: citeProvision(reason.basis, lang) }) : '',
      });
    case 'not-connected':
      if (reason.province === null) return L(lang, 'candidateNotNational', { document });
      return L(lang, reason.since ? 'candidateNotConnectedSince' : 'candidateNotConnected', {
        document,
        province: provinceHtml(ctx, reason.province, self),
        date: reason.since ? dateHtml(reason.since, lang) : '',
      });
    case 'not-obtainable': {
      // No procedure to name: the document's obtained_by is empty.
      if (reason.via.length === 0) return L(lang, 'candidateNotIssued', { document });
      const via = reason.via.map((v) => refHtml(ctx, index, v, self));
      return (
        L(lang, notObtainableKey(reason.via), { document, via: someNames(via, ', ', lang, (v) => v, NAMED_VIA) }) +
        (via.length > NAMED_VIA ? `<details class="via"><summary>${L(lang, 'viaAll', { n: via.length })}</summary>${via.join(', ')}</details>` : '') +
        issuers(ctx, index, reason.via, self, seen, depth)
      );
    }
    case 'obtainable':
      // Usable only when the procedure is: one that cannot be decided is explained below, as tthc explain unfolds it.
      return L(lang, 'candidateObtainable', { document, via: refHtml(ctx, index, reason.via, self) }) + issuers(ctx, index, [reason.via], self, seen, depth);
    case 'lacking':
      return L(lang, 'candidateLacking', { document });
    case 'unresolved':
      return L(lang, 'candidateUnresolved', { document, ref: escapeHtml(reason.reference) });
    default:
      if (c.status !== 'unknown') return L(lang, 'candidateOk', { document });
      // Available in itself, but not known to be accepted: the change that accepts it only possibly covers the requirement.
      return L(lang, c.coverage_unknown && c.origin === 'amendment' && c.amendment ? 'candidateCoverageUnknown' : 'candidateUndecided', { document });
  }
}

/**
 * The sentence of a document obtained only through procedures that are blocked, that cannot
 * be decided (unknown), or some of each: the analysis of a catalog writes only the first
 * (a procedure that cannot be decided makes the document obtainable, and as undecided), but
 * the result's schema allows the others.
 */
function notObtainableKey(via: readonly EvaluationRef[]): HtmlLabelKey {
  const unknown = via.filter((v) => v.status === 'unknown').length;
  if (unknown === 0) return via.length > 1 ? 'candidateNotObtainableAll' : 'candidateNotObtainable';
  if (unknown < via.length) return 'candidateNotObtainableOrDecided';
  return via.length > 1 ? 'candidateNotDecidedAll' : 'candidateNotDecided';
}

/**
 * The explanations of the procedures a document is obtained through, each headed by the
 * procedure it explains ("cap-01 Cấp giấy 1 is blocked because:", linked to its own entry
 * when the page has one). Procedures whose explanations read the same share one block,
 * headed by their names as the sentence above names them, three and the others counted
 * ("cap-01 Cấp giấy 1, cap-02 Cấp giấy 2, cap-03 Cấp giấy 3 and 9 others are blocked
 * because:"), with a `<details>` listing them all when the block does not hold every
 * procedure the sentence lists. The first `NAMED_VIA` blocks are shown, the others in a
 * `<details>` that counts their procedures.
 */
function issuers(
  ctx: ExplainContext,
  index: ResultIndex,
  via: readonly EvaluationRef[],
  self: string | null,
  seen: Set<string>,
  depth: number,
): string {
  const { lang } = ctx;
  // The procedures of each block, keyed by status and explanation, in the order of the first of them.
  const groups = new Map<string, { blocked: boolean; body: string; names: string[]; codes: string[] }>();
  for (const v of via) {
    if (v.status !== 'blocked' && v.status !== 'unknown') continue;
    const body = nested(ctx, index, v, self, seen, depth);
    if (body === '') continue;
    const blocked = v.status === 'blocked';
    const id = blocked ? ctx.entryOf?.(v.code) : undefined;
    const name = procedureHtml(ctx, index, v.code, v.province);
    const procedure = `<span class="issuer-name">${id ? `<a href="#${escapeHtml(id)}">${name}</a>` : name}${whereHtml(ctx, v, self)}</span>`;
    const k = `${v.status}\n${body}`;
    const group = groups.get(k);
    if (group) {
      group.names.push(procedure);
      group.codes.push(v.code);
    } else groups.set(k, { blocked, body, names: [procedure], codes: [v.code] });
  }
  if (groups.size === 0) return '';
  const blocks = [...groups.values()].map(({ blocked, body, names, codes }) => {
    const procedures = someNames(names, ', ', lang, (n) => n, NAMED_VIA);
    // An explanation follows "… because:"; a note ("explained above") ends the heading's line.
    const explained = body.startsWith('<ul');
    const words =
      names.length === 1
        ? L(lang, explained ? (blocked ? 'isBlocked' : 'unknownStatus') : blocked ? 'issuerBlocked' : 'issuerUnknown', { procedure: procedures })
        : L(lang, explained ? (blocked ? 'areBlocked' : 'areUnknown') : blocked ? 'issuersBlocked' : 'issuersUnknown', { procedures });
    // A heading that counts some of its procedures lists them all, unless the sentence's list is the same.
    const list =
      names.length > NAMED_VIA && names.length < via.length
        ? `<details class="via"><summary>${L(lang, 'viaAll', { n: names.length })}</summary>${names.join(', ')}</details>`
        : '';
    const head = explained ? `<p class="issuer-head">${words}</p>${list}${body}` : `<p class="issuer-head">${words}${body}</p>${list}`;
    return { html: `<li class="issuer" data-codes="${escapeHtml(codes.join(' '))}">${head}</li>`, count: names.length, blocked };
  });
  const shown = `<ul class="issuers">${blocks.slice(0, NAMED_VIA).map((b) => b.html).join('')}</ul>`;
  if (blocks.length <= NAMED_VIA) return shown;
  const folded = blocks.slice(NAMED_VIA);
  const rest = folded.reduce((n, b) => n + b.count, 0);
  const blockedOnes = folded.filter((b) => b.blocked).length;
  // The folded procedures are blocked, cannot be decided, or some of each.
  const summary =
    blockedOnes === folded.length
      ? rest === 1 ? L(lang, 'issuersOneMore') : L(lang, 'issuersMore', { n: rest })
      : blockedOnes === 0
        ? rest === 1 ? L(lang, 'issuersOneMoreUnknown') : L(lang, 'issuersMoreUnknown', { n: rest })
        : L(lang, 'issuersMoreEither', { n: rest });
  return `${shown}<details class="issuers"><summary>${summary}</summary><ul class="issuers">${folded.map((b) => b.html).join('')}</ul></details>`;
}

function nested(
  ctx: ExplainContext,
  index: ResultIndex,
  ref: EvaluationRef,
  self: string | null,
  seen: Set<string>,
  depth: number,
): string {
  if (ref.context === 'not-offered' || ref.context === 'unresolved') return '';
  const found = evaluationIndex(ctx.result)(ref);
  if (ref.context === 'every-province' || (found.length > 0 && found[0].province !== ref.province)) {
    return everyProvince(ctx, index, ref, found, self, seen, depth);
  }
  const target = found[0];
  const k = key(ref.code, ref.province);
  if (seen.has(k)) return ` <span class="note">${L(ctx.lang, 'seeAbove')}</span>`;
  if (!target) return ` <span class="note">${L(ctx.lang, 'notInResult')}</span>`;
  if (depth + 1 >= (ctx.maxDepth ?? 6)) return ' …';
  seen.add(k);
  return chain(ctx, index, target, self, seen, depth + 1);
}

/**
 * A provincial procedure as a central one sees it: done only when done in every province
 * where it runs. Below it, the provinces that hold it back (blocked, unknown, or still
 * needing paper), named, with their explanations, one line for the provinces whose
 * explanations read the same; when the result is limited to a province that does not hold
 * it back, a note that the others do.
 */
function everyProvince(
  ctx: ExplainContext,
  index: ResultIndex,
  ref: EvaluationRef,
  found: ProcedureResult[],
  self: string | null,
  seen: Set<string>,
  depth: number,
): string {
  const { lang } = ctx;
  const holding = holdingBack(ref, found);
  if (holding.length === 0) {
    const heldBack = ref.status !== 'met' || ref.paper;
    if (!heldBack) return '';
    const limited = ctx.result.province;
    return limited === null
      ? ` <span class="note">${L(lang, 'notInResult')}</span>`
      : ` <span class="note">${L(lang, 'heldBackOutside', { province: escapeHtml(ctx.provinceNames.get(limited) ?? limited) })}</span>`;
  }
  if (depth + 1 >= (ctx.maxDepth ?? 6)) return ' …';
  // Each province's explanation calls that province "this province", and provinces whose
  // explanations then read the same share one line: "in Hà Nội, Gia Lai:".
  const groups = new Map<string, (string | null)[]>();
  for (const e of holding) {
    const k = key(e.code, e.province);
    let body = ` <span class="note">${L(lang, 'seeAbove')}</span>`;
    if (!seen.has(k)) {
      seen.add(k);
      body = chain(ctx, index, e, e.province, seen, depth + 1);
    }
    pushTo(groups, body, e.province);
  }
  // Many provinces held back alike are told as all, or all but a few, of those it runs in.
  const runsIn = provincesOf(found);
  const items = [...groups].map(([body, where]) => `<li>${L(lang, 'heldBackIn', { province: provinceGroupHtml(lang, where, runsIn, ctx.provinceNames) })}${body}</li>`);
  return `<ul class="chain">${items.join('')}</ul>`;
}

function provinceHtml(ctx: ExplainContext, province: string, self: string | null): string {
  if (province === self) return L(ctx.lang, 'thisProvince');
  return escapeHtml(ctx.provinceNames.get(province) ?? province);
}

/** "1.010041 Xác nhận thông tin về cư trú": the code and the name in the report's language. */
function procedureHtml(ctx: ExplainContext, index: ResultIndex, code: string, province: string | null): string {
  const target = index.byKey.get(key(code, province)) ?? index.byCode.get(code)?.[0];
  const name = target ? (ctx.lang === 'en' && target.name_en ? target.name_en : target.name) : '';
  return `<span class="code">${escapeHtml(code)}</span>${name ? ` ${escapeHtml(name)}` : ''}`;
}

/** "1.010041 Xác nhận thông tin về cư trú", with " in Gia Lai" when it is another province's. */
function refHtml(ctx: ExplainContext, index: ResultIndex, ref: EvaluationRef, self: string | null): string {
  return `${procedureHtml(ctx, index, ref.code, ref.province)}${whereHtml(ctx, ref, self)}`;
}

/** What follows a procedure's name: " in Gia Lai" when it is another province's, or how it is counted. */
function whereHtml(ctx: ExplainContext, ref: EvaluationRef, self: string | null): string {
  const provinceName = (p: string) => escapeHtml(ctx.provinceNames.get(p) ?? p);
  if (ref.context === 'every-province') return L(ctx.lang, 'everyProvince');
  if (ref.context === 'not-offered' && ref.province !== null) {
    return L(ctx.lang, 'notOffered', { province: ref.province === self ? L(ctx.lang, 'thisProvince') : provinceName(ref.province) });
  }
  if (ref.context === 'unresolved') return L(ctx.lang, 'unresolvedRef');
  if (ref.province !== null && ref.province !== self) return L(ctx.lang, 'inProvince', { province: provinceName(ref.province) });
  return '';
}
