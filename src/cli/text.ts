import type { Lang } from '../report/labels.js';
import { fillTemplate } from '../text/fill-template.js';

/** A user-facing text in both languages of the CLI. */
export interface Text {
  vi: string;
  en: string;
}

/** A text in both languages, or one string used for both (a value, a code, a library's own words). */
export type Textish = string | Text;

/** The text in `lang`. */
export function say(text: Textish, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Fills `{name}` placeholders; unknown names stay as written. */
export function fill(template: string, params: Record<string, string | number>): string {
  return fillTemplate(template, params);
}

/** Fills the placeholders of both languages. */
export function fillText(text: Text, params: Record<string, string | number>): Text {
  return { vi: fill(text.vi, params), en: fill(text.en, params) };
}

function asLang(v: string | undefined): Lang | undefined {
  const s = v?.trim().toLowerCase();
  return s === 'vi' || s === 'en' ? s : undefined;
}

/**
 * The language of everything the CLI says, known before the command line is parsed (so usage
 * errors and --help come out in it): the last valid `--lang X` or `--lang=X` of `argv`, else
 * the environment variable TTHC_LANG, else Vietnamese. Arguments after `--` are not options.
 */
export function resolveLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  return langOption(argv) ?? envLang(env);
}

/** The language the CLI answers in when a command line does not say: TTHC_LANG's, else Vietnamese. */
export function envLang(env: Record<string, string | undefined>): Lang {
  return asLang(env.TTHC_LANG) ?? 'vi';
}

/** The last valid `--lang X` or `--lang=X` of `argv` (arguments after `--` are not options). */
function langOption(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    const lang = asLang(v);
    if (lang) found = lang;
  }
  return found;
}

/** TTHC_LANG when it is set, matters (no valid --lang in `argv`) and names no language the CLI speaks. */
export function ignoredEnvLang(argv: readonly string[], env: Record<string, string | undefined>): string | undefined {
  const value = env.TTHC_LANG;
  if (!value?.trim() || asLang(value) || langOption(argv)) return undefined;
  return value;
}

/** "'a'", "'a' hoặc 'b'", "'a', 'b' or 'c'". */
export function orList(items: readonly string[], lang: Lang): string {
  const or = lang === 'vi' ? 'hoặc' : 'or';
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

/** "Có phải ý bạn là 'x'?" / "Did you mean 'x'?" for a list of quoted names, or undefined when empty. */
export function didYouMeanList(names: readonly string[]): Text | undefined {
  if (names.length === 0) return undefined;
  return { vi: `Có phải ý bạn là ${orList(names, 'vi')}?`, en: `Did you mean ${orList(names, 'en')}?` };
}

/** What the command line says of an error it did not expect (exit 70), in the language of the run. */
export function internalErrorText(e: unknown, lang: Lang): string {
  const message = e instanceof Error ? e.message : String(e);
  return lang === 'en'
    ? `tthc: internal error: ${message}\nThis is a bug in tthc-graph; please report it with the command you ran.\n`
    : `tthc: lỗi nội bộ: ${message}\nĐây là lỗi của tthc-graph; hãy báo lỗi kèm theo lệnh bạn đã chạy.\n`;
}
