import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { legalNumberKey } from '../text/vietnamese.js';
import type { CheckContext } from './check-context.js';
import { ID_FIELDS } from './entity-keys.js';
import type { Section } from './types.js';

const KIND: Record<Section, string> = {
  provinces: 'province code',
  documents: 'document id',
  data_sources: 'data source id',
  legal: 'legal document id',
  procedures: 'procedure code',
};

interface Seen {
  section: Section;
  i: number;
}

/**
 * Ids and codes defined twice, in one file or across files: documents and data sources
 * (one namespace, since `accept` may name either), legal ids, legal numbers (compared
 * after NFC, case folding and NĐ/ND), procedure codes and province codes.
 */
export function checkDuplicates(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups: Section[][] = [['provinces'], ['documents', 'data_sources'], ['legal'], ['procedures']];
  for (const group of groups) {
    const seen = new Map<string, Seen>();
    for (const section of group) {
      const field = ID_FIELDS[section];
      ctx.catalog[section].forEach((entity, i) => {
        const id = (entity as unknown as Record<string, unknown>)?.[field];
        if (typeof id !== 'string' || id === '') return;
        const first = seen.get(id);
        if (!first) {
          seen.set(id, { section, i });
          return;
        }
        const firstLoc = ctx.locate(first.section, first.i, [field]);
        const same = first.section === section;
        out.push(
          createDiagnostic('DUPLICATE_ID', {
            message: same
              ? `The ${KIND[section]} '${id}' is defined twice; it is first defined at ${ctx.where(firstLoc)}.`
              : `The ${KIND[section]} '${id}' is already used by a ${KIND[first.section].replace(/ id$/, '')} at ${ctx.where(firstLoc)}; documents and data sources share one set of ids.`,
            hint: 'Remove the copy, or rename one of them and update the references to it.',
            location: ctx.locate(section, i, [field]),
            related: firstLoc ? [{ message: 'first defined here', location: firstLoc }] : [],
            args: { id, kind: section },
          }),
        );
      });
    }
  }
  const numbers = new Map<string, number>();
  ctx.catalog.legal.forEach((legal, i) => {
    const num = (legal as unknown as Record<string, unknown>)?.number;
    if (typeof num !== 'string' || num === '') return;
    const key = legalNumberKey(num);
    const first = numbers.get(key);
    if (first === undefined) {
      numbers.set(key, i);
      return;
    }
    const firstLoc = ctx.locate('legal', first, ['number']);
    const firstNumber = ctx.catalog.legal[first].number;
    out.push(
      createDiagnostic('DUPLICATE_LEGAL_NUMBER', {
        message: `The legal number '${num}' is already the number of ${ctx.label('legal', first)} ('${firstNumber}', at ${ctx.where(firstLoc)}); numbers compare without regard to case or NĐ/ND.`,
        hint: 'A legal document takes one entry: remove the copy, or correct the number.',
        location: ctx.locate('legal', i, ['number']),
        related: firstLoc ? [{ message: 'first used here', location: firstLoc }] : [],
        args: { number: num },
      }),
    );
  });
  return out;
}
