import type { Diagnostic } from './types.js';
import { FIELD_DESCRIPTIONS_VI } from '../schema/field-descriptions-vi.js';
import { KIND_VI } from './subject-vi.js';

/**
 * Vietnamese hints. An English hint is made of sentences of known forms (a fixed advice, a
 * "did you mean", a corrected value, the keys allowed…); each is said in Vietnamese in turn.
 * A hint with a sentence of no known form gets the code's general advice instead, so no
 * English is ever mixed into a Vietnamese hint.
 */

const FIXED: Record<string, string> = {
  'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).': 'Hãy lưu tệp dạng UTF-8 (trong hầu hết trình soạn thảo: "Lưu với bảng mã" → UTF-8).',
  'Save the file as UTF-8; files saved as Windows-1258 or TCVN3 (ABC) must be converted.': 'Hãy lưu tệp dạng UTF-8; tệp lưu bằng Windows-1258 hoặc TCVN3 (ABC) phải được chuyển đổi.',
  'Split the catalog into several files in one directory, or raise the limit: the maxFileSize option, or the environment variable TTHC_MAX_FILE_SIZE of tthc, in megabytes (e.g. TTHC_MAX_FILE_SIZE=200).':
    'Hãy tách danh mục thành nhiều tệp trong một thư mục, hoặc nâng giới hạn: tùy chọn maxFileSize, hoặc biến môi trường TTHC_MAX_FILE_SIZE của tthc, tính bằng megabyte (ví dụ TTHC_MAX_FILE_SIZE=200).',
  'Split the catalog into several files in one directory, or write it as JSON, which takes far less memory to read; or let Node use more memory, e.g. NODE_OPTIONS=--max-old-space-size=8192.':
    'Hãy tách danh mục thành nhiều tệp trong một thư mục, hoặc viết nó dạng JSON, vốn đọc tốn ít bộ nhớ hơn nhiều; hoặc cho Node dùng nhiều bộ nhớ hơn, ví dụ NODE_OPTIONS=--max-old-space-size=8192.',
  'Check that the path points at catalog files; remove binary files from the catalog directory.': 'Hãy kiểm tra đường dẫn trỏ đúng tới các tệp danh mục; bỏ tệp nhị phân khỏi thư mục danh mục.',
  'Check its permissions.': 'Hãy kiểm tra quyền truy cập.',
  'Merge keys (<<: *anchor) are not read: catalogs are YAML 1.2, which has none; write the keys out, or repeat the whole entry with an alias.':
    'Khóa gộp (<<: *anchor) không được đọc: danh mục là YAML 1.2, vốn không có khóa gộp; hãy viết các khóa ra, hoặc lặp lại cả mục bằng một bí danh.',
  'Point the link at the catalog file, or remove it.': 'Hãy trỏ liên kết tới tệp danh mục, hoặc xoá nó đi.',
  'Check its permissions, or move it out of the catalog directory.': 'Hãy kiểm tra quyền truy cập, hoặc chuyển tệp ra khỏi thư mục danh mục.',
  'Remove the copy, or rename one of them and update the references to it.': 'Hãy xóa bản sao, hoặc đổi tên một trong hai và sửa các tham chiếu tới nó.',
  'A legal document takes one entry: remove the copy, or correct the number.': 'Mỗi văn bản pháp luật chỉ nên có một mục: hãy xóa bản sao, hoặc sửa số hiệu.',
  'Put each document in a file of its own, or merge them into one mapping.': 'Hãy tách mỗi tài liệu ra một tệp riêng, hoặc gộp chúng thành một ánh xạ.',
  'Check for runaway brackets or indentation.': 'Hãy kiểm tra dấu ngoặc hoặc thụt lề bị thừa.',
  'Write the name as the procedures write it, or remove the entry.': 'Hãy viết tên đúng như các thủ tục ghi, hoặc xoá mục này.',
  'Catalog entries need only a few levels of nesting; check for runaway brackets.': 'Các mục danh mục chỉ cần vài cấp lồng nhau; hãy kiểm tra dấu ngoặc bị thừa.',
  'Remove one of the two entries, or merge their values: a mapping cannot hold the same key twice.': 'Hãy xóa một trong hai mục, hoặc gộp giá trị của chúng: một ánh xạ không thể có cùng một khóa hai lần.',
  'Catalog files use plain YAML values only; remove the tag (write the value, quoted if it must be text).': 'Tệp danh mục chỉ dùng giá trị YAML thông thường; hãy bỏ thẻ (viết giá trị, đặt trong dấu nháy nếu là văn bản).',
  'Reform files use plain YAML values only; remove the tag (write the value, quoted if it must be text).': 'Tệp cải cách chỉ dùng giá trị YAML thông thường; hãy bỏ thẻ (viết giá trị, đặt trong dấu nháy nếu là văn bản).',
  'Baseline files use plain YAML values only; remove the tag (write the value, quoted if it must be text).': 'Tệp baseline chỉ dùng giá trị YAML thông thường; hãy bỏ thẻ (viết giá trị, đặt trong dấu nháy nếu là văn bản).',
  'Check that the path points at the reform file.': 'Hãy kiểm tra đường dẫn trỏ đúng tới tệp cải cách.',
  'Check that the path points at the baseline file.': 'Hãy kiểm tra đường dẫn trỏ đúng tới tệp baseline.',
  'Indent nested entries with spaces, by the same amount as their siblings.': 'Hãy thụt lề các mục lồng nhau bằng dấu cách, bằng đúng mức của các mục ngang hàng.',
  'Indent with spaces: YAML does not allow tabs for indentation.': 'Hãy thụt lề bằng dấu cách: YAML không cho phép thụt lề bằng tab.',
  'A key must fit on one line; check for a missing colon or quote on the line before.': 'Một khóa phải nằm trên một dòng; hãy tìm dấu hai chấm hoặc dấu nháy bị thiếu ở dòng trước.',
  'Check the indentation and the colons of the lines around it.': 'Hãy kiểm tra thụt lề và dấu hai chấm của các dòng xung quanh.',
  'Check the indentation of this line and the line before, and look for an unclosed quote, bracket or brace.': 'Hãy kiểm tra thụt lề của dòng này và dòng trước, và tìm dấu nháy hoặc dấu ngoặc chưa đóng.',
  'Check the line for a stray character, or quote values that contain ": " or start with a special character.': 'Hãy tìm ký tự thừa trên dòng, hoặc đặt trong dấu nháy các giá trị chứa ": " hay bắt đầu bằng ký tự đặc biệt.',
  'Quote values that start with a special character such as @, ` or %.': 'Hãy đặt trong dấu nháy các giá trị bắt đầu bằng ký tự đặc biệt như @, ` hoặc %.',
  'Close it with " at the end of the value, on the same line, or remove it if the value needs no quotes.':
    'Hãy đóng nó bằng " ở cuối giá trị, trên cùng dòng, hoặc bỏ nó đi nếu giá trị không cần dấu nháy.',
  "Close it with ' at the end of the value, on the same line, or remove it if the value needs no quotes.":
    "Hãy đóng nó bằng ' ở cuối giá trị, trên cùng dòng, hoặc bỏ nó đi nếu giá trị không cần dấu nháy.",
  'Close the list with ] after its last item, or write each item on a line of its own starting with "- ".':
    'Hãy đóng danh sách bằng ] sau mục cuối cùng, hoặc viết mỗi mục trên một dòng riêng bắt đầu bằng "- ".',
  'Close the mapping with } after its last entry, or write each key: value on a line of its own.':
    'Hãy đóng ánh xạ bằng } sau mục cuối cùng, hoặc viết mỗi cặp khóa: giá trị trên một dòng riêng.',
  'Inside double quotes, write a backslash as \\\\, or use single quotes.': 'Trong dấu nháy kép, hãy viết dấu gạch chéo ngược là \\\\, hoặc dùng dấu nháy đơn.',
  'JSON has no comments: remove them, or rename the file to .yaml and write each comment after #.':
    'JSON không có chú thích: hãy xóa chúng, hoặc đổi tên tệp thành .yaml và viết mỗi chú thích sau dấu #.',
  'Check the brackets, braces, commas and quotes around this spot.': 'Hãy kiểm tra các dấu ngoặc, dấu phẩy và dấu nháy quanh chỗ này.',
  'Add catalog entries (provinces, documents, data_sources, legal, procedures) or remove the file.': 'Hãy thêm các mục danh mục (provinces, documents, data_sources, legal, procedures) hoặc xóa tệp.',
  'Start the file with a top-level key, e.g. "procedures:", and indent the entries under it.': 'Hãy bắt đầu tệp bằng một khóa cấp trên cùng, ví dụ "procedures:", và thụt lề các mục bên dưới.',
  'Check for runaway brackets or indentation, or for an alias that refers to itself.': 'Hãy kiểm tra dấu ngoặc hoặc thụt lề bị thừa, hoặc một bí danh tự tham chiếu tới chính nó.',
  'Write the repeated data out, or use fewer aliases of large anchors.': 'Hãy viết thẳng dữ liệu lặp lại, hoặc dùng ít bí danh của các neo lớn hơn.',
  'Keep the catalog settings (name, cutoff, reported) in one file only.': 'Hãy chỉ giữ phần cài đặt danh mục (name, cutoff, reported) trong một tệp.',
  'Give a value, or remove the key if it is optional.': 'Hãy cho một giá trị, hoặc xóa khóa nếu nó không bắt buộc.',
  'Remove the repeated item.': 'Hãy xóa mục bị lặp.',
  'Write the number as the legal text numbers it.': 'Hãy viết số đúng như văn bản pháp luật đánh số.',
  'Write the number as the legal text numbers it; a number this large is not an article or clause number.':
    'Hãy viết số đúng như văn bản pháp luật đánh số; một số lớn như vậy không phải số điều hay số khoản.',
  'Keep one of them; write two amendments if both changes are meant.': 'Hãy giữ một trong hai; viết hai sửa đổi nếu muốn cả hai thay đổi.',
  'Add `provision: { legal: …, article: … }` for one provision, or `scope: { document: … }` for every requirement of a document.':
    'Hãy thêm `provision: { legal: …, article: … }` cho một điều khoản, hoặc `scope: { document: … }` cho mọi yêu cầu về một giấy tờ.',
  'See schemas/catalog.schema.json for what is allowed here.': 'Xem schemas/catalog.schema.json để biết giá trị được phép ở đây.',
  'Write the code, such as "1.001193".': 'Hãy viết mã, ví dụ "1.001193".',
  'Check the day and the month.': 'Hãy kiểm tra ngày và tháng.',
  'Check the day and the month; dates are year-month-day.': 'Hãy kiểm tra ngày và tháng; ngày viết theo thứ tự năm-tháng-ngày.',
  'Remove it from `needs`, and list there the procedures that must be completed first.': 'Hãy bỏ nó khỏi `needs`, và liệt kê ở đó các thủ tục phải hoàn thành trước.',
  'Remove from `needs` a procedure that does not have to be completed first, to break the cycle. If the law itself makes them wait on each other, keep it: the analysis reports what it blocks.':
    'Hãy bỏ khỏi `needs` một thủ tục không thật sự phải hoàn thành trước, để phá vòng lặp. Nếu chính pháp luật buộc chúng chờ lẫn nhau, hãy giữ nguyên: phần phân tích sẽ báo những gì bị chặn.',
  'Add `accept: [ids of documents or data sources]` for what is accepted now, or `drop: true` if the requirement is removed.':
    'Hãy thêm `accept: [mã giấy tờ hoặc nguồn dữ liệu]` cho những gì nay được chấp nhận, hoặc `drop: true` nếu yêu cầu bị bỏ.',
  'Add `accept: [ids]` (documents or data sources now accepted) or `drop: true`.': 'Hãy thêm `accept: [mã]` (giấy tờ hoặc nguồn dữ liệu nay được chấp nhận) hoặc `drop: true`.',
  'Remove `accept`, or remove `drop: true` if the requirement stays with new alternatives.': 'Hãy bỏ `accept`, hoặc bỏ `drop: true` nếu yêu cầu vẫn còn với các thứ thay thế mới.',
  '`expires` is the last day in force (inclusive); check both dates.': '`expires` là ngày cuối cùng còn hiệu lực (tính cả ngày đó); hãy kiểm tra cả hai ngày.',
  'Check the two dates: `expires` is the last day in force.': 'Hãy kiểm tra hai ngày: `expires` là ngày cuối cùng còn hiệu lực.',
  'Check both dates; leave it as it is only if the document really applies retroactively.': 'Hãy kiểm tra cả hai ngày; chỉ giữ nguyên nếu văn bản thực sự có hiệu lực hồi tố.',
  'An amendment is in force only while its legal document is (to `expires`, inclusive): check both dates, or list the amendment under the legal document that makes it.':
    'Một sửa đổi chỉ có hiệu lực khi văn bản pháp luật chứa nó còn hiệu lực (đến hết ngày `expires`): hãy kiểm tra cả hai ngày, hoặc đặt sửa đổi này vào văn bản pháp luật thực sự ban hành nó.',
  'List the provinces under provinces: with a code and a name, e.g. - { code: HN, name: Hà Nội }.':
    'Hãy khai báo các tỉnh trong provinces:, mỗi tỉnh có mã và tên, ví dụ - { code: HN, name: Hà Nội }.',
  'Define those provinces under provinces:, or correct the codes.': 'Hãy định nghĩa các tỉnh đó dưới provinces:, hoặc sửa mã tỉnh.',
  'Add a provincial level (tinh, huyen, xa) if it runs in provinces, or remove `provinces`.': 'Hãy thêm cấp địa phương (tinh, huyen, xa) nếu thủ tục thực hiện ở các tỉnh, hoặc bỏ `provinces`.',
  'The value is empty: write a value after the colon, or remove the key.': 'Giá trị đang rỗng: hãy viết giá trị sau dấu hai chấm, hoặc xóa khóa.',
  'Write a list: start each item on its own line with "- ", or use [ … ].': 'Hãy viết một danh sách: mỗi mục một dòng bắt đầu bằng "- ", hoặc dùng [ … ].',
  'Write true or false, without quotes.': 'Hãy viết true hoặc false, không có dấu nháy.',
  'Write the date as year-month-day, e.g. 2022-12-31.': 'Hãy viết ngày theo thứ tự năm-tháng-ngày, ví dụ 2022-12-31.',
  'Write `all`, or a list such as [HN, HCM].': 'Hãy viết `all`, hoặc một danh sách như [HN, HCM].',
  'Keep one connection per data source and province.': 'Hãy giữ một kết nối cho mỗi nguồn dữ liệu và tỉnh.',
  'Numbers identify legal documents: give the new one its own number.': 'Số hiệu xác định văn bản pháp luật: hãy cho văn bản mới một số hiệu riêng.',
  'Merge the two entries, or give one of them another id.': 'Hãy gộp hai mục, hoặc cho một trong hai mục mã khác.',
  'Write it with tthc blocked --format baseline -o FILE.': 'Hãy ghi tệp này bằng tthc blocked --format baseline -o TỆP.',
  'A reform adds new legal documents; give this one an id of its own (e.g. with a suffix such as -reform).': 'Tệp cải cách thêm văn bản pháp luật mới; hãy cho văn bản này một mã riêng (ví dụ thêm hậu tố -reform).',
  'A scope names the required document; list data sources under accept:.': 'scope nêu giấy tờ được yêu cầu; hãy liệt kê nguồn dữ liệu dưới accept:.',
  'Only data sources are connected.': 'Chỉ nguồn dữ liệu mới được kết nối.',
  'Add new legal documents under legal: or connections under connect:.': 'Hãy thêm văn bản pháp luật mới dưới legal: hoặc kết nối dưới connect:.',
  'Start the file with "legal:" or "connect:" and indent the entries under it.': 'Hãy bắt đầu tệp bằng "legal:" hoặc "connect:" và thụt lề các mục bên dưới.',
};

