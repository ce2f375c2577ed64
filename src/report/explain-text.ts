import type { AnalysisResult, CandidateResult, EvaluationRef, ProcedureResult, Status } from '../analysis/result-types.js';
import type { Lang } from './labels.js';
import { label } from './labels.js';
import { amendmentText, candidateName, documentName, lapsedText, originText, provinceGroupText, provinceText, provisionText, reasonText, refText, statusText } from './describe.js';
import { whereText } from './blocked-text.js';
import { resultState } from '../analysis/result-state.js';
import { evaluationIndex, holdingBack } from './evaluation-index.js';
import { expectArgument, expectLimitOption, expectOptions } from '../util/expect-argument.js';
import { pushAll } from '../util/push-all.js';
import { provincesOf } from './province-group.js';
import { explainNext } from './explain-next.js';
import { commandSite, nextTextLines, type ShellLangOption } from './next-commands.js';
import { fitLines } from './fit-lines.js';

/** A line of an explanation and the lines below it. */
export interface ExplainNode {
  text: string;
  children: ExplainNode[];
  /** Equal for nodes whose subtrees read the same, once worked out (`TreeBuilder.idOf`). */
  id?: number;
}

const MARK: Record<Status, string> = { met: '✓', blocked: '✗', unknown: '?' };

/**
 * "met, still needs paper", "met, paperless", or, met without paper but with a card or
 * electronic document because no lookup works there (`byDocument`), "met, needs a card…".
 */
function stateText(r: { status: Status; paper: boolean }, lang: Lang, deadlock = false, byDocument = false): string {
  let s = statusText(r.status, lang);
  if (r.status === 'met') s += `, ${label(lang, r.paper ? 'status.paper' : byDocument ? 'status.document' : 'status.paperless')}`;
  if (deadlock) s += ` (${label(lang, 'status.deadlock')})`;
  return s;
}

/** The state of an evaluation in full: its deadlock, and a card or electronic document where no lookup works. */
function evaluationText(r: ProcedureResult, lang: Lang): string {
  return stateText(r, lang, r.deadlock, resultState(r) === 'document');
}

/** How many procedures deep a text explanation goes before it stops and names where to go on. */
export const EXPLAIN_MAX_DEPTH = 40;

class TreeBuilder {
  private readonly seen = new Set<string>();
  /** How many procedures deep the subtree being built is. */
  private depth = 0;
  /**
   * The province the subtree being built is told from: its evaluations there carry no
   * province, and its reasons call it "this province". The explained evaluation's province,
   * or, below a procedure done only when done in every province, the holding province's.
   */
  private home: string | null;
  /** Subtrees by what they read, for `idOf`. */
  private readonly ids = new Map<string, number>();
  constructor(
    private readonly find: ReturnType<typeof evaluationIndex>,
    private readonly lang: Lang,
    rootProvince: string | null,
    /** The province the result is limited to, or null. */
    private readonly province: string | null = null,
  ) {
    this.home = rootProvince;
  }

  private where(province: string | null): string {
    return province === this.home ? '' : ` [${provinceText(province, this.lang)}]`;
  }

  /** A number for what a subtree reads: the same for two subtrees exactly when they read the same. */
  private idOf(n: ExplainNode): number {
    if (n.id === undefined) {
      const key = `${n.text}\u0000${n.children.map((c) => this.idOf(c)).join(',')}`;
      let id = this.ids.get(key);
      if (id === undefined) this.ids.set(key, (id = this.ids.size));
      n.id = id;
    }
    return n.id;
  }

