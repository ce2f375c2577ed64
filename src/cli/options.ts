import type { Catalog, Legal } from '../catalog/types.js';
import { isIsoDate } from '../analysis/day.js';
import { daysInMonth } from '../catalog/iso-date.js';
import { codeAfterKindWord, matchProvinceCode, provincesNamed } from '../catalog/province-code.js';
import { legalIndex } from '../graph/legal-index.js';
import type { Lang } from '../report/labels.js';
import { nameIn } from '../report/describe.js';
import { shellWord, suggestedCommand } from '../report/next-commands.js';
import { someNames } from '../report/some-names.js';
import { andList } from '../text/and-list.js';
import { suggest } from '../text/suggest.js';
import { isoDateFor } from '../schema/value-words.js';
import { foldVietnamese, legalNumberKey } from '../text/vietnamese.js';
import type { OptionSpec, ParsedArgs } from './command.js';
import { UsageError } from './command.js';
import { GIVE_DATE_HINT, NO_ANALYSIS_DATE } from './date-text.js';
import type { Text } from './text.js';
import { orList } from './text.js';
import { MAX_SHOWN } from './write-diagnostics.js';
import { isOtherKind, KIND_WORDS, otherKindNamed, type OtherEntry } from './other-kind.js';

// Option specs shared by the analysis commands, so every command spells them the same way.

export const AT_OPTION: OptionSpec = {
  name: 'at',
  type: 'string',
  arg: 'DATE',
  description: {
    vi: 'Ngày phân tích, dạng YYYY-MM-DD (mặc định: ngày chốt của danh mục).',
    en: "Date to analyse, YYYY-MM-DD (default: the catalog's cutoff).",
  },
};
export const PROVINCE_OPTION: OptionSpec = {
  name: 'province',
  short: 'p',
  type: 'string',
  arg: 'CODE',
  description: {
    vi: "Chỉ tỉnh này (mã tỉnh như HN, hoặc tên tỉnh như 'Hà Nội'), cùng các thủ tục cấp trung ương.",
    en: "Only this province (a code such as HN, or a name such as 'Hà Nội'), plus central procedures.",
  },
};
export const WITHOUT_OPTION: OptionSpec = {
  name: 'without',
  type: 'string',
  arg: 'ID',
  multiple: true,
  description: {
    vi: 'Bỏ qua mọi sửa đổi do văn bản pháp luật này đưa ra (mã, số hiệu, hoặc trích dẫn có số hiệu); dùng được nhiều lần.',
    en: 'Ignore every amendment made by this legal document (id, number, or a citation with its number); repeatable.',
  },
};
export const LACKING_OPTION: OptionSpec = {
  name: 'lacking',
  type: 'string',
  arg: 'ID[,ID…]',
  multiple: true,
  description: {
    vi: 'Người nộp không có các giấy tờ này (mã hoặc tên giấy tờ, cách nhau bằng dấu phẩy): không bao giờ dùng được, như trẻ em chưa có CCCD; dùng được nhiều lần.',
    en: 'The applicant does not hold these documents (ids or names, separated by commas): never available, as for a child without a CCCD card; repeatable.',
  },
};
export const LANG_OPTION: OptionSpec = {
  name: 'lang',
  type: 'string',
  arg: 'LANG',
  choices: ['vi', 'en'],
  description: {
    vi: 'Ngôn ngữ của kết quả và thông báo (mặc định: biến TTHC_LANG, nếu không thì tiếng Việt).',
    en: 'Language of the output and messages (default: TTHC_LANG, else Vietnamese).',
  },
};
export const LENIENT_OPTION: OptionSpec = {
  name: 'lenient',
  type: 'boolean',
  description: {
    vi: 'Chấp nhận tham chiếu không tìm thấy (thành cảnh báo) và báo những gì phụ thuộc vào chúng là chưa xác định.',
    en: 'Accept unresolved references (as warnings) and report what depends on them as unknown.',
  },
};
export const OUTPUT_OPTION: OptionSpec = {
  name: 'output',
  short: 'o',
  type: 'string',
  arg: 'FILE',
  description: { vi: 'Ghi kết quả vào tệp FILE (ghi nguyên khối) thay vì in ra đầu ra chuẩn.', en: 'Write the report to FILE (atomically) instead of standard output.' },
};
export const FAIL_ON_OPTION: OptionSpec = {
  name: 'fail-on',
  type: 'string',
  arg: 'WHAT',
  choices: ['blocked', 'paper'],
  description: {
    vi: 'Thoát với mã 1 khi có thủ tục bị chặn hoặc chưa xác định (blocked), hoặc cả khi còn thủ tục cần giấy (paper).',
    en: 'Exit 1 when something is blocked or unknown (blocked), or also when something still needs paper (paper).',
  },
};
export const MAX_SHOWN_OPTION: OptionSpec = {
  name: 'max-shown',
  type: 'string',
  arg: 'N',
  default: String(MAX_SHOWN),
  description: {
    vi: 'Hiện dạng text nhiều nhất N lỗi và cảnh báo, lỗi trước, và đếm số còn lại; all hiện tất cả.',
    en: 'Show at most N findings as text, errors first, and count the rest; all shows every one.',
  },
};

