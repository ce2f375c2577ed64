import { codePoint, edgeSpaces, visibleText } from '../text/white-space.js';
import { andList } from '../text/and-list.js';
import { suggest } from '../text/suggest.js';
import type { DiagnosticCode } from './codes.js';
import { KIND_VI, subjectVi } from './subject-vi.js';
import type { Diagnostic } from './types.js';
import { PROVINCE_CODE } from '../schema/value-words.js';

/**
 * Vietnamese messages of the diagnostics, one template per code, built from the code, its
 * `args`, its location and the subject of the English message (see subject-vi.ts). The
 * English `message` stays the one the library returns; these are for people reading
 * Vietnamese (`tthc check`, the default language of the CLI).
 */

type Args = Record<string, unknown>;

/**
 * The kind of file a message names, in Vietnamese, as `pattern` (one group) finds it:
 * "tệp cải cách" for reform, "tệp baseline" for baseline, else `catalog` ("tệp danh mục").
 */
function fileKindVi(message: string, pattern: RegExp, catalog = 'tệp danh mục'): string {
  const kind = pattern.exec(message)?.[1];
  return kind === 'reform' ? 'tệp cải cách' : kind === 'baseline' ? 'tệp baseline' : catalog;
}

/** A schema's type in Vietnamese; of a list of types ("string,null"), each, joined by "hoặc". */
function typeVi(type: string): string {
  return type
    .split(',')
    .map((t) => TYPE_VI[t] ?? t)
    .join(' hoặc ');
}

const TYPE_VI: Record<string, string> = {
  string: 'văn bản',
  number: 'một số',
  integer: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một ánh xạ (mapping)',
  null: 'rỗng (null)',
};

const SECTION_ID_VI: Record<string, string> = {
  provinces: 'Mã tỉnh',
  documents: 'Mã giấy tờ',
  data_sources: 'Mã nguồn dữ liệu',
  legal: 'Mã văn bản pháp luật',
  procedures: 'Mã thủ tục',
};

/** yaml's MISSING_CHAR covers several mistakes; its English message says which one. */
const MISSING_CHAR_VI: [RegExp, string][] = [
  [/Sequence item without - indicator/, 'một mục của danh sách thiếu dấu "-" (thường do thụt lề sai)'],
  [/Implicit map keys need to be followed by map values/, 'một khóa thiếu dấu hai chấm và giá trị theo sau'],
  [/Missing closing .quote/, 'thiếu dấu nháy đóng'],
  [/Missing , or : between/, 'thiếu dấu phẩy hoặc dấu hai chấm giữa các mục trong ngoặc'],
  [/Missing , between/, 'thiếu dấu phẩy giữa các mục trong ngoặc'],
  [/Missing space after :/, 'thiếu dấu cách sau dấu hai chấm'],
  [/Comments must be separated/, 'dấu # của chú thích phải cách phần trước nó một dấu cách'],
  [/Tags and anchors must be separated/, 'thẻ (!) hoặc neo (&) phải cách phần sau nó một dấu cách'],
];

const YAML_VI: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng',
  TAB_AS_INDENT: 'dùng ký tự tab để thụt lề',
  MULTILINE_IMPLICIT_KEY: 'một khóa bị trải ra nhiều dòng',
  BLOCK_AS_IMPLICIT_KEY: 'một khối bị dùng làm khóa',
  MISSING_CHAR: 'thiếu một ký tự (dấu nháy, ngoặc, dấu phẩy, dấu hai chấm hoặc dấu "-")',
  UNEXPECTED_TOKEN: 'gặp một ký hiệu không mong đợi',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng một ký tự đặc biệt',
  BAD_DQ_ESCAPE: 'chuỗi thoát (escape) sai trong dấu nháy kép',
  BAD_ALIAS: 'bí danh (alias) không hợp lệ',
  BAD_DIRECTIVE: 'chỉ thị (directive) không hợp lệ',
  UNEXPECTED_TOKEN_END: 'văn bản kết thúc đột ngột',
};