  /** The subtree of a referenced evaluation, or a one-line note when already shown or absent. */
  ref(prefix: string, ref: EvaluationRef): ExplainNode {
    // Nothing to unfold: the procedure does not run there, or the catalog lacks it.
    if (ref.context === 'not-offered') return { text: `${prefix}${refText(ref, this.home, this.lang, true)}`, children: [] };
    if (ref.context === 'unresolved') return { text: `${prefix}${refText(ref, undefined, this.lang)} — ${stateText(ref, this.lang)}`, children: [] };
    const found = this.find(ref);
    if (found.length === 0) {
      return { text: `${prefix}${label(this.lang, 'explain.missing', { code: ref.code, where: this.where(ref.province), status: stateText(ref, this.lang) })}`, children: [] };
    }
    const r = found[0];
    if (r.province !== ref.province) return this.everyProvince(prefix, ref, found);
    const key = `${ref.code}@${ref.province ?? ''}`;
    const head = `${prefix}${r.code} ${this.name(r)}${this.where(r.province)} — ${evaluationText(r, this.lang)}`;
    if (this.seen.has(key)) return { text: `${head} ${label(this.lang, 'explain.seen')}`, children: [] };
    if (this.depth >= EXPLAIN_MAX_DEPTH) return { text: `${head} ${label(this.lang, 'explain.deeper', { depth: this.depth, code: r.code })}`, children: [] };
    this.depth++;
    try {
      return { text: head, children: this.body(r) };
    } finally {
      this.depth--;
    }
  }

  /**
   * A provincial procedure as a central one sees it: done only when done in every province
   * where it runs. Below it, the provinces that hold it back (blocked, unknown, or still
   * needing paper), each with its own subtree.
   */
  private everyProvince(prefix: string, ref: EvaluationRef, found: ProcedureResult[]): ExplainNode {
    const where = label(this.lang, 'explain.every-province');
    const byDocument = found.some((x) => resultState(x) === 'document');
    const head = `${prefix}${ref.code} ${this.name(found[0])} [${where}] — ${stateText(ref, this.lang, false, byDocument)}`;
    // Each holding province's subtree is told from that province, and provinces whose
    // subtrees then read the same share one, headed by their codes: "1.010041 … [GL, DN]".
    const groups = new Map<number, { provinces: (string | null)[]; node: ExplainNode }>();
    for (const r of holdingBack(ref, found)) {
      const home = this.home;
      this.home = r.province;
      let node: ExplainNode;
      try {
        node = this.ref('', { code: r.code, province: r.province, status: r.status, paper: r.paper });
      } finally {
        this.home = home;
      }
      const id = this.idOf(node);
      const group = groups.get(id);
      if (group) group.provinces.push(r.province);
      else groups.set(id, { provinces: [r.province], node });
    }
    const runsIn = provincesOf(found);
    const children = [...groups.values()].map(({ provinces, node }): ExplainNode => {
      // The subtree's head reads "code name — state…"; the provinces go after the name.
      const name = `${ref.code} ${this.name(found[0])}`;
      return { text: `${name} [${provinceGroupText(provinces, runsIn, this.lang)}]${node.text.slice(name.length)}`, children: node.children };
    });
    const heldBack = ref.status !== 'met' || ref.paper;
    if (heldBack && children.length === 0 && this.province !== null) {
      children.push({ text: label(this.lang, 'explain.outside-province', { province: this.province }), children: [] });
    }
    return { text: head, children };
  }

  private name(r: ProcedureResult): string {
    return this.lang === 'en' && r.name_en ? r.name_en : r.name;
  }

  /** Requirements, their candidates, and the procedures needed first, of one evaluation. */
  body(r: ProcedureResult): ExplainNode[] {
    this.seen.add(`${r.code}@${r.province ?? ''}`);
    const lang = this.lang;
    const out: ExplainNode[] = [];
    for (const req of r.requirements) {
      const basis = req.basis ? label(lang, 'explain.basis', { basis: provisionText(req.basis, lang) }) : label(lang, 'explain.no-basis');
      const head = `${MARK[req.status]} ${label(lang, 'explain.requirement', { n: req.index + 1, document: documentName(req, lang), mode: label(lang, `mode.${req.mode}`) })} — ${basis}`;
      const children: ExplainNode[] = [];
      if (req.dropped_by) {
        const amendment = amendmentText(req.dropped_by, lang);
        const text = req.dropped_by.effective
          ? label(lang, 'explain.dropped', { amendment, date: req.dropped_by.effective })
          : label(lang, 'explain.dropped-always', { amendment });
        children.push({ text: `✓ ${text}`, children: [] });
      }
      for (const c of req.candidates) children.push(this.candidate(c, req.chosen === c.id));
      // Changes that once covered it and lapsed: what they did no longer applies.
      for (const l of req.lapsed ?? []) children.push({ text: `✗ ${lapsedText(l, lang)}`, children: [] });
      out.push({ text: head, children });
    }
    for (const n of r.needs) out.push(this.ref(`${MARK[n.status]} ${label(lang, 'explain.needs')} `, n));
    if (out.length === 0) out.push({ text: label(lang, 'explain.no-requirements'), children: [] });
    return out;
  }