/**
 * --excel, for the commands with a CSV report: a UTF-8 byte-order mark first, without which
 * Excel reads a file in the system's code page, and the text cells Excel would not keep as
 * text written as formulas that give it (`CsvOptions.excel`).
 */
export const EXCEL_OPTION: OptionSpec = {
  name: 'excel',
  type: 'boolean',
  description: {
    vi: 'Với --format csv: tệp để mở bằng Excel: ghi dấu BOM UTF-8 ở đầu, để Excel hiện đúng chữ tiếng Việt, và ghi các ô chữ mà Excel sẽ đọc thành số hoặc ngày (mã 1.000890) thành công thức cho ra đúng chữ đó.',
    en: 'With --format csv: a file for Excel: start with a UTF-8 byte-order mark, so that Excel shows the Vietnamese letters, and write the text cells Excel would read as numbers or dates (codes such as 1.000890) as formulas that give the text.',
  },
};

/** Refuses --excel with a format other than csv: the mark is for a spreadsheet, and tools reading text or JSON would take it as data. */
export function checkExcelOption(args: ParsedArgs): void {
  if (args.values.excel !== true) return;
  const format = stringValue(args, 'format') ?? 'text';
  if (format === 'csv') return;
  throw new UsageError(
    { vi: `--excel chỉ dùng với --format csv, không dùng với --format ${format}.`, en: `--excel goes only with --format csv, not with --format ${format}.` },
    { vi: 'Hãy thêm --format csv, hoặc bỏ --excel.', en: 'Add --format csv, or leave out --excel.' },
  );
}

export function formatOption(choices: readonly string[]): OptionSpec {
  return { name: 'format', short: 'f', type: 'string', arg: 'FORMAT', choices, default: 'text', description: { vi: 'Định dạng kết quả.', en: 'Output format.' } };
}

/** The value of a string option, or undefined. */
export function stringValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' ? v : undefined;
}

/** Every value of a repeatable option. */
export function listValue(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}

export function langValue(args: ParsedArgs): Lang {
  return stringValue(args, 'lang') === 'en' ? 'en' : 'vi';
}

/** --max-shown: a whole number, or `all` (every finding: Infinity); 200 when it is not given. */
export function maxShownValue(args: ParsedArgs): number {
  const v = stringValue(args, 'max-shown');
  if (v === undefined) return MAX_SHOWN;
  if (v === 'all') return Infinity;
  if (!/^\d+$/.test(v)) {
    throw new UsageError(
      { vi: `--max-shown '${v}' không phải số nguyên không âm, cũng không phải all.`, en: `--max-shown '${v}' is neither a whole number nor all.` },
      { vi: 'Ví dụ --max-shown 50, hoặc --max-shown all.', en: 'For example --max-shown 50, or --max-shown all.' },
    );
  }
  return Number(v);
}

/** A date option checked for the form YYYY-MM-DD and for being a real calendar day. */
export function dateValue(args: ParsedArgs, name = 'at'): string | undefined {
  const v = stringValue(args, name);
  if (v === undefined) return undefined;
  return checkDate(v, `--${name}`);
}

