import type {
  AmendmentInfo,
  AnalysisResult,
  CandidateResult,
  EvaluationRef,
  LapsedAmendment,
  ProcedureResult,
  ProvisionInfo,
  Reason,
  Status,
} from '../analysis/result-types.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { deadlockReason } from './deadlock-reason.js';
import { someNames } from './some-names.js';
import { provisionLabelEn } from './provision-en.js';
import { LISTED_PROVINCES, provinceGroup } from './province-group.js';

/** "Điều 2 khoản 1 Nghị định 123/2015/NĐ-CP" as the analysis wrote it, or "Article 2(1) of Decree 123/2015/NĐ-CP". */
export function provisionText(p: ProvisionInfo, lang: Lang): string {
  return lang === 'vi' ? p.label : provisionLabelEn(p.label);
}

/** The change an amendment makes, cited by where it sits in the amending document. */
export function amendmentText(a: AmendmentInfo, lang: Lang): string {
  return lang === 'vi' ? a.label : provisionLabelEn(a.label);
}

/** A name in the report's language: the English one with --lang en when the catalog gives one. */
export function nameIn(lang: Lang, name: string, nameEn: string | undefined): string {
  return lang === 'en' && nameEn !== undefined ? nameEn : name;
}

/**
 * The province of a report as its title gives it: "Gia Lai (GL)" when the caller gives its
 * name (in the report's language), else the code.
 */
export function provinceTitle(code: string, name?: string): string {
  return name ? `${name} (${code})` : code;
}

/** A requirement's document in the report's language. */
export function documentName(req: { document_name: string; document_name_en?: string }, lang: Lang): string {
  return nameIn(lang, req.document_name, req.document_name_en);
}

/** A candidate document or data source in the report's language. */
export function candidateName(c: { name: string; name_en?: string }, lang: Lang): string {
  return nameIn(lang, c.name, c.name_en);
}

export function statusText(s: Status, lang: Lang): string {
  return label(lang, `status.${s}`);
}

export function provinceText(province: string | null, lang: Lang): string {
  return province ?? label(lang, 'central');
}

/**
 * "1.010041" for a reference to another evaluation in the same province as `home`, and
 * "1.010041 (HN)" (or "… (Trung ương)") when it lies elsewhere; "p-ct07 (not offered in GL)"
 * for a procedure that does not run where it is needed, "p-x (unresolved reference)" for a
 * code the catalog lacks.
 */
export function refText(ref: EvaluationRef, home: string | null | undefined, lang: Lang, relative = false): string {
  if (ref.context === 'unresolved') return `${ref.code} (${label(lang, 'ref.unresolved')})`;
  if (ref.context === 'not-offered') return `${ref.code} (${label(lang, 'ref.not-offered', { province: placeText(ref.province, home, lang, relative) })})`;
  if (home !== undefined && ref.province === home) return ref.code;
  return `${ref.code} (${provinceText(ref.province, lang)})`;
}

/**
 * A province named in a reason: its code, or, when `relative` and it is `home` (a province),
 * "this province", so that provinces whose explanations differ only in naming themselves read
 * the same.
 */
function placeText(province: string | null, home: string | null | undefined, lang: Lang, relative: boolean): string {
  return relative && province !== null && province === home ? label(lang, 'this-province') : provinceText(province, lang);
}

/** A procedure a document could be obtained through, and why it cannot be: "1.010041 blocked", "p-ct07 (not offered in GL)". */
function viaText(ref: EvaluationRef, home: string | null | undefined, lang: Lang, relative: boolean): string {
  const text = refText(ref, home, lang, relative);
  return ref.context === 'unresolved' || ref.context === 'not-offered' ? text : `${text} ${statusText(ref.status, lang)}`;
}

/**
 * Why a candidate is or is not available, with the date that decided it; `home` is the
 * province of the evaluation it belongs to. With `relative`, `home` is called "this province".
 */
