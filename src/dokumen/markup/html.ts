/**
 * HTML as strings, escaped as Astro escapes text and attributes, so that the official document's markup can be
 * written once (in this folder) and rendered by the build's pages (`<Fragment set:html>`) and by the editor in the
 * browser alike. `html` escapes every interpolated value unless it is itself the result of `html` (or `raw`).
 */

/** Markup that is already safe: interpolated as it is. */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

/** A value `html` can interpolate: markup, text, a number, a list of those, or nothing (null, undefined, false). */
export type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text escaped for HTML text and quoted attributes (the five characters Astro escapes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (char) => ESCAPES[char] as string);
}

function part(value: Part): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

/** Markup from a template: every `${value}` escaped unless it is markup already. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += part(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Trusted markup (an SVG made by the build, a data URI image): interpolated unescaped. */
export function raw(text: string): Html {
  return new Html(text);
}

/**
 * Attributes in Astro's way: null, undefined and false leave the attribute out, true writes its bare name, anything
 * else `name="value"` escaped. `class` may be a list: its truthy items joined by spaces (Astro's `class:list`).
 */
export function attrs(record: Record<string, string | number | boolean | null | undefined | readonly unknown[]>): Html {
  let out = '';
  for (const [name, value] of Object.entries(record)) {
    const text = Array.isArray(value) ? value.filter((item) => typeof item === 'string' && item !== '').join(' ') : value;
    if (text === null || text === undefined || text === false || text === '') {
      if (text === '' && !Array.isArray(value)) out += ` ${name}=""`;
      continue;
    }
    out += text === true ? ` ${name}` : ` ${name}="${escapeHtml(String(text))}"`;
  }
  return new Html(out);
}
