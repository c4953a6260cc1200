// Links in comment text: explicit URLs (http/https/www.) and bare domains ("inps-bonus.com").
// Used by phishing, advertising and personal-data (the institute's own links are never personal data).
import type { Span } from '../../types';

export interface Link extends Span {
  /** Lower-case host name, without port or trailing dot ("servizi.inps.it"). */
  host: string;
}

// Common TLDs for bare domains (explicit http/www links accept any TLD).
const TLDS =
  'it|com|net|org|info|eu|biz|xyz|online|site|top|club|shop|store|app|io|co|me|ly|link|click|live|pro|vip|win|uk|de|fr|es|ch|ru|cn|us|to|gl|gd|tk|ml|ga|cf|gq|ws|cc|tv|in|sbs|cfd|icu|bond|cyou|buzz|gov|edu|ro|al|ma|ng|news|today|world|page|blog|web|work|money|finance|bet|casino|loan|loans|cash';
const LINK_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])(?:(?:https?:\/\/|www\.)[^\s<>"'()\[\]{}]+|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${TLDS})(?![\p{L}\p{N}-])(?:[/?#][^\s<>"'()\[\]{}]*)?)`,
  'giu',
);

// Fast pre-check without lookbehind or Unicode classes: most comments have a dot but no link.
const MAYBE_LINK_RE = new RegExp(String.raw`https?:\/\/|www\.|[a-z0-9]\.(?:${TLDS})\b`, 'i');
/** No links (shared: the usual answer; callers filter it only when it is not empty). */
export const NO_LINKS: readonly Link[] = Object.freeze([]) as readonly Link[];
let lastText = '';
let lastLinks: readonly Link[] = NO_LINKS;

/** All links of `text`, in order, with their host (the last result is remembered: several rules ask). */
export function findLinks(text: string): readonly Link[] {
  if (text === lastText) return lastLinks;
  const links = text.indexOf('.') < 0 || !MAYBE_LINK_RE.test(text) ? NO_LINKS : scanLinks(text);
  lastText = text;
  lastLinks = links;
  return links;
}

function scanLinks(text: string): Link[] {
  const out: Link[] = [];
  LINK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK_RE.exec(text))) {
    let raw = m[0];
    // trailing punctuation belongs to the sentence, not the link
    const trimmed = raw.replace(/[.,;:!?…]+$/u, '');
    const end = m.index + trimmed.length;
    raw = trimmed;
    const host = hostOf(raw);
    if (!host || host.indexOf('.') < 0) continue;
    // "e.g." / "s.p.a." / numbers like 3.5 are not links
    if (/^\d+(\.\d+)*$/.test(host)) continue;
    out.push({ start: m.index, end, host });
  }
  return out;
}

export function hostOf(link: string): string {
  let s = link.replace(/^https?:\/\//i, '');
  const cut = s.search(/[/?#:]/);
  if (cut >= 0) s = s.slice(0, cut);
  return s.replace(/\.+$/, '').toLowerCase();
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIsUnder(host: string, domain: string): boolean {
  return isUnder(host, domain.toLowerCase().replace(/^\.+|\.+$/g, ''));
}

/**
 * hostIsUnder for a domain already in lower case without dots at its ends (the lists below are: see
 * links.test): asked for every link of every comment by three rules, it makes no string.
 */
function isUnder(host: string, d: string): boolean {
  const k = host.length - d.length;
  return k === 0 ? host === d : k > 0 && host.charCodeAt(k - 1) === 46 /* "." */ && host.endsWith(d);
}

/** The institute's own domains: inps.it (and subdomains) and gov.it (public administration). */
export const OFFICIAL_DOMAINS = ['inps.it', 'gov.it'] as const;

export function isOfficialHost(host: string): boolean {
  return OFFICIAL_DOMAINS.some((d) => isUnder(host, d));
}

/**
 * Other public institutions whose links users give as sources (the law, Parliament, statistics, the EU):
 * allowed on every page, like the institute's own; no advert.
 */
export const PUBLIC_DOMAINS = ['gazzettaufficiale.it', 'normattiva.it', 'governo.it', 'camera.it', 'senato.it', 'quirinale.it', 'istat.it', 'inail.it', 'europa.eu'] as const;

/** Host allowed on a page: official, a public institution, or under one of the page's allowed domains. */
export function isAllowedHost(host: string, allowedDomains: readonly string[]): boolean {
  return isOfficialHost(host) || PUBLIC_DOMAINS.some((d) => isUnder(host, d)) || allowedDomains.some((d) => d && hostIsUnder(host, d));
}

const SKELETON: Record<string, string> = { '1': 'i', l: 'i', '!': 'i', '|': 'i', '0': 'o', '5': 's', '$': 's', '3': 'e', '4': 'a', '@': 'a', '7': 't' };

/** Visual skeleton of a host label: l/1/! -> i, 0 -> o, rn -> m, vv -> w, dashes and dots removed. */
export function skeleton(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')) out += SKELETON[ch] ?? ch;
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[-_.]/g, '');
}

/**
 * Why `host` imitates the institute, or null: a non-official host whose name carries "inps"
 * (inps-bonus.com, inps.it.verify.xyz, inps-it.info), a look-alike spelling (lnps.it, 1nps.it,
 * ınps.it), or a punycode (xn--) name.
 */
export function lookAlikeReason(host: string): string | null {
  // asked by phishing and advertising for every link, and the same hosts come back ("t.co", news sites)
  let r = lookAlikeMemo.get(host);
  if (r === undefined) {
    r = lookAlikeUncached(host);
    if (lookAlikeMemo.size >= 5000) lookAlikeMemo.clear();
    lookAlikeMemo.set(host, r);
  }
  return r;
}
const lookAlikeMemo = new Map<string, string | null>();
function lookAlikeUncached(host: string): string | null {
  if (isOfficialHost(host)) return null;
  if (host.split('.').some((l) => l.startsWith('xn--'))) return `punycode host ${host}`;
  if (/[^\x00-\x7f]/.test(host)) return `non-ASCII host ${host}`;
  if (host.includes('inps')) return `non-official host using the INPS name: ${host}`;
  const sk = skeleton(host);
  if (sk.includes('inps')) return `look-alike of inps: ${host}`;
  return null;
}
