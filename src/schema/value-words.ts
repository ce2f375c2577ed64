import { isIsoDate } from '../catalog/iso-date.js';
import { codePoint, edgeSpaces, visibleText } from '../text/white-space.js';
import { foldVietnamese } from '../text/vietnamese.js';

/** The JSON type of a value, telling whole numbers apart. */
export function typeOfValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'empty (null)',
};

/** "text", "a list", "a mapping"…; of a schema's list of types ("string,null" as ajv gives it), "text or empty (null)". */
export function typeWords(type: string): string {
  return type
    .split(',')
    .map((t) => TYPE_WORDS[t] ?? t)
    .join(' or ');
}

/** The value as a short quoted snippet for a message. */
export function show(v: unknown): string {
  if (typeof v === 'string') {
    const text = visibleText(v);
    return `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`;
  }
  // JSON has no Infinity: it would read "null".
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export const KEBAB_ID = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const ISO_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const PROVINCE_CODE = '^[A-Z][A-Z0-9]{0,7}$';
/** The form of a province code, as the schema's pattern `PROVINCE_CODE` says. */
export const PROVINCE_CODE_FORM = new RegExp(PROVINCE_CODE);
export const POINT = '^[a-zđ][0-9]?$';
export const ARTICLE = '^[0-9]+[a-z]?$';
/** A code that neither starts nor ends with white space (what `\s` matches is what `trim()` removes). */
export const TRIMMED = '^\\S([\\s\\S]*\\S)?$';

/** "a space", "a tab", "a line break"… for a white-space character. */
export function spaceWords(ch: string): string {
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') return 'a line break';
  if (ch === '\u00a0') return 'a no-break space';
  return `an invisible space (${codePoint(ch)})`;
}

/** A kebab-case id made from any text: "Sổ hộ khẩu" → "so-ho-khau". */
export function toKebab(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The day a date written in another form means, as YYYY-MM-DD: "31/12/2022" or "31-12-2022"
 * (day first, as Vietnam writes it; "12/31/2022", which can only be month first, too),
 * "20221231", "2022-1-5" or "2022/01/05", and a day with a time ("2022-12-31T00:00:00",
 * "2022-12-31 08:00"). Undefined when the text is no such date, or names no day of the
 * calendar ("31/02/2022", "13/13/2022", "2022-02-30T00:00").
 */
export function isoDateFor(text: string): string | undefined {
  const t = text.trim();
  // Eight digits in a row are a year, a month and a day: 20221231.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return [`${compact[1]}-${compact[2]}-${compact[3]}`].find(isIsoDate);
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(t);
  if (yearFirst) return [`${yearFirst[1]}-${yearFirst[2].padStart(2, '0')}-${yearFirst[3].padStart(2, '0')}`].find(isIsoDate);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return undefined;
  const [first, second] = [m[1].padStart(2, '0'), m[2].padStart(2, '0')];
  return [`${m[3]}-${second}-${first}`, `${m[3]}-${first}-${second}`].find(isIsoDate);
}

/** What is wrong with a value that does not match a pattern of the schema ("is not …"), and a fix. */
export function patternWords(pattern: string, value: string): { problem: string; hint?: string } {
  switch (pattern) {
    case KEBAB_ID: {
      const fix = toKebab(value);
      return {
        problem: 'is not a valid id: ids are kebab-case ASCII (lowercase letters, digits and single hyphens), such as so-ho-khau',
        hint: fix && fix !== value ? `Write '${fix}'.` : undefined,
      };
    }
    case ISO_DATE: {
      const iso = isoDateFor(value);
      return {
        problem: 'is not a date in the form YYYY-MM-DD',
        hint: iso ? `Write '${iso}' (year-month-day).` : 'Write the date as year-month-day, e.g. 2022-12-31.',
      };
    }
    case PROVINCE_CODE: {
      const fix = foldVietnamese(value).toUpperCase().replace(/[^A-Z0-9]/g, '');
      return {
        problem: 'is not a province code: codes are short uppercase ids such as HN, HCM or GL',
        hint: PROVINCE_CODE_FORM.test(fix) && fix !== value ? `Write '${fix}'.` : 'Use a province code from provinces: of the catalog.',
      };
    }
    case POINT:
      return {
        problem: 'is not a point (điểm): points are lowercase Vietnamese letters a, b, c, d, đ, e…, optionally followed by a digit',
        hint: /^[a-zđ][0-9]?$/.test(value.toLowerCase()) ? `Write '${value.toLowerCase()}'.` : undefined,
      };
    case ARTICLE: {
      const digits = /\d+[a-z]?/.exec(value)?.[0];
      return {
        problem: 'is not an article or clause number: write a number such as 28, or a number with a letter such as "71a"',
        hint: digits ? `Write ${/^\d+$/.test(digits) ? digits : `"${digits}"`}.` : undefined,
      };
    }
    case TRIMMED: {
      const fix = value.trim();
      if (fix === '') return { problem: 'is only white space', hint: 'Write the code, such as "1.001193".' };
      const { start, end } = edgeSpaces(value);
      const where =
        start && end && spaceWords(start) === spaceWords(end)
          ? `starts and ends with ${spaceWords(start)}`
          : [start && `starts with ${spaceWords(start)}`, end && `ends with ${spaceWords(end)}`].filter(Boolean).join(' and ');
      return { problem: `${where}, so it is not the same code as '${fix}'`, hint: `Write '${fix}'.` };
    }
    default:
      return { problem: 'does not have the form the format requires' };
  }
}
