import { AnalysisOptionError } from '../analysis/errors.js';
import { BaselinePathError } from '../analysis/baseline/load-baseline.js';
import { NeighbourhoodOptionError } from '../analysis/neighbourhood.js';
import { PlanOptionError } from '../analysis/plan/errors.js';
import { ReformPathError } from '../analysis/reform/load-reform.js';
import { CatalogPathError } from '../diagnostics/errors.js';
import { InputError, UsageError } from './command.js';
import { NO_ANALYSIS_DATE } from './date-text.js';
import type { Text } from './text.js';
import { didYouMeanList } from './text.js';

// The library's errors carry English messages (and stable codes); the CLI says them in both
// languages. The English is the library's own message; the Vietnamese is built from the code
// and the values in the message, which follow the forms below.

/** "does not exist", "cannot be read (permission denied)", "cannot be read (EIO)", "leads to no file (ENOENT)" in Vietnamese. */
function reasonVi(reason: string): string {
  if (reason === 'does not exist') return 'không tồn tại';
  const link = /^leads to no file \((.*)\)$/.exec(reason);
  if (link) return `không dẫn tới tệp nào (${link[1]})`;
  if (reason === 'cannot be read (permission denied)') return 'không đọc được (không có quyền)';
  const other = /^cannot be read \((.*)\)$/.exec(reason);
  return other ? `không đọc được (${other[1]})` : reason;
}

/** What in a catalog directory could not be read, in Vietnamese. */
const UNREAD_KIND_VI: Record<string, string> = { file: 'tệp', link: 'liên kết', directory: 'thư mục' };

const HINTS_VI: Record<string, string> = {
  'Check the permissions of the files and directories in it, and where its links lead.': 'Hãy kiểm tra quyền truy cập của các tệp và thư mục trong đó, và nơi các liên kết của nó trỏ tới.',
  'Give a catalog file (.yaml, .yml, .json) or a directory that holds such files.': 'Hãy cho một tệp danh mục (.yaml, .yml, .json) hoặc một thư mục chứa các tệp như vậy.',
  'Point at the directory that holds the catalog, or at one file.': 'Hãy trỏ tới thư mục chứa danh mục, hoặc tới một tệp.',
  'Check its permissions.': 'Hãy kiểm tra quyền truy cập.',
  'Give a YAML file with legal: and connect: entries.': 'Hãy cho một tệp YAML có các mục legal: và connect:.',
  'Give the path of a reform YAML file, e.g. --reform reform.yaml.': 'Hãy cho đường dẫn của một tệp cải cách YAML, ví dụ --reform reform.yaml.',
  'Give the path of a baseline file written by tthc blocked --format baseline -o FILE.': 'Hãy cho đường dẫn của một tệp baseline do tthc blocked --format baseline -o TỆP ghi ra.',
};

/** The files a command reads beside the catalog, as their messages name them. */
const INPUT_FILE_VI: Record<string, string> = { reform: 'cải cách', baseline: 'baseline' };

function hintText(hint: string | undefined): Text | undefined {
  return hint === undefined ? undefined : { vi: HINTS_VI[hint] ?? hint, en: hint };
}

/** Vietnamese for a CatalogPathError's or ReformPathError's message. */
export function pathMessageVi(message: string): string {
  let m = /^The catalog path '(.*)' (does not exist|cannot be read.*)\.$/.exec(message);
  if (m) return `Đường dẫn danh mục '${m[1]}' ${reasonVi(m[2])}.`;
  m = /^The catalog directory '(.*)' has no catalog file that can be read: the (file|link|directory) '(.*)' (.*?)(?:, and (\d+) more files? or director(?:y|ies) in it cannot be read either)?\.$/.exec(message);
  if (m) {
    const more = m[5] !== undefined ? `, và ${m[5]} tệp hoặc thư mục khác trong đó cũng không đọc được` : '';
    return `Thư mục danh mục '${m[1]}' không có tệp danh mục nào đọc được: ${UNREAD_KIND_VI[m[2]]} '${m[3]}' ${reasonVi(m[4])}${more}.`;
  }
  m = /^The directory '(.*)' holds no catalog files/.exec(message);
  if (m) return `Thư mục '${m[1]}' không chứa tệp danh mục nào (*.yaml, *.yml hoặc *.json).`;
  m = /^The catalog path '(.*)' is neither a file nor a directory\.$/.exec(message);
  if (m) return `Đường dẫn danh mục '${m[1]}' không phải tệp cũng không phải thư mục.`;
  if (message === 'No catalog path was given.') return 'Chưa cho đường dẫn danh mục.';
  if (message === 'No baseline path was given.') return 'Chưa cho đường dẫn tệp baseline.';
  m = /^The (reform|baseline) path '(.*)' is not a file\.$/.exec(message);
  if (m) return `Đường dẫn ${INPUT_FILE_VI[m[1]]} '${m[2]}' không phải là tệp.`;
  m = /^The (reform|baseline) file '(.*)' is (\d+) bytes, more than the limit of (\d+)\.$/.exec(message);
  if (m) return `Tệp ${INPUT_FILE_VI[m[1]]} '${m[2]}' có ${m[3]} byte, vượt giới hạn ${m[4]} byte.`;
  m = /^The (reform|baseline) file '(.*)' (does not exist|cannot be read.*)\.$/.exec(message);
  if (m) return `Tệp ${INPUT_FILE_VI[m[1]]} '${m[2]}' ${reasonVi(m[3])}.`;
  return message;
}

