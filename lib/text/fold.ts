// Character folding: one UTF-16 code unit (or surrogate pair) -> a lower-case ASCII-ish string.
// Removes accents, maps fullwidth forms and Cyrillic/Greek look-alike letters to Latin,
// drops zero-width characters. Pure, table driven, cached: no browser API.

/** Cyrillic and Greek letters that look like Latin ones (upper and lower case). */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', п: 'n', и: 'u', г: 'r',
  А: 'a', В: 'b', Е: 'e', Ё: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', У: 'y', Х: 'x',
  І: 'i', Ї: 'i', Ј: 'j', Ѕ: 's', Ԁ: 'd',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ς: 's',
  ά: 'a', έ: 'e', ί: 'i', ό: 'o', ύ: 'u', ή: 'n', ω: 'w', μ: 'u',
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x',
  // Latin specials not decomposed by NFKD
  ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i',
  // typographic apostrophes and quotes -> ASCII
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'", '`': "'", '´': "'",
};

let lowerIn = '';
let lowerOut = '';
/**
 * text.toLowerCase(), the last answer remembered: the matcher's pre-check and the rules' fold()
 * lower-case the same comment one after the other.
 */
export function lowerCase(text: string): string {
  if (text !== lowerIn) {
    lowerOut = text.toLowerCase();
    lowerIn = text;
  }
  return lowerOut;
}

/** Characters that are invisible and may be injected to split words. */
export function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embedding
    (code >= 0x2060 && code <= 0x2064) || // word joiner & co
    code === 0xfeff ||
    code === 0x034f || // combining grapheme joiner
    (code >= 0xfe00 && code <= 0xfe0f) // variation selectors
  );
}

const cache = new Map<number, string>();

/** Fold one code point to lower-case Latin without accents; '' for invisible and combining marks. */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  const ch = String.fromCodePoint(cp);
  if (isInvisible(cp)) out = '';
  else if (HOMOGLYPHS[ch] !== undefined) out = HOMOGLYPHS[ch];
  else {
    const d = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    const lower = d.toLowerCase();
    // map again through homoglyphs (fullwidth Cyrillic is rare; keep one pass)
    let s = '';
    for (const c of lower) s += HOMOGLYPHS[c] ?? c;
    out = s;
  }
  if (cache.size < 20000) cache.set(cp, out);
  return out;
}

export interface Folded {
  /** Folded text (lower case, no accents, look-alikes mapped, invisible characters removed). */
  text: string;
  /** map[i] = offset in the ORIGINAL text of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

/**
 * Fold a whole text keeping a map back to original offsets.
 * Use `toOriginal(folded, start, end)` to turn a match in the folded text into an original span.
 */
export function foldText(text: string): Folded {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp);
    for (let k = 0; k < f.length; k++) map.push(i);
    out += f;
    i += width;
  }
  map.push(text.length);
  return { text: out, map: Int32Array.from(map) };
}

/** Original span of the folded range [start, end). */
export function toOriginal(folded: Folded, start: number, end: number): { start: number; end: number } {
  const s = folded.map[start];
  // end: the original offset just after the last folded char in range
  const last = end > start ? folded.map[end - 1] : s;
  let e = folded.map[end];
  if (e < last + 1) e = last + 1;
  // a code point folded into several chars maps all to the same start; keep whole code point
  return { start: s, end: Math.max(e, s) };
}
