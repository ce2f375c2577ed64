import { createDiagnostic } from '../../diagnostics/create.js';
import type { Diagnostic, SourceLocation } from '../../diagnostics/types.js';
import { visibleText } from '../../text/white-space.js';
import type { Path, ReformCheckContext } from './reform-check-context.js';

/** UNKNOWN_REFERENCE: a name of this kind that neither the catalog nor the reform defines. */
export function unknownReference(message: string, hint: string, location: SourceLocation | undefined, reference: string, kind: string): Diagnostic {
  return createDiagnostic('UNKNOWN_REFERENCE', { message, hint, location, args: { reference, kind } });
}

/**
 * The finding about an id at `path` that names no document (a scope) or no data source (a
 * connection) of the catalog: WRONG_REFERENCE_KIND when it names one of the other kind,
 * UNKNOWN_REFERENCE with a "did you mean" otherwise. `subject` starts the message.
 */
export function evidenceFinding(ctx: ReformCheckContext, id: string, want: 'document' | 'data_source', path: Path, subject: string): Diagnostic {
  const wrongKind = want === 'document' ? ctx.sources.has(id) : ctx.documents.has(id);
  const wantWords = want === 'document' ? 'document' : 'data source';
  if (wrongKind) {
    return createDiagnostic('WRONG_REFERENCE_KIND', {
      message: `${subject} names '${visibleText(id)}', which is a ${want === 'document' ? 'data source' : 'document'}, not a ${wantWords}.`,
      hint: want === 'document' ? 'A scope names the required document; list data sources under accept:.' : 'Only data sources are connected.',
      location: ctx.where(path),
      args: { reference: id, expected: want },
    });
  }
  const dym = ctx.didYouMean(id, [want]);
  return unknownReference(
    `${subject} names '${visibleText(id)}', which is no ${wantWords} of the catalog.`,
    `${dym ? `${dym} ` : ''}Use an id from ${want === 'document' ? 'documents' : 'data_sources'}: of the catalog.`,
    ctx.where(path),
    id,
    want,
  );
}
