// Builds the privacy-safe excerpt stored in the log: personal data masked, then cut to EXCERPT_MAX.
// Masking happens on the FULL text before cutting, so a half-cut e-mail or IBAN never survives.
// Masked: every span of the `personal-data` rule (findPersonalData: codice fiscale, IBAN, phone,
// e-mail, address, documents, protocol numbers, health details), PLUS the greedy patterns below
// (a safety net: a masked harmless number costs nothing, a leaked one is a breach), the author's
// own name, and any extra spans the caller passes.
import type { Span } from '../types';
import { EXCERPT_MAX } from './schema';
import { findPersonalData, INSTITUTE_NUMBERS } from '../rules/personal-data';

export const MASK = '[***]';

/** Replace each span of `text` with `mask`; overlapping/adjacent spans are merged; bad spans ignored. */
export function maskSpans(text: string, spans: readonly Span[], mask = MASK): string {
  const clean = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of clean) {
    if (s.end <= pos) continue;
    if (s.start < pos) {
      pos = s.end;
      continue;
    }
    out += text.slice(pos, s.start) + mask;
    pos = s.end;
  }
  return out + text.slice(pos);
}

// Fallback detectors. Deliberately greedy: in a log excerpt a masked harmless number costs nothing,
// a leaked one is a breach.
const PATTERNS: RegExp[] = [
  // e-mail
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // IBAN (any country), with optional spaces every 4 characters
  /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/gi,
  // codice fiscale (persone fisiche, incl. omocodia letters)
  /\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPR-T][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b/gi,
  // URLs carrying query strings or paths may identify a person (profile links, tracking ids)
  /\bhttps?:\/\/\S+/gi,
  // @mentions (tagged people)
  /(?<![\p{L}\p{N}])@[\p{L}\p{N}._]{2,}/gu,
  // phone numbers and any other long number (document, protocol, PIN, card): 6+ digits, with separators
  /(?:\+|00)?\d(?:[ .\-/]?\d){5,}/g,
];

/** Spans of the fallback patterns (exported for tests and for callers without the rule). */
export function fallbackSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      // The institute's own Contact Center numbers are not personal data: keep them readable.
      if (INSTITUTE_NUMBERS.has(m[0].replace(/\D/g, '').replace(/^(?:0039|39)(?=0|8)/, ''))) continue;
      spans.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  return spans;
}

/** Spans where the author's name (each word of 3+ letters) appears in the text, case-insensitive. */
export function authorNameSpans(text: string, author: string | null | undefined): Span[] {
  if (!author) return [];
  const words = author
    .split(/[\s,.;:()"“”'’]+/u)
    .filter((w) => [...w].length >= 3)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Cut to `max` characters (code points), adding an ellipsis, never splitting a surrogate pair or a mask. */
export function truncate(text: string, max = EXCERPT_MAX): string {
  const cps = [...text];
  if (cps.length <= max) return text;
  let cut = cps.slice(0, max - 1).join('');
  // Do not leave half a mask token behind.
  const open = cut.lastIndexOf('[');
  if (open >= 0 && cut.indexOf(']', open) < 0 && text.startsWith(MASK, open)) cut = cut.slice(0, open);
  return cut.trimEnd() + '…';
}

export interface RedactOptions {
  /** Extra spans to mask (e.g. the personal-data rule's evidence), offsets into `text`. */
  spans?: readonly Span[];
  author?: string | null;
  max?: number;
}

/** The stored excerpt: personal data masked, whitespace collapsed, at most `max` characters. */
export function redactExcerpt(text: string, opts: RedactOptions = {}): string {
  const spans = [
    ...(opts.spans ?? []),
    ...findPersonalData(text),
    ...fallbackSpans(text),
    ...authorNameSpans(text, opts.author),
  ];
  const masked = maskSpans(text, spans);
  // Control characters (incl. bidi overrides) are dropped: the excerpt is shown in tables and CSV.
  const flat = masked
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(flat, opts.max ?? EXCERPT_MAX);
}