export function reasonText(reason: Reason, lang: Lang, home?: string | null, relative = false): string {
  switch (reason.kind) {
    case 'valid':
      return reason.valid_until ? label(lang, 'reason.valid-until', { date: reason.valid_until }) : label(lang, 'reason.valid');
    case 'lacking':
      return label(lang, 'reason.lacking');
    case 'expired':
      return reason.basis
        ? label(lang, 'reason.expired-basis', { date: reason.valid_until, basis: provisionText(reason.basis, lang) })
        : label(lang, 'reason.expired', { date: reason.valid_until });
    case 'connected':
      return label(lang, reason.where === 'national' ? 'reason.connected-national' : 'reason.connected-province', {
        date: reason.since,
      });
    case 'not-connected':
      if (reason.province === null) return label(lang, 'reason.not-connected-national');
      return reason.since
        ? label(lang, 'reason.not-connected-since', { province: placeText(reason.province, home, lang, relative), date: reason.since })
        : label(lang, 'reason.not-connected', { province: placeText(reason.province, home, lang, relative) });
    case 'obtainable':
      return label(lang, 'reason.obtainable', { via: refText(reason.via, home, lang, relative) });
    case 'not-obtainable':
      // No procedure to name: the document's obtained_by is empty.
      if (reason.via.length === 0) return label(lang, 'reason.not-issued');
      return label(lang, 'reason.not-obtainable', { via: someNames(reason.via, ', ', lang, (v) => viaText(v, home, lang, relative)) });
    case 'unresolved':
      return label(lang, 'reason.unresolved', { ref: reason.reference });
  }
}

/** How a candidate came to be acceptable: required, accepted from the start, or by an amendment from a date. */
export function originText(c: CandidateResult, lang: Lang): string {
  if (c.origin !== 'amendment' || !c.amendment) return label(lang, c.origin === 'required' ? 'origin.required' : 'origin.accept');
  const amendment = amendmentText(c.amendment, lang);
  return c.amendment.effective
    ? label(lang, 'origin.amendment', { amendment, date: c.amendment.effective })
    : label(lang, 'origin.amendment-always', { amendment });
}

/**
 * A change that lapsed, and what it had done: "Article 5(1) of Official Dispatch 5/2023/CĐ-TTg
 * accepted National Population Database [data] from 2023-01-01; lapsed after 2025-01-09".
 */
export function lapsedText(l: LapsedAmendment, lang: Lang): string {
  const candidates = l.accepted.map((c) => `${candidateName(c, lang)} [${label(lang, `form.${c.form ?? 'unknown'}`)}]`).join(', ');
  const change = l.amendment.drop
    ? label(lang, candidates ? 'explain.lapsed-drop-accept' : 'explain.lapsed-drop', { candidates })
    : label(lang, 'explain.lapsed-accept', { candidates });
  const amendment = amendmentText(l.amendment, lang);
  return l.amendment.effective
    ? label(lang, 'explain.lapsed', { amendment, change, date: l.amendment.effective, until: l.expires })
    : label(lang, 'explain.lapsed-always', { amendment, change, until: l.expires });
}

/**
 * Why a candidate is or is not available, in a line of its own: as `reasonText`, but a
 * document obtainable through a procedure that is not met also says that procedure's state
 * ("obtainable through procedure cap-z, which cannot be decided"), which `tthc explain`
 * shows on the procedure's own line below the candidate.
 */
function rowReasonText(reason: Reason, lang: Lang, home: string | null, relative: boolean): string {
  if (reason.kind !== 'obtainable' || reason.via.status === 'met') return reasonText(reason, lang, home, relative);
  const key = reason.via.status === 'unknown' ? 'reason.obtainable-unknown' : 'reason.obtainable-blocked';
  return label(lang, key, { via: refText(reason.via, home, lang, relative) });
}

/**
 * One line saying why an evaluation is blocked (or unknown): its unmet requirements and
 * needs. With `relative`, the evaluation's own province is "this province", so that the
 * lines of provinces blocked the same way read the same.
 */