export function checkDate(v: string, what: string): string {
  if (isIsoDate(v)) return v;
  const notForm: Text = { vi: `${what} '${v}' không phải ngày dạng YYYY-MM-DD.`, en: `${what} '${v}' is not a date in the form YYYY-MM-DD.` };
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (dmy) {
    const iso = isoDateFor(v);
    // Day first, as Vietnam writes dates; a date that can only be month first (12/31/2022) gets its day too.
    const dayFirst = iso === `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
    throw new UsageError(
      notForm,
      dayFirst
        ? { vi: `Viết ngày ${dmy[1]} tháng ${dmy[2]} năm ${dmy[3]} thành ${iso}.`, en: `Write the day ${dmy[1]} month ${dmy[2]} year ${dmy[3]} as ${iso}.` }
        : iso
          ? { vi: `Hãy viết ${iso}.`, en: `Write ${iso}.` }
          : { vi: 'Ngày viết theo thứ tự năm-tháng-ngày, ví dụ 2023-01-01.', en: 'Dates are written year-month-day, e.g. 2023-01-01.' },
    );
  }
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (ymd) {
    const month = +ymd[2];
    const days = month >= 1 && month <= 12 ? daysInMonth(+ymd[1], month) : 0;
    throw new UsageError(
      { vi: `${what} '${v}' không phải một ngày có thật trong lịch.`, en: `${what} '${v}' is not a calendar day.` },
      month >= 1 && month <= 12
        ? { vi: `Tháng ${ymd[2]}/${ymd[1]} có ${days} ngày.`, en: `${ymd[1]}-${ymd[2]} has ${days} days.` }
        : { vi: 'Tháng chỉ từ 01 đến 12.', en: 'Months run from 01 to 12.' },
    );
  }
  const iso = isoDateFor(v);
  throw new UsageError(notForm, iso ? { vi: `Hãy viết ${iso}.`, en: `Write ${iso}.` } : { vi: 'Ví dụ 2023-01-01.', en: 'For example 2023-01-01.' });
}

interface Named {
  code: string;
  name: string;
  name_en?: string;
}

/** "Did you mean 'HN' (Hà Nội)?" for entries whose code or name is close to `input`, diacritics ignored; undefined when none is. */
export function suggestNamed(input: string, entries: readonly Named[]): Text | undefined {
  const byAlias = new Map<string, Named>();
  for (const e of entries) for (const a of [e.code, e.name, e.name_en]) if (a && !byAlias.has(a)) byAlias.set(a, e);
  const folded = foldVietnamese(input.trim());
  const picked: Named[] = [];
  for (const [alias, e] of byAlias) if (foldVietnamese(alias) === folded && !picked.includes(e)) picked.push(e);
  // A name or code matched exactly (diacritics aside) is what was meant: no near misses beside it.
  if (picked.length === 0) {
    for (const alias of suggest(input.trim(), byAlias.keys(), 6)) {
      const e = byAlias.get(alias)!;
      if (!picked.includes(e)) picked.push(e);
    }
  }
  if (picked.length === 0) return undefined;
  const list = (lang: Lang) => codesWithNames(picked.slice(0, 3), lang);
  return { vi: `Có phải ý bạn là ${list('vi')}?`, en: `Did you mean ${list('en')}?` };
}

/** "'HN' (Hà Nội) or 'HNA' (Hà Nam)": each entry's code and its name in `lang`. */
function codesWithNames(entries: readonly Named[], lang: Lang): string {
  return orList(
    entries.map((e) => `'${e.code}' (${nameIn(lang, e.name, e.name_en)})`),
    lang,
  );
}

/** The province code a --province value names (see `provinceCode`), or undefined when none is given. */
export function provinceValue(args: ParsedArgs, catalog: Catalog): string | undefined {
  const v = stringValue(args, 'province');
  return v === undefined ? undefined : provinceCode(v, catalog);
}

/**
 * The code of the catalog's province that `v` names: its code, in any case ("gl"), else its
 * name or English name, case, diacritics and spaces around aside ("Gia Lai", "ha noi"), when
 * no other province has it, else its code after a word for the kind of province ("TP.HCM");
 * otherwise a UsageError with suggestions.
 */
export function provinceCode(v: string, catalog: Catalog): string {
  const codes = catalog.provinces.map((p) => p.code);
  const exact = matchProvinceCode(codes, v);
  if (exact !== undefined) return exact;
  const named = provincesNamed(catalog.provinces, v);
  if (named.length === 1) return named[0].code;
  const coded = named.length === 0 ? codeAfterKindWord(codes, v) : undefined;
  if (coded !== undefined) return coded;
  if (named.length > 1) {
    throw new UsageError(
      { vi: `Danh mục có ${named.length} tỉnh tên '${v}'.`, en: `The catalog has ${named.length} provinces named '${v}'.` },
      { vi: `Hãy cho mã tỉnh: ${codesWithNames(named, 'vi')}.`, en: `Give its code: ${codesWithNames(named, 'en')}.` },
    );
  }
  const hint = suggestNamed(v, catalog.provinces);
  const known = catalog.provinces.map((p) => p.code).join(', ');
  throw new UsageError(
    { vi: `Danh mục không có tỉnh '${v}'.`, en: `The catalog has no province '${v}'.` },
    hint ?? { vi: `Các tỉnh có trong danh mục: ${known || '(không có)'}.`, en: `Known provinces: ${known || '(none)'}.` },
  );
}

/** The name of the catalog's province `code` in `lang`, for the titles of reports: undefined for none, or a code the catalog lacks. */
export function provinceNameIn(catalog: Catalog, code: string | null | undefined, lang: Lang): string | undefined {
  const p = code == null ? undefined : catalog.provinces.find((x) => x.code === code);
  return p && nameIn(lang, p.name, p.name_en);
}

/**
 * The code of the procedure a command-line value names: its code, else its code in another
 * case (`idAnyCase`), else its name or English name as `idNamed` reads names ('Đăng ký khai
 * sinh', 'dang ky khai sinh'); a UsageError with suggestions when it names none (or, when it
 * names a document, data source or legal document, how to count what depends on that in the
 * catalog at `source`, in each language as `suggestedCommand` writes it where tthc answers in
 * `shellLang` without --lang), or with their codes when several procedures have it.
 */
export function procedureValue(code: string, catalog: Catalog, source: string, shellLang: Lang = 'vi'): string {
  const c = code.normalize('NFC').trim();
  if (catalog.procedures.some((p) => p.code === c)) return c;
  const named = idAnyCase(c, [proceduresNamed(catalog)]) ?? idNamed(c, [proceduresNamed(catalog)]);
  if (named !== undefined) return named;
  const other = otherKindNamed(c, catalog, 'procedure');
  const count = (lang: Lang) => other && suggestedCommand(['tthc count', shellWord(source), '--depends-on', shellWord(other.id)], { lang, shellLang });
  const is = other && isOtherKind(code, other, KIND_WORDS.procedure);
  const hint = is ? { vi: `${is.vi}; các thủ tục phụ thuộc vào nó: ${count('vi')}.`, en: `${is.en}; the procedures that depend on it: ${count('en')}.` } : suggestNamed(c, catalog.procedures);
  throw new UsageError(
    { vi: `Danh mục không có thủ tục '${code}'.`, en: `The catalog has no procedure '${code}'.` },
    hint ?? { vi: "Chạy 'tthc blocked' để xem các thủ tục của danh mục.", en: "Run 'tthc blocked' to see the procedures of the catalog." },
  );
}

/** How many entries a hint lists before saying how many more there are. */
const HINT_ENTRIES = 12;

/** "a, b, c (and 4 more)" in both languages, or undefined when there is nothing to list. */
function someOf(items: readonly string[]): Text | undefined {
  if (items.length === 0) return undefined;
  const list = (lang: Lang, more: (names: string, n: number) => string) => someNames(items, ', ', lang, (x) => x, HINT_ENTRIES, more);
  return { vi: list('vi', (names, n) => `${names} (và ${n} mục khác)`), en: list('en', (names, n) => `${names} (and ${n} more)`) };
}

/** The hint for a document id that is close to none of the catalog's: some of its documents. */
export function documentsHint(catalog: Catalog): Text {
  const some = someOf(catalog.documents.map((d) => d.id));
  if (!some) return { vi: 'Danh mục không có giấy tờ nào.', en: 'The catalog has no documents.' };
  return { vi: `Các giấy tờ của danh mục: ${some.vi}.`, en: `Documents of the catalog: ${some.en}.` };
}

/**
 * The hint for a legal document, by id or number, that is close to none of the catalog's:
 * some of them, those that amend others first (what --without takes away).
 */
export function legalHint(catalog: Catalog): Text {
  const amending = catalog.legal.filter((l) => (l.amends?.length ?? 0) > 0);
  const rest = catalog.legal.filter((l) => (l.amends?.length ?? 0) === 0);
  const some = someOf([...amending, ...rest].map((l) => `${l.id} (${l.number})`));
  if (!some) return { vi: 'Danh mục không có văn bản pháp luật nào.', en: 'The catalog has no legal documents.' };
  return { vi: `Các văn bản pháp luật của danh mục: ${some.vi}.`, en: `Legal documents of the catalog: ${some.en}.` };
}

/** Entries of one kind, what several of them are called ("giấy tờ", "documents") and what their ids are called in English ("id", "code"). */
interface NamedKind {
  entries: readonly Named[];
  what: Text;
  id: 'id' | 'code';
}

/**
 * The code or id of the one entry of `kinds` that `matches`; undefined when none does; a
 * UsageError with their codes or ids when several do, of whatever kinds (`said`: what they
 * have in common, e.g. "named 'x'", after "The catalog has 2 documents").
 */
function oneEntry(kinds: readonly NamedKind[], matches: (e: Named) => boolean, said: Text): string | undefined {
  const found = kinds.map(({ entries, what, id }) => ({ what, id, named: entries.filter(matches) })).filter((k) => k.named.length > 0);
  const named = found.flatMap((k) => k.named);
  if (named.length <= 1) return named[0]?.code;
  const what = (lang: Lang) => andList(found.map((k) => k.what[lang]), 0, lang === 'vi' ? 'và' : 'and', () => '');
  throw new UsageError(
    { vi: `Danh mục có ${named.length} ${what('vi')} ${said.vi}.`, en: `The catalog has ${named.length} ${what('en')} ${said.en}.` },
    { vi: `Hãy cho mã: ${codesWithNames(named, 'vi')}.`, en: `Give its ${found.every((k) => k.id === 'code') ? 'code' : 'id'}: ${codesWithNames(named, 'en')}.` },
  );
}

/**
 * The id of the one entry whose name or English name `v` is, case, diacritics and spaces
 * around aside ("Sổ hộ khẩu", "so ho khau", "Household registration book"); undefined when
 * none has it; a UsageError with their ids when several have it, of whatever kinds.
 */
function idNamed(v: string, kinds: readonly NamedKind[]): string | undefined {
  return namesOf(kinds)(v);
}

/** `idNamed` for many values: the names of `kinds` folded once. */
function namesOf(kinds: readonly NamedKind[]): (v: string) => string | undefined {
  const byName = new Map<string, Set<Named>>();
  for (const { entries } of kinds) {
    for (const e of entries) {
      for (const name of [e.name, e.name_en]) {
        if (name === undefined) continue;
        const folded = foldVietnamese(name);
        const same = byName.get(folded);
        if (same) same.add(e);
        else byName.set(folded, new Set([e]));
      }
    }
  }
  return (v) => {
    const named = byName.get(foldVietnamese(v.trim()));
    return named === undefined ? undefined : oneEntry(kinds, (e) => named.has(e), { vi: `tên '${v}'`, en: `named '${v}'` });
  };
}

/**
 * The code or id of the one entry that `v` is in another case ('CT07' for ct07, 'QD06-02' for
 * qd06-02: ids of documents, data sources and legal documents are lower-case, procedure
 * codes need not be); undefined when none is; a UsageError when several are.
 */
function idAnyCase(v: string, kinds: readonly NamedKind[]): string | undefined {
  const lower = v.trim().toLowerCase();
  return oneEntry(kinds, (e) => e.code.toLowerCase() === lower, { vi: `có mã '${v}' (không kể hoa thường)`, en: `whose code or id is '${v}', case aside` });
}

/** Entities of one kind by id (or code), name and English name, as the readings of names take them. */
function namedKind(entities: readonly { id: string; name: string; name_en?: string }[], what: Text, id: 'id' | 'code' = 'id'): NamedKind {
  return { entries: entities.map((e) => ({ code: e.id, name: e.name, name_en: e.name_en })), what, id };
}

const legalIds = (catalog: Catalog) => namedKind(catalog.legal.map((l) => ({ id: l.id, name: l.number })), { vi: 'văn bản pháp luật', en: 'legal documents' });
const proceduresNamed = (catalog: Catalog) =>
  namedKind(catalog.procedures.map((p) => ({ id: p.code, name: p.name, name_en: p.name_en })), { vi: 'thủ tục', en: 'procedures' }, 'code');
const documentsNamed = (catalog: Catalog) => namedKind(catalog.documents, { vi: 'giấy tờ', en: 'documents' });
const sourcesNamed = (catalog: Catalog) => namedKind(catalog.data_sources, { vi: 'nguồn dữ liệu', en: 'data sources' });

/**
 * The items of a comma-separated list value: from each item on, the longest run of items that
 * together, commas and all, are the name of one entry of `kinds` is that entry's id ('Giấy tờ,
 * tài liệu…', 'cccd,Cấp đổi, cấp lại…'); an item that starts no such run is itself.
 */
function listItems(v: string, kinds: readonly NamedKind[]): string[] {
  const parts = v.split(',');
  if (parts.length === 1) return parts;
  const named = namesOf(kinds);
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let end = i + 1;
    let id: string | undefined;
    for (let j = parts.length; j > i + 1 && id === undefined; j--) {
      id = named(parts.slice(i, j).join(',').normalize('NFC'));
      if (id !== undefined) end = j;
    }
    out.push(id ?? parts[i]);
    i = end;
  }
  return out;
}

/**
 * The legal documents whose number a citation holds as a word, each once, in the order
 * cited: 'Nghị định 104/2022/NĐ-CP', 'Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính
 * phủ' (numbers compared as everywhere, NĐ ≡ ND and case aside).
 */
function legalCited(v: string, catalog: Catalog): Legal[] {
  const byNumber = new Map<string, Legal>();
  for (const l of catalog.legal) if (typeof l.number === 'string' && !byNumber.has(legalNumberKey(l.number))) byNumber.set(legalNumberKey(l.number), l);
  const out: Legal[] = [];
  for (const word of v.split(/[\s,;:()[\]"“”‘’]+/)) {
    const l = word.includes('/') ? byNumber.get(legalNumberKey(word.replace(/\.+$/, ''))) : undefined;
    if (l !== undefined && !out.includes(l)) out.push(l);
  }
  return out;
}

/**
 * The id of the one legal document of the catalog a citation names by its number (see
 * `legalCited`); undefined when it names none; a UsageError when it names several.
 */
function legalIdCited(v: string, catalog: Catalog): string | undefined {
  const cited = legalCited(v, catalog);
  if (cited.length <= 1) return cited[0]?.id;
  const list = (lang: Lang) => codesWithNames(cited.map((l) => ({ code: l.id, name: l.number })), lang);
  throw new UsageError(
    { vi: `'${v}' dẫn ${cited.length} văn bản pháp luật của danh mục.`, en: `'${v}' cites ${cited.length} legal documents of the catalog.` },
    { vi: `Hãy cho một văn bản: ${list('vi')}.`, en: `Give one of them: ${list('en')}.` },
  );
}

/**
 * What a `--depends-on` or `--focus` value names: the value itself when it is a procedure
 * code, a document, data-source or legal id, or a legal number (the library reads those),
 * else the one of those it is in another case, else the code or id of the one procedure,
 * document or data source it is the name of, as `idNamed` reads names; else the value
 * itself, for the library to refuse with its suggestions.
 */
export function dependencyTargetValue(v: string, catalog: Catalog): string {
  const id = v.normalize('NFC').trim();
  const has = (list: readonly { id: string }[]) => list.some((x) => x.id === id);
  if (catalog.procedures.some((p) => p.code === id) || has(catalog.documents) || has(catalog.data_sources) || legalIndex(catalog).find(id) !== undefined) return v;
  const kinds = [proceduresNamed(catalog), documentsNamed(catalog), sourcesNamed(catalog)];
  return idAnyCase(id, [...kinds, legalIds(catalog)]) ?? idNamed(id, kinds) ?? legalIdCited(id, catalog) ?? v;
}

/**
 * Everything an id of `--depends-on` or `--focus` may name, with its name for a suggestion:
 * documents, data sources and procedures by id or code, legal documents by id (with their
 * number) and by number.
 */
export function dependencyTargets(catalog: Catalog): Named[] {
  return [
    ...catalog.procedures.map((p) => ({ code: p.code, name: p.name, name_en: p.name_en })),
    ...catalog.documents.map((d) => ({ code: d.id, name: d.name, name_en: d.name_en })),
    ...catalog.data_sources.map((d) => ({ code: d.id, name: d.name, name_en: d.name_en })),
    ...catalog.legal.flatMap((l) => [{ code: l.id, name: l.number }, { code: l.number, name: l.id }]),
  ];
}

/**
 * The hint for an id that may name a document, data source, legal document or procedure,
 * and is close to none of them: some of the documents, and how the others are named.
 */
export function targetsHint(catalog: Catalog): Text {
  const docs = documentsHint(catalog);
  return {
    vi: `${docs.vi.slice(0, -1)}; văn bản pháp luật ghi theo mã hoặc số hiệu, thủ tục theo mã hoặc tên.`,
    en: `${docs.en.slice(0, -1)}; legal documents go by id or number, procedures by code or name.`,
  };
}

/** The legal-document ids named by --without (ids or numbers), checked against the catalog. */
export function withoutValue(args: ParsedArgs, catalog: Catalog): string[] {
  const out: string[] = [];
  const legal = legalIndex(catalog);
  for (const ref of listValue(args, 'without')) {
    const r = ref.normalize('NFC').trim();
    const anyCase = idAnyCase(r, [legalIds(catalog)]);
    let l = legal.find(r) ?? (anyCase === undefined ? undefined : legal.find(anyCase));
    if (!l) {
      const parts = r.split(',').map((p) => p.trim());
      if (parts.length > 1 && parts.every((p) => legal.find(p) !== undefined)) {
        const each = parts.map((p) => `--without ${p}`).join(' ');
        throw new UsageError(
          { vi: `--without nhận một văn bản pháp luật mỗi lần, không phải danh sách '${ref}'.`, en: `--without takes one legal document each time, not the list '${ref}'.` },
          { vi: `Hãy cho mỗi văn bản một --without: ${each}.`, en: `Give each its own --without: ${each}.` },
        );
      }
      // A citation that names one of them by its number: 'Nghị định 104/2022/NĐ-CP'.
      const cited = legalIdCited(r, catalog);
      l = cited === undefined ? undefined : legal.find(cited);
    }
    if (!l) {
      const other = otherKindNamed(r, catalog, 'legal');
      const hint = other ? notLegalHint(ref, other) : suggestNamed(r, catalog.legal.flatMap((x) => [{ code: x.id, name: x.number }, { code: x.number, name: x.id }]));
      throw new UsageError({ vi: `Danh mục không có văn bản pháp luật '${ref}' (theo mã hoặc số hiệu).`, en: `The catalog has no legal document '${ref}' (by id or number).` }, hint ?? legalHint(catalog));
    }
    if (!out.includes(l.id)) out.push(l.id);
  }
  return out;
}

/** The hint for a --without value that names an entry of another kind: what it is, and --lacking for a document. */
function notLegalHint(given: string, other: OtherEntry): Text {
  const is = isOtherKind(given, other, KIND_WORDS.legal);
  if (other.kind !== 'document') return { vi: `${is.vi}.`, en: `${is.en}.` };
  const lacking = `--lacking ${shellWord(other.id)}`;
  return {
    vi: `${is.vi}. --without bỏ qua các sửa đổi của một văn bản pháp luật; với người nộp không có giấy tờ này: ${lacking}.`,
    en: `${is.en}. --without ignores the amendments of a legal document; for an applicant without this document: ${lacking}.`,
  };
}

/** The document ids named by --lacking (repeatable, each a comma-separated list), checked against the catalog. */
export function lackingValue(args: ParsedArgs, catalog: Catalog): string[] {
  const out: string[] = [];
  const given = listValue(args, 'lacking');
  const ids = given.flatMap((v) => listItems(v, [documentsNamed(catalog)])).map((id) => id.normalize('NFC').trim()).filter((id) => id !== '');
  if (given.length > 0 && ids.length === 0) {
    // An empty --lacking (an unset shell variable) must not analyse for an applicant who holds everything.
    throw new UsageError(
      { vi: '--lacking cần ít nhất một mã giấy tờ.', en: '--lacking needs at least one document id.' },
      { vi: 'Ví dụ --lacking cccd,cmnd.', en: 'For example --lacking cccd,cmnd.' },
    );
  }
  for (const given of ids) {
    const d = catalog.documents.some((x) => x.id === given) ? given : (idAnyCase(given, [documentsNamed(catalog)]) ?? idNamed(given, [documentsNamed(catalog)]) ?? given);
    if (!catalog.documents.some((x) => x.id === d)) {
      const other = otherKindNamed(d, catalog, 'document');
      const hint = other ? notDocumentHint(d, other) : (suggestNamed(d, documentsNamed(catalog).entries) ?? documentsHint(catalog));
      throw new UsageError({ vi: `Danh mục không có giấy tờ '${d}'.`, en: `The catalog has no document '${d}'.` }, hint);
    }
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

/** The hint for a --lacking value that names an entry of another kind: what it is, and --without for a legal document. */
function notDocumentHint(given: string, other: OtherEntry): Text {
  const is = isOtherKind(given, other, { vi: 'giấy tờ người nộp mang theo', en: 'a document the applicant holds' });
  if (other.kind !== 'legal') return { vi: `${is.vi}.`, en: `${is.en}.` };
  const without = `--without ${shellWord(other.id)}`;
  return { vi: `${is.vi}. Để bỏ qua các sửa đổi của nó: ${without}.`, en: `${is.en}. To ignore its amendments: ${without}.` };
}

/**
 * The procedure codes named by --only (repeatable, each a comma-separated list of codes or
 * names, see `listItems`), checked against the catalog; undefined when it is not given.
 */
export function onlyValue(args: ParsedArgs, catalog: Catalog, shellLang: Lang = 'vi'): string[] | undefined {
  const given = listValue(args, 'only');
  if (given.length === 0) return undefined;
  const items = given.flatMap((v) => listItems(v, [proceduresNamed(catalog)])).map((c) => c.trim()).filter((c) => c !== '');
  if (items.length === 0) {
    // An empty --only (an unset shell variable) must not plan for every procedure.
    throw new UsageError(
      { vi: '--only cần ít nhất một mã thủ tục.', en: '--only needs at least one procedure code.' },
      { vi: 'Ví dụ --only 1.001193,1.000894; bỏ --only để lập kế hoạch cho mọi thủ tục.', en: 'For example --only 1.001193,1.000894; leave --only out to plan for every procedure.' },
    );
  }
  return items.map((c) => procedureValue(c, catalog, args.positionals[0], shellLang));
}

/** The analysis date: --at, else the catalog's cutoff; a UsageError when there is neither. */
export function analysisDateValue(args: ParsedArgs, catalog: Catalog): string {
  const at = dateValue(args);
  if (at !== undefined) return at;
  const cutoff = catalog.catalog?.cutoff;
  if (cutoff === undefined) {
    throw new UsageError(NO_ANALYSIS_DATE, GIVE_DATE_HINT);
  }
  return cutoff;
}

/** Exit code for --fail-on: 1 when the result has what it names, else 0. */
export function failOnExit(mode: string | undefined, totals: { blocked: number; unknown: number; paper: number }): number {
  if (mode === 'blocked') return totals.blocked + totals.unknown > 0 ? 1 : 0;
  if (mode === 'paper') return totals.blocked + totals.unknown + totals.paper > 0 ? 1 : 0;
  return 0;
}