  private candidate(c: CandidateResult, chosen: boolean): ExplainNode {
    const lang = this.lang;
    const text = `${MARK[c.status]} ${candidateName(c, lang)} [${label(lang, `form.${c.form ?? 'unknown'}`)}] — ${originText(c, lang)}; ${reasonText(c.reason, lang, this.home, true)}${chosen ? ` ${label(lang, 'explain.chosen')}` : ''}`;
    const via = c.reason.kind === 'obtainable' ? [c.reason.via] : c.reason.kind === 'not-obtainable' ? c.reason.via : [];
    // A procedure not offered there, or unresolved, is said in the reason already.
    const unfolded = via.filter((v) => v.context !== 'not-offered' && v.context !== 'unresolved');
    return { text, children: unfolded.map((v) => this.ref('', v)) };
  }
}

function draw(nodes: ExplainNode[], indent: string, out: string[]): void {
  nodes.forEach((n, i) => {
    const last = i === nodes.length - 1;
    out.push(`${indent}${last ? '└─ ' : '├─ '}${n.text}`);
    draw(n.children, indent + (last ? '   ' : '│  '), out);
  });
}

/** The most lines `renderExplainText` writes unless told otherwise. */
export const EXPLAIN_MAX_LINES = 100_000;

/** The code of ExplanationTooLargeError: the text explanation would run past its `maxLines`. */
export type ExplanationTooLargeErrorCode = 'TOO_MANY_LINES';

/**
 * The text `renderExplainText` would write runs past `maxLines` lines: in a national catalog, a
 * procedure that needs procedures run in every province can lead to tens of thousands of
 * evaluations, each unfolded again under every province it is explained for.
 */
export class ExplanationTooLargeError extends Error {
  override readonly name = 'ExplanationTooLargeError';
  /** Stable code: TOO_MANY_LINES. */
  readonly code: ExplanationTooLargeErrorCode = 'TOO_MANY_LINES';
  constructor(
    /** The code of the procedure explained. */
    readonly procedure: string,
    /** The limit that was reached. */
    readonly maxLines: number,
  ) {
    super(
      `The explanation of ${procedure} runs past ${maxLines} lines. ` +
        'Explain it in one province (analyse with a province), read it as data (renderExplainJson), or raise maxLines.',
    );
  }
}

/** An explanation as its parts: its title, and a tree for each group of provinces whose trees read the same. */
export interface Explanation {
  title: string;
  /** Said instead of any tree when the result has no evaluation of the procedure. */
  none?: string;
  groups: {
    /** "1.001193 Đăng ký khai sinh — đáp ứng, không cần giấy". */
    heading: string;
    /** "Tại: …", for a provincial procedure. */
    provinces?: string;
    tree: ExplainNode[];
    /** The tree drawn as text, a line a node. */
    drawn: string[];
  }[];
}

/**
 * The explanation of one procedure, as `renderExplainText` and `renderExplainMarkdown` write
 * it; its title names the result's province as the other reports do, by `provinceName` and
 * code when given the name. Throws `ExplanationTooLargeError` as soon as its lines run past
 * `maxLines`.
 */
