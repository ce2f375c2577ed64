import type { CST, YAMLError } from 'yaml';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';

/** What opens a quoted value or a flow collection. */
type Opener = '"' | "'" | '[' | '{';

/** An opening quote, bracket or brace that is never closed, and the one it lies in, if unclosed too. */
interface Unclosed {
  opener: Opener;
  offset: number;
  parent: Unclosed | undefined;
}

const CLOSER: Record<Opener, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

/**
 * The opener a yaml error is about, when it says a quote, bracket or brace was not closed.
 * yaml reports these where it gave up, at the end of the file or of the collection.
 */
function openerOfError(e: YAMLError): Opener | undefined {
  if (e.code !== 'MISSING_CHAR' && e.code !== 'BAD_INDENT') return undefined;
  const quote = /^Missing closing (["'])quote/.exec(e.message);
  if (quote) return quote[1] as Opener;
  const flow = /^Flow (sequence|map) (?:in block collection must be sufficiently indented and |must )end with a [\]}]/.exec(e.message);
  if (flow) return flow[1] === 'map' ? '{' : '[';
  return undefined;
}

/** The unclosed quotes, brackets and braces of parsed (not yet composed) documents, in text order. */
function findUnclosed(docs: readonly CST.Document[]): Unclosed[] {
  const found: Unclosed[] = [];
  const stack: [CST.Token, Unclosed | undefined][] = [];
  for (const doc of docs) if (doc.value) stack.push([doc.value, undefined]);
  while (stack.length > 0) {
    const [token, parent] = stack.pop() as [CST.Token, Unclosed | undefined];
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const opener = token.source.charAt(0) as Opener;
      if (token.source.length < 2 || !token.source.endsWith(CLOSER[opener])) found.push({ opener, offset: token.offset, parent });
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    let inner = parent;
    if (token.type === 'flow-collection') {
      const opener = token.start.source as Opener;
      if (token.end[0]?.source !== CLOSER[opener]) {
        inner = { opener, offset: token.offset, parent };
        found.push(inner);
      }
    }
    for (const item of token.items) {
      if (item.key) stack.push([item.key, inner]);
      if (item.value) stack.push([item.value, inner]);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Turns yaml's errors about an unclosed quote, bracket or brace into one diagnostic at the
 * opener. An unclosed quote swallows the bracket that would close the list around it, and
 * nested brackets left open each get an error of their own: all of these point at the
 * innermost opener, reported once.
 */
export class UnclosedOpeners {
  private found: Unclosed[] | undefined;
  private readonly reported = new Set<number>();

  constructor(
    private readonly docs: readonly CST.Document[],
    private readonly file: string,
    private readonly where: (offset: number) => { line: number; column: number },
  ) {}

  /**
   * The diagnostic for an error about an opener; null when that opener is already
   * reported; undefined when the error is about something else or its opener is not found.
   */
  diagnosticFor(e: YAMLError): Diagnostic | null | undefined {
    const opener = openerOfError(e);
    if (!opener) return undefined;
    this.found ??= findUnclosed(this.docs);
    const own = this.found.filter((u) => u.opener === opener && u.offset < e.pos[0]).pop();
    if (!own) return undefined;
    const cause = this.innermost(own);
    if (this.reported.has(cause.offset)) return null;
    this.reported.add(cause.offset);
    return unclosedDiagnostic(cause, e.code, this.file, this.where);
  }

  /** The first unclosed opener inside `u` that holds no other, or `u` itself. */
  private innermost(u: Unclosed): Unclosed {
    const child = this.found!.find((v) => v.parent === u);
    return child ? this.innermost(child) : u;
  }
}

const WORDS: Record<Opener, { message: string; hint: string }> = {
  '"': {
    message: 'the double quote (") that opens this value is never closed, so the lines after it are read as part of the value.',
    hint: 'Close it with " at the end of the value, on the same line, or remove it if the value needs no quotes.',
  },
  "'": {
    message: "the single quote (') that opens this value is never closed, so the lines after it are read as part of the value.",
    hint: "Close it with ' at the end of the value, on the same line, or remove it if the value needs no quotes.",
  },
  '[': {
    message: 'the bracket [ that opens this list is never closed with a ].',
    hint: 'Close the list with ] after its last item, or write each item on a line of its own starting with "- ".',
  },
  '{': {
    message: 'the brace { that opens this mapping is never closed with a }.',
    hint: 'Close the mapping with } after its last entry, or write each key: value on a line of its own.',
  },
};

function unclosedDiagnostic(u: Unclosed, yamlCode: string, file: string, where: (offset: number) => { line: number; column: number }): Diagnostic {
  const at = where(u.offset);
  const words = WORDS[u.opener];
  return createDiagnostic('YAML_SYNTAX', {
    message: `YAML syntax error: ${words.message}`,
    hint: words.hint,
    location: { file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1, path: [] },
    args: { yamlCode, unclosed: u.opener },
  });
}
