// Template text with variables: {{nome}}, {{argomento}}, {{link}}, {{orari}}, {{moderatore}};
// a fallback after a bar is used when the value is missing or empty: {{nome|ciao}}, {{link|www.inps.it}}.
// Rendering is plain string work: the result goes into a reply box as text, never as HTML.

export const KNOWN_VARIABLES = ['nome', 'argomento', 'link', 'orari', 'moderatore'] as const;
export type KnownVariable = (typeof KNOWN_VARIABLES)[number];

const VAR = /\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}/g;
const NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

export interface TemplateVariable {
  name: string;
  fallback?: string;
  start: number;
  end: number;
}

/** Every {{…}} placeholder in the text, in order. */
export function templateVariables(text: string): TemplateVariable[] {
  const out: TemplateVariable[] = [];
  for (const m of text.matchAll(VAR)) {
    out.push({ name: m[1], fallback: m[2], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Placeholders whose name Galateo does not fill (a typo like {{nomee}} or {{Nome}}); for the editor's warning. */
export function unknownVariables(text: string): string[] {
  const known = new Set<string>(KNOWN_VARIABLES);
  return [...new Set(templateVariables(text).map((v) => v.name).filter((n) => !known.has(n)))];
}

// Marks where a variable rendered as nothing, so "Ciao {{nome}}," becomes "Ciao," and not "Ciao ,".
const EMPTY = '\u0000';

/**
 * Fill the placeholders. A name that is not a key of `vars` is unknown: it is reported, and rendered
 * with its fallback if it has one, otherwise left as written so the moderator sees it.
 * A known key whose value is undefined or blank takes the fallback, or nothing.
 */
export function renderTemplate(text: string, vars: Record<string, string | undefined>): { text: string; unknown: string[] } {
  const unknown = new Set<string>();
  let out = text.replace(VAR, (whole, rawName: string, fallback: string | undefined) => {
    const name = rawName;
    const has = Object.prototype.hasOwnProperty.call(vars, name) && NAME.test(name);
    if (!has) {
      unknown.add(name);
      return fallback !== undefined ? fallback.trim() || EMPTY : whole;
    }
    const value = vars[name];
    if (value !== undefined && value.trim() !== '') return value.replace(/\u0000/g, '');
    const fb = fallback?.trim();
    return fb ? fb : EMPTY;
  });
  if (out.includes(EMPTY)) {
    out = out
      .replace(/[ \t]*\([ \t]*\u0000[ \t]*\)/g, '')
      .replace(/[ \t]*\u0000[ \t]*(?=[,.;:!?)])/g, '')
      .replace(/[ \t]+\u0000[ \t]+/g, ' ')
      .replace(/\u0000/g, '')
      .replace(/ {2,}/g, ' ');
  }
  return { text: out, unknown: [...unknown] };
}