const kinds = (words: string): string =>
  words
    .split(' or ')
    .map((w) => {
      const k = w.replace(/^an? /, '');
      return KIND_VI[k] ?? k;
    })
    .join(' hoặc ');

/** "Add `name`" for a missing field, with its schema description in Vietnamese when it has one. */
function addField(name: string, description: string | undefined): string {
  const vi = description !== undefined && Object.hasOwn(FIELD_DESCRIPTIONS_VI, description) ? FIELD_DESCRIPTIONS_VI[description] : undefined;
  return vi ? `Hãy thêm \`${name}\`: ${vi}` : `Hãy thêm \`${name}\`.`;
}

/** Sentence forms with values in them: [English at the start of the rest, Vietnamese]. */
const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^A newer tthc-graph wrote this file \(baseline format (\d+); this one reads (\d+)\): update tthc-graph, or write the file again with tthc blocked --format baseline -o FILE\.$/, (m) => `Tệp này do một phiên bản tthc-graph mới hơn ghi (định dạng baseline ${m[1]}; phiên bản này đọc ${m[2]}): hãy cập nhật tthc-graph, hoặc ghi lại tệp bằng tthc blocked --format baseline -o TỆP.`],
  [/^Write (\S+) without quotes: it is a number\.$/, (m) => `Hãy viết ${m[1]} không có dấu nháy: đó là một số.`],
  [/^Did you mean (.+?)\?/, (m) => `Có phải ý bạn là ${m[1].replace(/ or /g, ' hoặc ')}?`],
  [/^The keys allowed here are: (.*?)\.$/, (m) => `Các khóa được phép ở đây: ${m[1]}.`],
  [/^Define it under (.+?), or correct the reference\./, (m) => `Hãy định nghĩa nó dưới ${m[1].replace(/ or /g, ' hoặc ')}, hoặc sửa tham chiếu.`],
  [/^Name (an? .+?) here\./, (m) => `Hãy nêu ${kinds(m[1])} ở đây.`],
  [
    /^The parser reported (\d+) more syntax errors? after this one, most likely caused by it: fix it, then check again\./,
    (m) => `Bộ phân tích còn báo ${m[1]} lỗi cú pháp khác sau lỗi này, nhiều khả năng do chính lỗi này gây ra: hãy sửa nó rồi kiểm tra lại.`,
  ],
  [/^Move the value marked &(\S+) above its first alias\./, (m) => `Hãy chuyển giá trị được đánh dấu &${m[1]} lên trên bí danh đầu tiên của nó.`],
  [
    /^Mark the value to repeat with &(\S+) before this alias, or correct the alias's name\./,
    (m) => `Hãy đánh dấu giá trị cần lặp lại bằng &${m[1]} trước bí danh này, hoặc sửa tên bí danh.`,
  ],
  [/^Fix (.+?) first: the references are checked once (?:it|they) can be read\./, (m) => `Hãy sửa ${m[1]} trước: các tham chiếu sẽ được kiểm tra khi đọc được.`],
  [/^It may be defined in (.+?), which could not be read\./, (m) => `Có thể nó được định nghĩa trong ${m[1]}, tệp không đọc được.`],
  [/^Use an id from (\w+): of the catalog\./, (m) => `Hãy dùng một mã trong ${m[1]}: của danh mục.`],
  [/^Give (?:it|each) an English name in `(\w+)`, under the name the procedures give\./, (m) => `Hãy đặt tên tiếng Anh cho từng tên trong \`${m[1]}\`, đúng như các thủ tục ghi.`],
  [/^Refer to a legal document by its id \((.*?)\) or its number \((.*?)\)\./, (m) => `Hãy tham chiếu văn bản pháp luật bằng mã (${m[1]}) hoặc số hiệu (${m[2]}).`],
  [/^List ids from documents: or data_sources: of the catalog\./, () => 'Hãy liệt kê các mã trong documents: hoặc data_sources: của danh mục.'],
  [/^Use a province code from provinces: of the catalog\./, () => 'Hãy dùng một mã tỉnh trong provinces: của danh mục.'],
  [/^Add `([^`]+)`(?:: (.*)|\.)$/, (m) => addField(m[1], m[2])],
  [/^Write '([^']*)' \(year-month-day\)\./, (m) => `Hãy viết '${m[1]}' (năm-tháng-ngày).`],
  [/^Write true or false: YAML 1\.2 reads (.*) as text\.$/, (m) => `Hãy viết true hoặc false: YAML 1.2 đọc ${m[1]} là văn bản.`],
  [/^Write ('[^']*'|"[^"]*"|\S+)\./, (m) => `Hãy viết ${m[1]}.`],
  [
    /^Quote it: (.*?)\. Unquoted, YAML reads (.*?) as (?:the number (.*)|(a number)|(true or false))\.$/,
    (m) => `Hãy đặt trong dấu nháy: ${m[1]}. Không có dấu nháy, YAML đọc ${m[2]} thành ${m[3] !== undefined ? `số ${m[3]}` : m[4] ? 'một số' : 'true hoặc false'}.`,
  ],
  [/^Quote it if it is a legal-document number: (.*)\.$/, (m) => `Hãy đặt trong dấu nháy nếu đó là số hiệu văn bản: ${m[1]}.`],
  [/^Write a list, even of one item: (.*)\.$/, (m) => `Hãy viết một danh sách, dù chỉ một mục: ${m[1]}.`],
  [/^Write a mapping: (.*)\.$/, (m) => `Hãy viết một ánh xạ: ${m[1]}.`],
  [/^To name one province, write a list: (.*)\.$/, (m) => `Để nêu một tỉnh, hãy viết một danh sách: ${m[1]}.`],
  [/^Month and day look swapped: dates are year-month-day, so perhaps ('[^']*')\./, (m) => `Tháng và ngày có vẻ bị đảo: ngày viết theo thứ tự năm-tháng-ngày, nên có lẽ là ${m[1]}.`],
];

/** General advice per code, for hints of no known form. */
const GENERAL: Record<string, string> = {
  UNKNOWN_REFERENCE: 'Hãy định nghĩa mục được tham chiếu, hoặc sửa tham chiếu.',
  WRONG_REFERENCE_KIND: 'Hãy tham chiếu tới đúng loại mục ở đây.',
  WRONG_TYPE: 'Hãy viết giá trị đúng kiểu mà định dạng yêu cầu (xem docs/catalog-format.md).',
  YAML_SYNTAX: 'Hãy kiểm tra thụt lề, dấu hai chấm, dấu nháy và dấu ngoặc quanh chỗ này.',
};

/** The hint of a diagnostic in Vietnamese, or undefined when it has none. */
export function diagnosticHintVi(d: Diagnostic): string | undefined {
  if (!d.hint) return undefined;
  const out: string[] = [];
  let rest = d.hint.trim();
  while (rest !== '') {
    const fixed = Object.keys(FIXED).find((k) => rest === k || rest.startsWith(`${k} `));
    if (fixed) {
      out.push(FIXED[fixed]);
      rest = rest.slice(fixed.length).trim();
      continue;
    }
    const rule = RULES.map(([re, say]) => [re.exec(rest), say] as const).find(([m]) => m !== null);
    // Own keys only: a code such as 'toString' names no sentence.
    if (!rule) return (Object.hasOwn(GENERAL, d.code) ? GENERAL[d.code] : undefined) ?? 'Xem giải thích mã lỗi này trong docs/diagnostics.md.';
    const [m, say] = rule;
    out.push(say(m!));
    rest = rest.slice(m![0].length).trim();
  }
  return out.join(' ');
}
