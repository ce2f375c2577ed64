import type { AnalysisResult } from '../../analysis/result-types.js';
import { compareCodes } from '../blocked-rows.js';
import type { Lang } from '../labels.js';
import { escapeHtml, safeUrl } from './escape.js';
import { htmlLabel as L } from './labels.js';

/** A legal document cited somewhere in a result. */
export interface CitedLegal {
  legal: string;
  number?: string;
  title?: string;
  source?: string;
}

/**
 * Every legal document the result cites (requirement bases, sunset bases, amendments that
 * accept or drop), once each, ordered by number as codes are: 11/2021 before 100/2015.
 */
export function citedLegal(result: AnalysisResult): CitedLegal[] {
  const out = new Map<string, CitedLegal>();
  const add = (c: CitedLegal) => {
    const before = out.get(c.legal);
    out.set(c.legal, {
      legal: c.legal,
      ...((c.number ?? before?.number) ? { number: c.number ?? before?.number } : {}),
      ...((c.title ?? before?.title) ? { title: c.title ?? before?.title } : {}),
      ...((c.source ?? before?.source) ? { source: c.source ?? before?.source } : {}),
    });
  };
  for (const r of result.results) {
    for (const req of r.requirements) {
      if (req.basis) add(req.basis);
      if (req.dropped_by) add(req.dropped_by);
      for (const c of req.candidates) {
        if (c.amendment) add(c.amendment);
        if (c.reason.kind === 'expired' && c.reason.basis) add(c.reason.basis);
      }
    }
  }
  return [...out.values()].sort((a, b) => compareCodes(a.number ?? a.legal, b.number ?? b.legal));
}

/**
 * The list of cited legal documents with their URLs written out, so a printed copy keeps
 * them; a title in `titles` (by legal id) replaces the one the result carries.
 */
export function sourcesSection(lang: Lang, cited: CitedLegal[], titles: Map<string, string> = new Map()): string {
  const head = `<section id="sources"><h2>${L(lang, 'sources')}</h2>`;
  if (cited.length === 0) return `${head}<p>${L(lang, 'noSources')}</p></section>`;
  const items = cited.map((c) => {
    const url = safeUrl(c.source);
    const link = url ? `<a href="${escapeHtml(url)}" rel="noopener">${escapeHtml(url)}</a>` : `<span class="note">${L(lang, 'noLink')}</span>`;
    const title = titles.get(c.legal) ?? c.title;
    return `<li><b>${escapeHtml(c.number ?? c.legal)}</b>${title ? ` — ${escapeHtml(title)}` : ''}<br>${link}</li>`;
  });
  return `${head}<ol class="sources">${items.join('')}</ol></section>`;
}