export function explanation(result: AnalysisResult, code: string, lang: Lang, maxLines: number, provinceName?: string): Explanation {
  const find = evaluationIndex(result);
  const evaluations = result.results.filter((r) => r.code === code);
  const title = label(lang, 'title.explain', { at: result.at, without: whereText(result, lang, provinceName) });
  if (evaluations.length === 0) return { title, none: label(lang, 'explain.unknown-procedure', { code }), groups: [] };
  const groups = new Map<string, { provinces: (string | null)[]; first: ProcedureResult; tree: ExplainNode[]; drawn: string[] }>();
  // The lines written so far: the title (the blank line after it stands for the last one, trimmed).
  let written = 1;
  for (const r of evaluations) {
    const tree = new TreeBuilder(find, lang, r.province, result.province).body(r);
    const lines: string[] = [];
    draw(tree, '', lines);
    const key = `${evaluationText(r, lang)}\n${lines.join('\n')}`;
    const g = groups.get(key);
    if (g) g.provinces.push(r.province);
    else {
      // Its heading, its provinces (a provincial procedure), its tree and a blank line.
      written += lines.length + (r.province === null ? 2 : 3);
      if (written > maxLines) throw new ExplanationTooLargeError(code, maxLines);
      groups.set(key, { provinces: [r.province], first: r, tree, drawn: lines });
    }
  }
  const runsIn = provincesOf(evaluations);
  return {
    title,
    groups: [...groups].map(([key, g]) => {
      const name = lang === 'en' && g.first.name_en ? g.first.name_en : g.first.name;
      const heading = `${g.first.code} ${name} — ${key.slice(0, key.indexOf('\n'))}`;
      const provinces = g.provinces.some((p) => p !== null) ? label(lang, 'explain.provinces', { provinces: provinceGroupText(g.provinces, runsIn, lang) }) : undefined;
      return { heading, ...(provinces === undefined ? {} : { provinces }), tree: g.tree, drawn: g.drawn };
    }),
  };
}

export interface ExplainTextOptions extends ShellLangOption {
  lang?: Lang;
  /** Throw `ExplanationTooLargeError` past this many lines (default `EXPLAIN_MAX_LINES`). */
  maxLines?: number;
  /** The name of the result's province in the report's language: the title says "tại Gia Lai (GL)" instead of "tại GL". */
  provinceName?: string;
  /**
   * The catalog's path as the user typed it: the text and Markdown explanations of a
   * procedure blocked or still needing paper end with the command that finds the smallest
   * set of changes for it (`tthc plan --only`). None without it.
   */
  source?: string;
  /**
   * The width to fit the explanation into, in columns (a terminal's): a longer line is broken
   * between words onto more lines, in its branch of the tree (`fitLines`); the commands to
   * run next are not. None: each line as it is.
   */
  width?: number;
}

/**
 * The explanation of one procedure as an indented tree: each requirement with its basis,
 * each candidate with how it came to be accepted and why it is or is not available (naming
 * the provision and the date that decided it), down through the procedures it needs and
 * those that obtain a document. Provinces whose trees are identical share one tree.
 * A tree goes at most `EXPLAIN_MAX_DEPTH` procedures deep; the procedure reached there is
 * named, with where to go on. Throws `ExplanationTooLargeError` as soon as the text runs past
 * `maxLines` lines (default `EXPLAIN_MAX_LINES`; `Infinity` for no limit).
 */
export function renderExplainText(result: AnalysisResult, code: string, options: ExplainTextOptions = {}): string {
  expectOptions(options, 'renderExplainText', '{ lang: "en" }');
  expectArgument(result, 'AnalysisResult', 'renderExplainText');
  expectLimitOption(options.width, 'width', 'renderExplainText');
  const e = explanation(result, code, options.lang ?? 'vi', options.maxLines ?? EXPLAIN_MAX_LINES, options.provinceName);
  if (e.none !== undefined) return `${e.title}\n\n${e.none}\n`;
  const out: string[] = [e.title, ''];
  for (const g of e.groups) {
    out.push(g.heading);
    if (g.provinces !== undefined) out.push(g.provinces);
    pushAll(out, g.drawn);
    out.push('');
  }
  const site = commandSite(options);
  const next = site === undefined ? [] : nextTextLines(label(options.lang ?? 'vi', 'next'), explainNext(result, code, site, options.lang ?? 'vi'), options.width);
  const fitted = fitLines(out, options.width);
  return `${fitted.join('\n').trimEnd()}\n${next.map((l) => `${l}\n`).join('')}`;
}