export function blockReason(result: AnalysisResult, r: ProcedureResult, lang: Lang, relative = false): string {
  const parts: string[] = [];
  if (r.deadlock) parts.push(deadlockReason(result, r, lang));
  for (const req of r.requirements) {
    if (req.status !== r.status) continue;
    const own = req.candidates.find((c) => c.origin === 'required') ?? req.candidates[0];
    let text = `${documentName(req, lang)}: ${own ? rowReasonText(own.reason, lang, r.province, relative) : label(lang, 'none')}`;
    const others = req.candidates.filter((c) => c !== own);
    if (others.length) text += ` (${others.map((c) => `${candidateName(c, lang)}: ${rowReasonText(c.reason, lang, r.province, relative)}`).join('; ')})`;
    parts.push(text);
  }
  for (const n of r.needs) {
    if (n.status === r.status) parts.push(label(lang, 'reason.needs', { code: refText(n, r.province, lang, relative), status: statusText(n.status, lang) }));
  }
  return [...new Set(parts)].join('; ') || label(lang, 'reason.no-requirement');
}

/** The bases of the requirements that block (or leave unknown) an evaluation. */
export function blockBasis(r: ProcedureResult, lang: Lang): string {
  const seen = new Set<string>();
  for (const req of r.requirements) {
    if (req.status === r.status && req.basis) seen.add(provisionText(req.basis, lang));
  }
  return [...seen].join('; ');
}

/** The steps of the best path that still need paper: paper documents and procedures that need paper. */
export function paperSteps(r: ProcedureResult, lang: Lang): string {
  const parts: string[] = [];
  for (const req of r.requirements) {
    const c = req.candidates.find((x) => x.id === req.chosen);
    if (!c || !c.paper) continue;
    let text = `${candidateName(c, lang)} [${label(lang, `form.${c.form ?? 'unknown'}`)}]`;
    if (c.reason.kind === 'obtainable') text += ` — ${reasonText(c.reason, lang, r.province)}`;
    parts.push(text);
  }
  for (const n of r.needs) {
    if (n.paper) parts.push(label(lang, 'reason.needs', { code: refText(n, r.province, lang), status: label(lang, 'status.paper') }));
  }
  // Two requirements met by the same paper document are one paper step.
  return [...new Set(parts)].join('; ');
}

/**
 * The provinces a group of one procedure's evaluations holds for, among those it runs in
 * (`runsIn`), as `provinceGroup` tells them with at most `listed` named: "HN, HCM, GL", "all
 * 63 provinces where it runs", or "every province where it runs but BK, PY, GL (60 of 63)".
 */
export function provinceGroupText(provinces: readonly (string | null)[], runsIn: readonly string[], lang: Lang, listed = LISTED_PROVINCES): string {
  const g = provinceGroup(provinces, runsIn, listed);
  if (g.kind === 'all') return label(lang, 'provinces.all', { n: g.total });
  if (g.kind === 'all-but') return label(lang, 'provinces.all-but', { provinces: g.others.join(', '), n: g.held, total: g.total });
  return g.provinces.map((p) => provinceText(p, lang)).join(', ');
}

/**
 * A table's cell of provinces: up to `max` codes; past that, when where the procedure runs is
 * known (`runsIn`), "all 63 provinces where it runs" or, with at most `max` left out, "every
 * province where it runs but BK, PY, GL (60 of 63)"; else the first `max` and "+N more".
 */
export function provinceCell(provinces: (string | null)[], lang: Lang, max: number, runsIn: readonly string[] | undefined): string {
  if (provinces.length > max && runsIn !== undefined && provinceGroup(provinces, runsIn, max).kind !== 'list') return provinceGroupText(provinces, runsIn, lang, max);
  return provinceList(provinces, lang, max);
}

/**
 * A Markdown cell of provinces, which names them all: every code, or, when where the
 * procedure runs is known (`runsIn`) and they are all of it or all but a few, "all 63
 * provinces where it runs" or "every province where it runs but BK, PY, GL (60 of 63)".
 */
export function provinceCellInFull(provinces: (string | null)[], lang: Lang, runsIn: readonly string[] | undefined): string {
  if (runsIn !== undefined && provinceGroup(provinces, runsIn).kind !== 'list') return provinceGroupText(provinces, runsIn, lang);
  return provinceList(provinces, lang);
}

/** "HN, HCM, GL" — or, past `max` codes, the first `max` and "+N more". */
export function provinceList(provinces: (string | null)[], lang: Lang, max = Infinity): string {
  const names = provinces.map((p) => provinceText(p, lang));
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} ${label(lang, 'more', { n: names.length - max })}`;
}
