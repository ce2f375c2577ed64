import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceIndex } from './source-index.js';

/**
 * The comment (`// …` or `/* … *\/`) where `JSON.parse` stopped, at `offset`, or, when it
 * gave no position (text that does not start as JSON), at the start of the text.
 */
export function jsonCommentAt(text: string, offset: number | undefined): { opener: '//' | '/*'; start: number; end: number } | undefined {
  const start = offset ?? text.search(/\S/);
  if (start < 0) return undefined;
  if (text.startsWith('//', start)) {
    const newline = text.indexOf('\n', start);
    return { opener: '//', start, end: newline === -1 ? text.length : newline };
  }
  if (text.startsWith('/*', start)) {
    const close = text.indexOf('*/', start + 2);
    return { opener: '/*', start, end: close === -1 ? text.length : close + 2 };
  }
  return undefined;
}

/** JSON_SYNTAX at a comment of a `.json` file: JSON has none. */
export function jsonCommentDiagnostic(comment: { opener: '//' | '/*'; start: number; end: number }, source: SourceIndex): Diagnostic {
  const shown = comment.opener === '//' ? '// …' : '/* … */';
  return createDiagnostic('JSON_SYNTAX', {
    message: `JSON syntax error: a comment (${shown}) is not allowed in JSON.`,
    hint: 'JSON has no comments: remove them, or rename the file to .yaml and write each comment after #.',
    location: source.at(comment.start, [], comment.end),
    args: { comment: comment.opener },
  });
}