/** The quoted value of a library message: `… "x" …` gives x. */
function quoted(message: string): string | undefined {
  return /"([^"]*)"/.exec(message)?.[1];
}

/** Vietnamese and English for an option error of the analysis, the planner or the graph. */
export function optionErrorText(e: AnalysisOptionError | PlanOptionError | NeighbourhoodOptionError): Text {
  const en = e.message;
  const value = quoted(en) ?? '';
  if (e instanceof NeighbourhoodOptionError) {
    const got = /got (.*)\.$/.exec(en)?.[1] ?? '';
    if (e.code === 'INVALID_DEPTH') return { vi: `Độ sâu phải là số nguyên bước, từ 0 trở lên; nhận được ${got}.`, en };
    if (e.code === 'INVALID_LIMIT') return { vi: `Số nút tối đa phải là số nguyên, từ 1 trở lên; nhận được ${got}.`, en };
    // The command line checks the date and the province before drawing: not reached from it.
    return { vi: en, en };
  }
  switch (e.code) {
    case 'MISSING_DATE':
      // The library's message names its option (at: "…"); the hint names the command's.
      return NO_ANALYSIS_DATE;
    case 'INVALID_DATE': {
      const range = /^The range ends \((.*)\) before it starts \((.*)\)\.$/.exec(en);
      if (range) return { vi: `Khoảng thời gian kết thúc (${range[1]}) trước khi bắt đầu (${range[2]}).`, en };
      return { vi: `"${value}" không phải ngày có thật viết dạng YYYY-MM-DD, ví dụ 2023-01-01.`, en };
    }
    case 'UNKNOWN_PROVINCE':
      return { vi: `Danh mục không có tỉnh "${value}".${dym(e.suggestions)}`, en };
    case 'UNKNOWN_LEGAL':
      return { vi: `Danh mục không có văn bản pháp luật "${value}" (theo mã hoặc số hiệu).${dym(e.suggestions)}`, en };
    case 'UNKNOWN_DOCUMENT':
      return { vi: `Danh mục không có giấy tờ "${value}".${dym(e.suggestions)}`, en };
    case 'UNKNOWN_PROCEDURE':
      return { vi: `Danh mục không có thủ tục "${value}".${dym(e.suggestions)}`, en };
    case 'INVALID_BUDGET':
      return { vi: `Ngân sách phải là số nguyên thay đổi, từ 0 trở lên; nhận được ${/got (.*)\.$/.exec(en)?.[1] ?? ''}.`, en };
    default:
      return { vi: en, en };
  }
}

function dym(suggestions: readonly string[] | undefined): string {
  const t = didYouMeanList((suggestions ?? []).map((s) => `'${s}'`));
  return t ? ` ${t.vi}` : '';
}

/**
 * The CLI's error for a library error, in both languages: InputError for a path that cannot
 * be read, UsageError for an option the analysis refuses; undefined for anything else.
 */
export function cliErrorFor(e: unknown, hint?: Text): InputError | UsageError | undefined {
  if (e instanceof CatalogPathError || e instanceof ReformPathError || e instanceof BaselinePathError) return new InputError({ vi: pathMessageVi(e.message), en: e.message }, hintText(e.hint));
  if (e instanceof AnalysisOptionError || e instanceof PlanOptionError || e instanceof NeighbourhoodOptionError) return new UsageError(optionErrorText(e), hint);
  return undefined;
}