/** A quote, bracket or brace that is never closed, by the character that opens it. */
const UNCLOSED_VI: Record<string, string> = {
  '"': 'dấu nháy kép (") mở giá trị này không được đóng, nên các dòng sau nó bị đọc thành một phần của giá trị',
  "'": "dấu nháy đơn (') mở giá trị này không được đóng, nên các dòng sau nó bị đọc thành một phần của giá trị",
  '[': 'dấu ngoặc vuông [ mở danh sách này không được đóng bằng ]',
  '{': 'dấu ngoặc nhọn { mở ánh xạ này không được đóng bằng }',
};

/** An arg as text; a text arg (an id, a key, a date…) shows its control characters and direction marks as escapes, as the English messages do. */
const str = (v: unknown): string => (typeof v === 'string' ? visibleText(v) : JSON.stringify(v) ?? String(v));
const shown = (v: unknown): string => {
  if (typeof v !== 'string') return str(v);
  const text = visibleText(v);
  return `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`;
};
/** The names in a list arg; a null among them (only JSON from elsewhere holds one) names nothing. */
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(str) : typeof v === 'string' ? [v] : []);
const orVi = (items: string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} hoặc ${items[items.length - 1]}`);
const kindsVi = (v: unknown): string => orVi(list(v).map((k) => KIND_VI[k] ?? k));
/** A size as the English messages give it: bytes under a megabyte, else MB, else GB, one decimal at most. */
const mb = (bytes: unknown): string => {
  const n = Number(bytes);
  if (n < 1048576) return `${n.toLocaleString('vi-VN')} byte`;
  const gb = n >= 1073741824;
  return `${(n / (gb ? 1073741824 : 1048576)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${gb ? 'GB' : 'MB'}`;
};

function firstPlace(d: Diagnostic): string {
  const loc = d.related?.[0]?.location;
  return loc ? `${loc.file}:${loc.line}:${loc.column}` : 'chỗ khác';
}

type Template = (d: Diagnostic, a: Args, s: string) => string;

const TEMPLATES: Record<DiagnosticCode, Template> = {
  FILE_UNREADABLE: (d) => {
    const dir = /^The directory '(.*)' cannot be read/.exec(d.message);
    if (dir) return `Không đọc được thư mục '${dir[1]}'; các tệp danh mục trong đó bị bỏ qua.`;
    const link = /^The link '(.*)' leads to no file \((.*)\)/.exec(d.message);
    if (link) return `Liên kết '${link[1]}' không dẫn tới tệp nào (${link[2]}), nên phần đó của danh mục bị bỏ qua.`;
    return /does not exist/.test(d.message) ? 'Tệp không tồn tại.' : /permission denied/.test(d.message) ? 'Không đọc được tệp (không có quyền).' : 'Không đọc được tệp.';
  },
  FILE_TOO_LARGE: (_d, a) => `Tệp có dung lượng ${mb(a.size)}, vượt giới hạn ${mb(a.limit)}.`,
  FILE_OUT_OF_MEMORY: (_d, a) => `Phân tích tệp ${mb(a.size)} này cần nhiều bộ nhớ hơn mức Node được dùng (${mb(a.limit)}).`,
  FILE_BINARY: (d) => `Tệp chứa byte NUL (dòng ${d.location?.line ?? 1}, cột ${d.location?.column ?? 1}): có vẻ là tệp nhị phân, không phải văn bản YAML hay JSON.`,
  FILE_ENCODING: (d, a) =>
    a.encoding !== undefined
      ? `Tệp được mã hoá ${a.encoding}, nhưng ${fileKindVi(d.message, /but (\w+) files must be UTF-8/)} phải là UTF-8.`
      : `Tệp không phải UTF-8 hợp lệ: byte ở dòng ${d.location?.line ?? 1}, cột ${d.location?.column ?? 1} không thuộc ký tự UTF-8 nào.`,
  FILE_EMPTY: (d) => (/reform/.test(d.message) ? 'Tệp cải cách không chứa dữ liệu, nên không thay đổi gì.' : 'Tệp không chứa dữ liệu.'),
  FILE_NOT_MAPPING: (d) => {
    const what = /a single value/.test(d.message) ? 'một giá trị đơn' : /a list/.test(d.message) ? 'một danh sách' : 'dữ liệu không phải ánh xạ';
    if (/baseline/.test(d.message)) {
      const held = /holds no data/.test(d.message) ? 'Tệp không chứa dữ liệu' : `Tệp chứa ${what}`;
      return `${held}, nhưng tệp baseline phải là một ánh xạ (mapping) với các khóa version: và findings:.`;
    }
    return /reform/.test(d.message)
      ? `Tệp chứa ${what}, nhưng tệp cải cách phải là một ánh xạ (mapping) với các khóa legal: và connect:.`
      : `Tệp chứa ${what}, nhưng tệp danh mục phải là một ánh xạ (mapping) với các khóa như documents: và procedures:.`;
  },
  MULTIPLE_DOCUMENTS: (d) => `Tệp chứa nhiều hơn một tài liệu YAML (ngăn cách bởi ---); một ${fileKindVi(d.message, /a (\w+) file holds one mapping/)} chỉ chứa một ánh xạ.`,
  YAML_SYNTAX: (d, a) => {
    if (a.alias !== undefined) {
      const name = str(a.alias);
      // Without `anchorLine`, the English message still says which of the two mistakes it is.
      return a.anchorLine !== undefined || /comes before its anchor/.test(d.message)
        ? `Lỗi cú pháp YAML: bí danh *${name} đứng trước neo &${name} của nó${a.anchorLine !== undefined ? ` (dòng ${str(a.anchorLine)})` : ''}; neo phải được đặt trước các bí danh lặp lại nó.`
        : `Lỗi cú pháp YAML: bí danh *${name} lặp lại neo &${name}, nhưng tệp không định nghĩa neo này.`;
    }
    const specific = a.yamlCode === 'MISSING_CHAR' ? MISSING_CHAR_VI.find(([re]) => re.test(d.message))?.[1] : undefined;
    const what = a.unclosed !== undefined ? UNCLOSED_VI[str(a.unclosed)] : (specific ?? YAML_VI[str(a.yamlCode)]);
    return `Lỗi cú pháp YAML: ${what ?? 'không phân tích được văn bản ở chỗ này'}.`;
  },
  JSON_SYNTAX: (_d, a) =>
    a.comment !== undefined
      ? `Lỗi cú pháp JSON: JSON không cho phép chú thích (${a.comment === '//' ? '// …' : '/* … */'}).`
      : 'Tệp .json này không phải JSON hợp lệ, cũng không phải YAML hợp lệ.',
  DUPLICATE_KEY: (_d, a) => `Khóa '${str(a.key)}' xuất hiện hai lần trong cùng một ánh xạ.`,
  YAML_TAG: (d, a) => `Thẻ YAML '${str(a.tag)}' không được phép trong ${fileKindVi(d.message, /is not allowed in a (\w+) file\.$/)}.`,
  YAML_ALIAS_LIMIT: (_d, a) => `Các bí danh (*tên) của tệp bung ra quá nhiều dữ liệu${a.limit !== undefined ? `: hơn ${str(a.limit)} bản sao` : ''}.`,
  NESTING_TOO_DEEP: (d, a) =>
    a.limit !== undefined
      ? `Dữ liệu lồng sâu hơn ${str(a.limit)} cấp, nhiều hơn mức một ${fileKindVi(d.message, /more than a (\w+) ever needs/, 'danh mục')} cần.`
      : 'Dữ liệu lồng quá sâu so với bộ phân tích YAML.',
  YAML_WARNING: (_d, a) => `Bộ phân tích YAML có cảnh báo${a.yamlCode ? ` (${str(a.yamlCode)})` : ''}.`,
  UNKNOWN_KEY: (d, a, s) => {
    // A null key (`~:`, `null:`, `: 1`) is held as the key ''.
    if (a.nullKey === true) return d.location?.path.length === 1 ? 'Tệp có một khóa cấp trên cùng không xác định: khóa rỗng (null).' : `${s} có một khóa không xác định: khóa rỗng (null).`;
    return d.location?.path.length === 1 ? `Tệp có khóa cấp trên cùng không xác định ${shown(a.key)}.` : `${s} có khóa không xác định ${shown(a.key)}.`;
  },
  MISSING_FIELD: (_d, a, s) => `${s} thiếu \`${str(a.field)}\`, là trường bắt buộc.`,
  WRONG_TYPE: (_d, a, s) =>
    a.expected !== undefined
      ? `${s} phải là ${typeVi(str(a.expected))}, không phải ${a.value !== undefined ? shown(a.value) : (TYPE_VI[str(a.actual)] ?? str(a.actual))}.`
      : `${s} không được là ${TYPE_VI[str(a.actual)] ?? str(a.actual)}.`,
  INVALID_VALUE: (_d, a, s) => (list(a.allowed).join() === 'all' ? `${s} phải là \`all\` hoặc một danh sách mã tỉnh, không phải ${shown(a.value)}.` : `${s} là ${shown(a.value)}, không thuộc các giá trị: ${list(a.allowed).join(', ')}.`),
  INVALID_FORMAT: (_d, a, s) => (a.key !== undefined ? `${s} có khóa '${str(a.key)}', không phải mã tỉnh (mã tỉnh là mã viết hoa ngắn như HN, HCM, GL).` : `${s} (${shown(a.value)}) ${formatProblemVi(str(a.pattern), typeof a.value === 'string' ? a.value : str(a.value))}.`),
  EMPTY_VALUE: (d, _a, s) => (/at least one item/.test(d.message) ? `${s} phải có ít nhất một mục.` : `${s} không được để trống.`),
  DUPLICATE_ITEM: (d, _a, s) => {
    if (/^Connection \d+/.test(d.message)) return 'Kết nối này lặp lại một kết nối trước đó của cùng nguồn dữ liệu ở cùng tỉnh; ngày sớm hơn được dùng.';
    const item = / lists (.*) more than once\.$/.exec(d.message)?.[1];
    return `${s} liệt kê ${item ?? 'một mục'} nhiều hơn một lần.`;
  },
  OUT_OF_RANGE: (d, _a, s) => {
    const m = /must be (.*) or more, not (.*)\.$/.exec(d.message);
    if (m) return `${s} phải từ ${m[1]} trở lên, không phải ${m[2]}.`;
    const most = /must be at most (.*), not (.*)\.$/.exec(d.message);
    return most ? `${s} không được lớn hơn ${most[1]}, nhưng lại là ${most[2]}.` : `${s} nằm ngoài khoảng cho phép.`;
  },
  AMENDMENT_TARGET: (d, _a, s) =>
    /has both/.test(d.message)
      ? `${s} có cả \`provision\` lẫn \`scope\`; một sửa đổi chỉ thay đổi một điều khoản, hoặc mọi yêu cầu về một giấy tờ.`
      : `${s} không có \`provision\` cũng không có \`scope\`, nên không nói rõ nó thay đổi gì.`,
  SCHEMA_VIOLATION: (_d, a, s) => `${s} không thỏa quy tắc '${str(a.keyword)}' của lược đồ danh mục.`,
  INVALID_DATE: (_d, a, s) => `${s} là ${str(a.value)}, không phải một ngày có thật trong lịch.`,
  DUPLICATE_CATALOG: (d) => `\`catalog:\` được đặt lại ở đây; nó đã được đặt ở ${firstPlace(d)}.`,
  DUPLICATE_ID: (d, a) => {
    const id = str(a.id);
    if (/^The reform defines .* twice\.$/.test(d.message)) return `Tệp cải cách định nghĩa văn bản pháp luật '${id}' hai lần.`;
    if (/^The reform defines/.test(d.message)) return `Tệp cải cách định nghĩa văn bản pháp luật '${id}', mà danh mục đã có.`;
    const label = SECTION_ID_VI[str(a.kind)] ?? 'Mã';
    if (/already used by/.test(d.message)) return `${label} '${id}' đã được dùng ở ${firstPlace(d)}; giấy tờ và nguồn dữ liệu dùng chung một tập mã.`;
    return `${label} '${id}' được định nghĩa hai lần; lần đầu ở ${firstPlace(d)}.`;
  },
  DUPLICATE_LEGAL_NUMBER: (d, a) =>
    /^The legal number '/.test(d.message)
      ? `Số hiệu '${str(a.number)}' đã là số hiệu của một văn bản pháp luật khác (ở ${firstPlace(d)}); số hiệu được so sánh không phân biệt chữ hoa, chữ thường hay NĐ/ND.`
      : `Số hiệu ${str(a.number)} đã là số hiệu của một văn bản pháp luật khác.`,
  UNKNOWN_REFERENCE: (_d, a, s) => `${s} tham chiếu tới ${kindsVi(a.expected ?? a.kind)} '${str(a.reference)}', nhưng mục này chưa được định nghĩa.`,
  REFERENCES_UNCHECKED: (_d, a) => {
    const names = list(a.references);
    const shownNames = names.slice(0, 3).map((n) => `'${n}'`).join(', ') + (names.length > 3 ? ` và ${names.length - 3} tên khác` : '');
    return `Chưa kiểm tra: ${str(a.count)} tham chiếu tới ${names.length} tên mà các tệp đã đọc không định nghĩa (${shownNames}), vì ${list(a.files).join(', ')} không đọc được; tham chiếu đầu tiên ở đây.`;
  },
  WRONG_REFERENCE_KIND: (_d, a, s) => {
    // A reform names documents or data sources only: the one it got is the other of the two.
    const actual = a.actual ?? (a.expected === 'document' ? 'data_source' : 'document');
    return `${s} tham chiếu tới '${str(a.reference)}', là ${kindsVi(actual)}, không phải ${kindsVi(a.expected)}.`;
  },
  NEEDS_ITSELF: (_d, _a, s) => `${s} tham chiếu tới chính thủ tục này: thủ tục phải được hoàn thành trước khi có thể bắt đầu, nên bị chặn ở mọi ngày, như một bế tắc.`,
  NEEDS_CYCLE: (_d, a, s) => {
    const cycle = list(a.cycle);
    const codes = list(a.procedures);
    const quoted = codes.slice(0, 8).map((c) => `'${c}'`);
    const names = andList(quoted, codes.length - quoted.length, 'và', (n) => `${n} thủ tục khác`);
    const back = cycle.length === 2 ? `mà '${cycle[1]}' lại cần '${cycle[0]}'` : `mà \`needs\` của '${cycle[1]}' dẫn ngược về '${cycle[0]}'`;
    return `${s} tham chiếu tới '${cycle[1]}', ${back}: ${names} cần lẫn nhau, nên không thủ tục nào có thể được hoàn thành; chúng bị chặn ở mọi ngày, ở mọi nơi chúng được thực hiện.`;
  },
  AMENDMENT_NO_EFFECT: (_d, _a, s) => `${s} không chấp nhận thêm gì cũng không bỏ yêu cầu, nên không thay đổi gì.`,
  AMENDMENT_ACCEPT_AND_DROP: (_d, _a, s) => `${s} vừa bỏ yêu cầu vừa chấp nhận thứ thay thế; khi yêu cầu đã bỏ thì không cần chấp nhận gì nữa.`,
  EXPIRES_BEFORE_EFFECTIVE: (_d, a, s) => `${s} hết hiệu lực ngày ${str(a.expires)}, trước ngày có hiệu lực ${str(a.effective)}.`,
  ISSUED_AFTER_EFFECTIVE: (_d, a, s) => `${s} có hiệu lực từ ngày ${str(a.effective)}, trước ngày ban hành ${str(a.issued)}.`,
  AMENDMENT_AFTER_EXPIRES: (_d, a, s) =>
    `${s} có hiệu lực từ ngày ${str(a.effective)}, sau khi văn bản hết hiệu lực ngày ${str(a.expires)}, nên không bao giờ được áp dụng.`,
  NO_PROVINCES: (_d, a, s) =>
    `${s} thực hiện ở cấp tỉnh, huyện hoặc xã, nhưng danh mục không khai báo tỉnh nào, nên thủ tục này${Number(a.others) > 0 ? ` và ${str(a.others)} thủ tục khác` : ''} không được đánh giá ở đâu cả.`,
  NO_PROVINCE_LEFT: (_d, a) => {
    const codes = list(a.procedures);
    const quoted = codes.slice(0, 3).map((c) => `'${c}'`);
    const names = andList(quoted, codes.length - quoted.length, 'và', (n) => `${n} thủ tục khác`);
    return codes.length === 1
      ? `Thủ tục ${names} chỉ nêu các tỉnh chưa được định nghĩa, nên không được đánh giá ở tỉnh nào và không có trong kết quả.`
      : `Các thủ tục ${names} chỉ nêu các tỉnh chưa được định nghĩa, nên không được đánh giá ở tỉnh nào và không có trong kết quả. Thủ tục đầu tiên ở đây.`;
  },
  PROVINCES_IGNORED: (_d, _a, s) => `${s} chỉ thực hiện ở cấp trung ương (trung-uong), nên danh sách \`provinces\` bị bỏ qua: thủ tục được đánh giá một lần, trên toàn quốc.`,
  UNUSED_ENGLISH_NAME: (_d, a) =>
    `Phần thiết lập danh mục đặt tên tiếng Anh cho ${a.field === 'field' ? 'lĩnh vực' : 'bộ'} '${str(a.name)}', nhưng không thủ tục nào ghi tên này ở \`${str(a.field)}\`.`,
  MISSING_ENGLISH_NAME: (_d, a) => {
    const names = list(a.names);
    const counts = Array.isArray(a.procedures) ? a.procedures : [];
    const quoted = names.slice(0, 3).map((n, i) => `'${n}' (${str(counts[i])} thủ tục)`);
    const shown = andList(quoted, names.length - quoted.length, 'và', (n) => `${n} ${a.field === 'field' ? 'lĩnh vực' : 'bộ'} khác`);
    const map = a.field === 'field' ? 'fields_en' : 'ministries_en';
    return `\`${map}\` đặt tên tiếng Anh cho các ${a.field === 'field' ? 'lĩnh vực' : 'bộ'}, nhưng không cho ${shown}: báo cáo tiếng Anh sẽ ghi ${names.length === 1 ? 'tên này' : 'các tên này'} bằng tiếng Việt.`;
  },
};

const given = (...values: unknown[]): boolean => values.every((v) => v !== undefined);
const listed = (v: unknown, least = 1): boolean => list(v).length >= least;
const count = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/**
 * The templates above that are built from `args`, with what each cannot do without and the
 * general sentence of its code, said instead when the args lack it: a diagnostic built by
 * hand, or read back from the JSON of an older version, may carry no args or only some.
 */
const WITHOUT_ARGS: Partial<Record<DiagnosticCode, { needs: (a: Args) => boolean; general: Template }>> = {
  FILE_TOO_LARGE: { needs: (a) => count(a.size) && count(a.limit), general: () => 'Tệp lớn hơn giới hạn dung lượng.' },
  FILE_OUT_OF_MEMORY: { needs: (a) => count(a.size) && count(a.limit), general: () => 'Phân tích tệp này cần nhiều bộ nhớ hơn mức Node được dùng.' },
  DUPLICATE_KEY: { needs: (a) => given(a.key), general: () => 'Một khóa xuất hiện hai lần trong cùng một ánh xạ.' },
  YAML_TAG: { needs: (a) => given(a.tag), general: () => 'Tệp dùng một thẻ YAML không được phép trong tệp danh mục.' },
  UNKNOWN_KEY: {
    needs: (a) => given(a.key),
    general: (d, _a, s) => (d.location?.path.length === 1 ? 'Tệp có một khóa cấp trên cùng không xác định.' : `${s} có một khóa không xác định.`),
  },
  MISSING_FIELD: { needs: (a) => given(a.field), general: (_d, _a, s) => `${s} thiếu một trường bắt buộc.` },
  WRONG_TYPE: { needs: (a) => (a.expected !== undefined ? given(a.value) || given(a.actual) : given(a.actual)), general: (_d, _a, s) => `${s} có kiểu không đúng.` },
  INVALID_VALUE: { needs: (a) => given(a.value) && listed(a.allowed), general: (_d, _a, s) => `${s} không thuộc các giá trị được phép.` },
  INVALID_FORMAT: { needs: (a) => given(a.key) || given(a.value), general: (_d, _a, s) => `${s} không có dạng mà định dạng yêu cầu.` },
  SCHEMA_VIOLATION: { needs: (a) => given(a.keyword), general: (_d, _a, s) => `${s} không thỏa một quy tắc của lược đồ danh mục.` },
  INVALID_DATE: { needs: (a) => given(a.value), general: (_d, _a, s) => `${s} không phải một ngày có thật trong lịch.` },
  DUPLICATE_ID: { needs: (a) => given(a.id), general: () => 'Mã này đã được định nghĩa ở chỗ khác.' },
  DUPLICATE_LEGAL_NUMBER: { needs: (a) => given(a.number), general: () => 'Số hiệu này đã là số hiệu của một văn bản pháp luật khác.' },
  UNKNOWN_REFERENCE: { needs: (a) => given(a.reference) && listed(a.expected ?? a.kind), general: (_d, _a, s) => `${s} tham chiếu tới một mục chưa được định nghĩa.` },
  REFERENCES_UNCHECKED: {
    needs: (a) => given(a.count) && listed(a.references) && listed(a.files),
    general: () => 'Chưa kiểm tra một số tham chiếu, vì có tệp danh mục không đọc được; tham chiếu đầu tiên ở đây.',
  },
  WRONG_REFERENCE_KIND: {
    // Without `actual`, the kind named is told from `expected` alone, as a reform's finding says one kind.
    needs: (a) => given(a.reference) && listed(a.expected) && (listed(a.actual) || (a.actual === undefined && typeof a.expected === 'string')),
    general: (_d, _a, s) => `${s} tham chiếu tới một mục không đúng loại.`,
  },
  NEEDS_CYCLE: {
    needs: (a) => listed(a.cycle, 2) && listed(a.procedures, 2),
    general: (_d, _a, s) => `${s} dẫn vào một vòng: các thủ tục trong vòng cần lẫn nhau, nên không thủ tục nào có thể được hoàn thành; chúng bị chặn ở mọi ngày, ở mọi nơi chúng được thực hiện.`,
  },
  EXPIRES_BEFORE_EFFECTIVE: { needs: (a) => given(a.expires, a.effective), general: (_d, _a, s) => `${s} hết hiệu lực trước ngày có hiệu lực.` },
  ISSUED_AFTER_EFFECTIVE: { needs: (a) => given(a.effective, a.issued), general: (_d, _a, s) => `${s} có hiệu lực trước ngày ban hành.` },
  AMENDMENT_AFTER_EXPIRES: {
    needs: (a) => given(a.effective, a.expires),
    general: (_d, _a, s) => `${s} có hiệu lực sau khi văn bản hết hiệu lực, nên không bao giờ được áp dụng.`,
  },
  MISSING_ENGLISH_NAME: {
    needs: (a) => listed(a.names) && Array.isArray(a.procedures) && list(a.procedures).length === list(a.names).length && (a.field === 'ministry' || a.field === 'field'),
    general: () => 'Phần thiết lập danh mục đặt tên tiếng Anh cho một số bộ hoặc lĩnh vực mà các thủ tục ghi, nhưng không cho tất cả.',
  },
  UNUSED_ENGLISH_NAME: {
    needs: (a) => typeof a.name === 'string' && (a.field === 'ministry' || a.field === 'field'),
    general: () => 'Phần thiết lập danh mục đặt tên tiếng Anh cho một bộ hoặc lĩnh vực mà không thủ tục nào ghi.',
  },
  NO_PROVINCE_LEFT: {
    needs: (a) => listed(a.procedures),
    general: () => 'Có thủ tục chỉ nêu các tỉnh chưa được định nghĩa, nên không được đánh giá ở tỉnh nào và không có trong kết quả.',
  },
};

/** A white-space character in Vietnamese: "một dấu cách", "một ký tự tab"… */
function spaceVi(ch: string): string {
  if (ch === ' ') return 'một dấu cách';
  if (ch === '\t') return 'một ký tự tab';
  if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') return 'một dấu xuống dòng';
  if (ch === '\u00a0') return 'một dấu cách không ngắt';
  return `một ký tự khoảng trắng không nhìn thấy (${codePoint(ch)})`;
}

function formatProblemVi(pattern: string, value: string): string {
  if (pattern === '^\\S([\\s\\S]*\\S)?$') {
    const fix = value.trim();
    if (fix === '') return 'chỉ có khoảng trắng';
    const { start, end } = edgeSpaces(value);
    const where =
      start && end && spaceVi(start) === spaceVi(end)
        ? `bắt đầu và kết thúc bằng ${spaceVi(start)}`
        : [start && `bắt đầu bằng ${spaceVi(start)}`, end && `kết thúc bằng ${spaceVi(end)}`].filter(Boolean).join(' và ');
    return `${where}, nên không phải cùng một mã với '${fix}'`;
  }
  if (pattern === '^[a-z0-9]+(-[a-z0-9]+)*$') return 'không phải mã hợp lệ: mã viết kiểu kebab-case bằng chữ ASCII (chữ thường, chữ số và dấu gạch nối đơn), như so-ho-khau';
  if (pattern === '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') return 'không phải ngày dạng YYYY-MM-DD';
  if (pattern === PROVINCE_CODE) return 'không phải mã tỉnh: mã tỉnh là mã viết hoa ngắn như HN, HCM hoặc GL';
  if (pattern === '^[a-zđ][0-9]?$') return 'không phải một điểm: điểm là chữ cái tiếng Việt viết thường a, b, c, d, đ, e…, có thể kèm một chữ số';
  if (pattern === '^[0-9]+[a-z]?$') return 'không phải số điều hoặc khoản: hãy viết một số như 28, hoặc số kèm chữ như "71a"';
  return 'không có dạng mà định dạng yêu cầu';
}

/** The message of a diagnostic in Vietnamese. */
export function diagnosticMessageVi(d: Diagnostic): string {
  // Own keys only: a code such as 'constructor' names no template.
  const code = d.code as DiagnosticCode;
  if (!Object.hasOwn(TEMPLATES, code)) return d.message;
  // No check gives an arg the value null (a YAML null written by the user reaches a template
  // as the type word 'null', or as the text of a key): a null arg, from JSON made elsewhere,
  // is read as a missing one, so that no template says "null" for a value it does not know.
  const raw: Args = typeof d.args === 'object' && d.args !== null ? d.args : {};
  const args: Args = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
  const subject = subjectVi(d.message, d.location);
  const without = Object.hasOwn(WITHOUT_ARGS, code) ? WITHOUT_ARGS[code] : undefined;
  return without && !without.needs(args) ? without.general(d, args, subject) : TEMPLATES[code](d, args, subject);
}

/** Names close to `input` among `known`, as "Có phải ý bạn là 'a' hoặc 'b'? ", or ''. */
export function didYouMeanVi(input: string, known: readonly string[], filter: (k: string) => boolean = () => true): string {
  const close = suggest(input, known).filter(filter);
  return close.length ? `Có phải ý bạn là ${orVi(close.map((c) => `'${c}'`))}? ` : '';
}

export { orVi };
