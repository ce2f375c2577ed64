import type { SourceLocation } from './types.js';
import { formatPath } from './describe-path.js';

// English messages begin with a subject made by describe-path.ts and the catalog checks:
// "In procedure '1.001193', `requires[0].basis`", "Procedure '1.001193'", "In the entry
// procedures[3], `code`", "In the catalog settings, `cutoff`", "`procedures`", "The file".
// These functions read that subject back and say it in Vietnamese.

/** Vietnamese words for the kinds of entity. */
export const KIND_VI: Record<string, string> = {
  procedure: 'thủ tục',
  document: 'giấy tờ',
  'data source': 'nguồn dữ liệu',
  data_source: 'nguồn dữ liệu',
  'legal document': 'văn bản pháp luật',
  legal: 'văn bản pháp luật',
  province: 'tỉnh',
  evidence: 'giấy tờ hoặc nguồn dữ liệu',
};

/**
 * An id quoted in a subject. Ids are quoted as they are written, so one may hold an apostrophe
 * (nd-999'2023): the closing quote is the first one that ends the subject, followed by a
 * space, a comma or the end of the message.
 */
const QUOTED = String.raw`'(.*?)'(?=[\s,]|$)`;
const ENTITY = String.raw`(procedure|document|data source|legal document|province) ${QUOTED}`;
const ENTRY = String.raw`the entry (\w+)\[(\d+)\]`;

/** A reform's legal document in its messages: by id, or by its place when it has none. */
const REFORM_LEGAL = String.raw`(?:${QUOTED}|the entry legal\[(\d+)\])`;

function reformLegalVi(id: string | undefined, index: string | undefined): string {
  return id !== undefined ? `'${id}'` : `mục legal[${index}]`;
}

export interface ParsedSubject {
  /** The subject in Vietnamese, starting with a capital letter. */
  vi: string;
  /** Length of the English subject at the start of the message. */
  length: number;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function entityVi(kind: string | undefined, id: string | undefined, section: string | undefined, index: string | undefined, settings: boolean): string {
  if (settings) return 'phần cài đặt danh mục (catalog:)';
  if (kind) return `${KIND_VI[kind]} '${id}'`;
  return `mục ${section}[${index}]`;
}

/** The subject at the start of an English message, in Vietnamese; undefined when the message has none. */
export function parseSubject(message: string): ParsedSubject | undefined {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [new RegExp(`^In (?:${ENTITY}|${ENTRY}|(the catalog settings)), \`([^\`]+)\``), (m) => `Trong ${entityVi(m[1], m[2], m[3], m[4], !!m[5])}, \`${m[6]}\``],
    [new RegExp(`^(?:${ENTITY}|${ENTRY}|(the catalog settings))`, 'i'), (m) => capital(entityVi(m[1]?.toLowerCase(), m[2], m[3], m[4], !!m[5]))],
    [/^`([^`]+)`/, (m) => `\`${m[1]}\``],
    // Reform files: "The scope of amendment 2 of 'x'", "Amendment 1 of 'x'", "Amendment 1 of
    // the entry legal[0]" (a legal document with no id), "In amendment 1 of 'x', `effective`",
    // "Connection 3".
    [new RegExp(`^In amendment (\\d+) of ${REFORM_LEGAL}, \`([^\`]+)\``), (m) => `Trong sửa đổi thứ ${m[1]} của ${reformLegalVi(m[2], m[3])}, \`${m[4]}\``],
    [new RegExp(`^The scope of amendment (\\d+) of ${REFORM_LEGAL}`), (m) => `Phạm vi (scope) của sửa đổi thứ ${m[1]} của ${reformLegalVi(m[2], m[3])}`],
    [new RegExp(`^Amendment (\\d+) of ${REFORM_LEGAL}`), (m) => `Sửa đổi thứ ${m[1]} của ${reformLegalVi(m[2], m[3])}`],
    [/^Connection (\d+)/, (m) => `Kết nối thứ ${m[1]}`],
    [/^The file\b/, () => 'Tệp'],
  ];
  for (const [re, say] of patterns) {
    const m = re.exec(message);
    if (m) return { vi: say(m), length: m[0].length };
  }
  return undefined;
}

/** The subject of a diagnostic in Vietnamese: read from its message, else from its location's path. */
export function subjectVi(message: string, location: SourceLocation | undefined): string {
  const parsed = parseSubject(message);
  if (parsed) return parsed.vi;
  const path = location?.path ?? [];
  return path.length > 0 ? `\`${formatPath(path)}\`` : 'Tệp';
}
