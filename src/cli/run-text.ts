import type { Text } from './text.js';

/** What the runner itself says: errors about the command line, and the frame of --help. */
export const RUN_TEXT = {
  error: { vi: 'lỗi', en: 'error' },
  hint: { vi: 'gợi ý', en: 'hint' },
  usage: { vi: 'cách dùng', en: 'usage' },
  options: { vi: 'Tuỳ chọn:', en: 'Options:' },
  examples: { vi: 'Ví dụ:', en: 'Examples:' },
  commands: { vi: 'Các lệnh:', en: 'Commands:' },
  oneOf: { vi: 'một trong {choices}', en: 'one of {choices}' },
  defaultValue: { vi: 'mặc định {value}', en: 'default {value}' },
  helpOption: { vi: 'Xem hướng dẫn của lệnh này.', en: 'Show help for this command.' },
  tagline: {
    vi: 'tthc — thủ tục hành chính nào bị ảnh hưởng khi một giấy tờ bị bãi bỏ, và vì sao.',
    en: 'tthc — which administrative procedures break when a document is abolished, and why.',
  },
  mainFooter: {
    vi: [
      'Chạy `tthc <lệnh> --help` để xem các tuỳ chọn và ví dụ của một lệnh.',
      'Mã thoát: 0 đã chạy, 1 có phát hiện (lỗi, hoặc điều --fail-on nêu), 2 dùng sai lệnh hoặc không đọc được đầu vào.',
    ].join('\n'),
    en: [
      'Run `tthc <command> --help` for the options and examples of a command.',
      'Exit codes: 0 ran, 1 findings (errors, or what --fail-on names), 2 bad usage or unreadable input.',
    ].join('\n'),
  },
  ignoredEnvLang: {
    vi: "Cảnh báo: TTHC_LANG='{value}' không phải ngôn ngữ tthc hỗ trợ (vi hoặc en); dùng tiếng Việt.",
    en: "Warning: TTHC_LANG='{value}' is not a language tthc speaks (vi or en); using Vietnamese.",
  },
  ignoredMaxFileSize: {
    vi: "Cảnh báo: TTHC_MAX_FILE_SIZE='{value}' không phải một số megabyte dương (ví dụ 200); dùng giới hạn mặc định 50 MB.",
    en: "Warning: TTHC_MAX_FILE_SIZE='{value}' is not a positive number of megabytes (e.g. 200); using the default limit of 50 MB.",
  },
  unknownCommand: { vi: "Không có lệnh '{name}'.", en: "Unknown command '{name}'." },
  listCommands: { vi: "Chạy 'tthc --help' để xem danh sách lệnh.", en: "Run 'tthc --help' for the list of commands." },
  seeHelp: { vi: "Chạy 'tthc {name} --help' để xem mọi tuỳ chọn.", en: "Run 'tthc {name} --help' for every option." },
  unknownOption: { vi: "Lệnh 'tthc {name}' không có tuỳ chọn '{option}'.", en: "Unknown option '{option}' for 'tthc {name}'." },
  needsValue: { vi: "Tuỳ chọn '{option}' cần một giá trị.", en: "Option '{option}' needs a value." },
  badChoice: {
    vi: "'{value}' không phải giá trị hợp lệ của --{option}: hãy dùng một trong {choices}.",
    en: "'{value}' is not a valid value for --{option}: use one of {choices}.",
  },
  takesNoValue: { vi: "Tuỳ chọn '{option}' không nhận giá trị.", en: "Option '{option}' takes no value." },
  takesNoValueHint: { vi: "Hãy viết {option} một mình, không có '=…'.", en: "Write {option} alone, without '=…'." },
  givenTwice: { vi: "Tuỳ chọn '{option}' được cho {count} lần, nhưng chỉ nhận một giá trị: {values}.", en: "Option '{option}' is given {count} times, but takes one value: {values}." },
  givenTwiceHint: { vi: 'Hãy cho nó một lần; muốn so sánh nhiều giá trị thì chạy lệnh một lần cho mỗi giá trị.', en: 'Give it once; to compare values, run the command once for each.' },
  noCommand: { vi: 'Thiếu lệnh.', en: 'No command given.' },
  notACommand: { vi: "'{name}' là một tuỳ chọn, không phải lệnh: tuỳ chọn đặt sau lệnh.", en: "'{name}' is an option, not a command: options come after the command." },
  missing: { vi: 'Thiếu {what}.', en: 'Missing {what}.' },
  unexpected: { vi: "Thừa đối số '{arg}'.", en: "Unexpected argument '{arg}'." },
} as const satisfies Record<string, Text>;

/** The options of `tthc` itself, for `tthc --help`. */
export const MAIN_OPTIONS: readonly (Text & { head: string })[] = [
  {
    head: '    --lang LANG',
    vi: 'Ngôn ngữ của mọi thông báo và báo cáo: vi hoặc en (hoặc biến môi trường TTHC_LANG=vi|en; --lang được ưu tiên); mặc định tiếng Việt.',
    en: 'Language of every message and report: vi or en (or the environment variable TTHC_LANG=vi|en; --lang wins); Vietnamese by default.',
  },
  { head: '-v, --version', vi: 'In phiên bản của tthc.', en: 'Print the version of tthc.' },
  { head: '-h, --help', vi: 'Xem hướng dẫn này.', en: 'Show this help.' },
];

/** The examples of `tthc --help`. */
export const MAIN_EXAMPLES: readonly (Text & { command: string })[] = [
  { vi: 'Kiểm tra lỗi trong danh mục đi kèm', en: 'Check the bundled catalog for mistakes', command: 'tthc check catalog/' },
  {
    vi: 'Các thủ tục bị chặn ở Gia Lai ngày 1/1/2023, bằng tiếng Anh',
    en: 'The procedures blocked in Gia Lai on 1 January 2023, in English',
    command: 'tthc blocked catalog/ --at 2023-01-01 --province GL --lang en',
  },
  { vi: 'Mọi tuỳ chọn của một lệnh, kèm ví dụ', en: 'Every option of one command, with examples', command: 'tthc blocked --help' },
];
