// Checksums for Italian identifiers: codice fiscale (with omocodia) and IBAN (ISO 13616 mod-97).

const CF_ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6,
  R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

// CF_ODD by character code: the sum reads the code units, no one-character strings
const ODD_BY_CODE = new Uint8Array(91);
for (const [ch, v] of Object.entries(CF_ODD)) ODD_BY_CODE[ch.charCodeAt(0)] = v;

/** Code of the check character of a codice fiscale whose first 15 characters are [0-9A-Z]. */
function cfCheckCode(cf: string): number {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = cf.charCodeAt(i);
    sum += i % 2 === 0 ? ODD_BY_CODE[c] : c <= 57 ? c - 48 : c - 65;
  }
  return 65 + (sum % 26);
}

/** Check character of the first 15 characters of a codice fiscale (upper case letters and digits). */
export function cfCheckChar(first15: string): string {
  return String.fromCharCode(cfCheckCode(first15));
}

// Omocodia replaces digits with letters L M N P Q R S T U V (0..9) in the numeric positions.
const CF_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** True for a 16-character personal codice fiscale with a valid check character (omocodia allowed). */
export function isValidCodiceFiscale(raw: string): boolean {
  const cf = raw.toUpperCase();
  if (!CF_SHAPE.test(cf)) return false;
  return cfCheckCode(cf) === cf.charCodeAt(15);
}

/** IBAN lengths per country (ISO 13616 registry, main countries; others accept 15–34). */
const IBAN_LENGTH: Record<string, number> = {
  IT: 27, SM: 27, VA: 22, DE: 22, FR: 27, ES: 24, GB: 22, IE: 22, NL: 18, BE: 16, AT: 20, CH: 21, LI: 21, PT: 25,
  LU: 20, GR: 27, PL: 28, RO: 24, BG: 22, HR: 21, SI: 19, SK: 24, CZ: 24, HU: 28, DK: 18, SE: 24, NO: 15, FI: 18,
  EE: 20, LV: 21, LT: 20, MT: 31, CY: 28, AL: 28, MA: 28, TN: 24, UA: 29, MD: 24, TR: 26, BR: 29, EG: 29,
};

/** True when `raw` (spaces allowed) is an IBAN of the right length whose mod-97 check is 1. */
export function isValidIban(raw: string): boolean {
  const iban = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const want = IBAN_LENGTH[iban.slice(0, 2)];
  if (want !== undefined ? iban.length !== want : iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else rem = (rem * 100 + (c - 55)) % 97;
  }
  return rem === 1;
}
