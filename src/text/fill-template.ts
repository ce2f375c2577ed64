/**
 * A placeholder of a template: `{name}` is the value of `name`; `{name:one|other}` is `one`
 * when that value is 1 and `other` otherwise, for English words that agree with a number
 * ("{n} {n:change|changes}"). Vietnamese nouns do not change with the number.
 */
interface Placeholder {
  name: string;
  /** The `one|other` forms, for a placeholder that chooses a word by its number. */
  forms?: readonly [string, string];
}

/** Templates split at their placeholders: text, placeholder, text, placeholder, …, text. */
const split = new Map<string, (string | Placeholder)[]>();

const PLACEHOLDER = /\{(\w+(?::[^{}|]*\|[^{}|]*)?)\}/;

function parse(template: string): (string | Placeholder)[] {
  return template.split(PLACEHOLDER).map((part, i) => {
    if (i % 2 === 0) return part;
    const colon = part.indexOf(':');
    if (colon < 0) return { name: part };
    const [one, other] = part.slice(colon + 1).split('|');
    return { name: part.slice(0, colon), forms: [one, other] as const };
  });
}

/**
 * `template` with each `{name}` placeholder replaced by `params[name]`, and each
 * `{name:one|other}` by `one` when `params[name]` is 1, else `other`; a name `params` lacks
 * stays as written. Each template is split once, so that reports writing a label hundreds of
 * thousands of times do not scan it each time.
 */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  let parts = split.get(template);
  if (parts === undefined) {
    parts = parse(template);
    split.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const p = parts[i] as Placeholder;
    let text: string;
    if (!(p.name in params)) text = p.forms ? `{${p.name}:${p.forms[0]}|${p.forms[1]}}` : `{${p.name}}`;
    else if (p.forms) text = Number(params[p.name]) === 1 ? p.forms[0] : p.forms[1];
    else text = String(params[p.name]);
    out += text + (parts[i + 1] as string);
  }
  return out;
}
