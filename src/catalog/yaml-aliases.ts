import { isAlias, visit } from 'yaml';
import type { Alias, Document, Node } from 'yaml';
import { createDiagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceIndex } from './source-index.js';

/**
 * The diagnostic for what yaml's `toJS` threw about aliases, or undefined when the error is
 * not about them. yaml does not report an alias whose anchor is missing when it parses: it
 * throws a ReferenceError when the data is built, as it does when the aliases expand past
 * `maxAliasCount`. An alias that resolves to no anchor is looked for first (an alias
 * refers to the last node before it with that anchor, in the order of the text); only
 * when every alias resolves is the error the limit.
 */
export function aliasDiagnostic(error: unknown, doc: Document.Parsed, source: SourceIndex, limit: number): Diagnostic | undefined {
  if (!(error instanceof ReferenceError)) return undefined;
  const unresolved = unresolvedAlias(doc, source);
  if (unresolved) return unresolved;
  return /alias count/i.test(error.message) ? aliasLimit(doc, source, limit) : undefined;
}

/** The first alias with no anchor of its name before it, as a YAML_SYNTAX error at the alias. */
function unresolvedAlias(doc: Document.Parsed, source: SourceIndex): Diagnostic | undefined {
  const anchors = new Set<string>();
  let alias: Alias | undefined;
  let anchorLater: Node | undefined;
  visit(doc, {
    Node(_key, node) {
      if (alias) {
        if (node.anchor === alias.source) {
          anchorLater = node;
          return visit.BREAK;
        }
        return undefined;
      }
      if (isAlias(node) && !anchors.has(node.source)) alias = node;
      else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  if (!alias) return undefined;
  const name = alias.source;
  const start = alias.range?.[0] ?? 0;
  const location = source.at(start, [], alias.range?.[1]);
  if (anchorLater) {
    const anchorLine = source.at(anchorLater.range?.[0] ?? 0).line;
    return createDiagnostic('YAML_SYNTAX', {
      message: `YAML syntax error: The alias *${name} comes before its anchor &${name} (line ${anchorLine}); an anchor must be set before the aliases that repeat it.`,
      hint: `Move the value marked &${name} above its first alias.`,
      location,
      args: { alias: name, anchorLine },
    });
  }
  return createDiagnostic('YAML_SYNTAX', {
    message: `YAML syntax error: The alias *${name} repeats the anchor &${name}, which is not defined in the file.`,
    hint: `Mark the value to repeat with &${name} before this alias, or correct the alias's name.`,
    location,
    args: { alias: name },
  });
}

function aliasLimit(doc: Document.Parsed, source: SourceIndex, limit: number): Diagnostic {
  let first: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      first = node;
      return visit.BREAK;
    },
  });
  return createDiagnostic('YAML_ALIAS_LIMIT', {
    message: `The file's aliases (*name) expand to too much data: more than ${limit} copies, as in a "billion laughs" attack.`,
    hint: 'Write the repeated data out, or use fewer aliases of large anchors.',
    location: source.at(first?.range?.[0] ?? 0),
    args: { limit },
  });
}
