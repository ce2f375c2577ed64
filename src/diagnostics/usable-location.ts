import type { SourceLocation } from './types.js';

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The location as the library makes them, or undefined when `loc` is not one: an object with
 * a text `file` and a number `line` and `column`. A diagnostic read from JSON may hold anything
 * there; what is kept of it is only what can be printed: a `path` that is not a list counts as
 * empty and loses its steps that are neither text nor numbers, an end that is not a number is
 * left out.
 */
export function usableLocation(loc: unknown): SourceLocation | undefined {
  if (typeof loc !== 'object' || loc === null) return undefined;
  const l = loc as Record<string, unknown>;
  if (typeof l.file !== 'string' || !isCount(l.line) || !isCount(l.column)) return undefined;
  const path = Array.isArray(l.path) ? l.path.filter((k): k is string | number => typeof k === 'string' || isCount(k)) : [];
  return {
    file: l.file,
    line: l.line,
    column: l.column,
    ...(isCount(l.endLine) ? { endLine: l.endLine } : {}),
    ...(isCount(l.endColumn) ? { endColumn: l.endColumn } : {}),
    path,
  };
}
