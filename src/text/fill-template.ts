/** Templates split at their placeholders: text, name, text, name, …, text. */
const split = new Map<string, string[]>();

/**
 * `template` with each `{name}` placeholder replaced by `params[name]`; a name `params` lacks
 * stays as written. Each template is split once, so that reports writing a label hundreds of
 * thousands of times do not scan it each time.
 */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  let parts = split.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    split.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}
