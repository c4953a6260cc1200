// "Save diagnostic page": the current thread's DOM with personal content replaced, so adapters can be
// fixed from real markup without personal data (the same idea as the fixtures' sanitising).
// Structure, tags, roles, aria/data attributes, dir/lang and class names are kept; people's names,
// comment texts, ids, links' personal parts and images are replaced. Nothing is sent anywhere:
// the popup saves the result as a file the moderator can pass on.

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const DROP = 'script, style, link, meta, noscript, iframe, object, embed, template, [data-galateo]';
// Two or more capitalised words: very likely a person's or page's name.
const NAME_LIKE = /\p{Lu}[\p{Ll}'’]+(?:\s+(?:d[aeiou]l?|de|di|van|von|la|le)?\s*\p{Lu}[\p{Ll}'’]+)+/gu;
const LONG_TEXT = 30;

function digitsLike(s: string, seed: { n: number }): string {
  return s.replace(/\d{4,}/g, (m) => {
    seed.n = (seed.n * 1103515245 + 12345) % 2 ** 31;
    const digits = String(seed.n).padStart(m.length, '7').repeat(Math.ceil(m.length / 10) + 1);
    return '1' + digits.slice(0, m.length - 1);
  });
}

function placeholderText(len: number, n: number): string {
  const base = `Testo ${n}: contenuto sostituito per la diagnosi. `;
  return base.repeat(Math.ceil(len / base.length)).slice(0, Math.max(8, len)).trim();
}

/** Sanitised outerHTML of `root` (a clone: the live page is never changed). */
export function sanitizeForDiagnostic(root: Element, knownNames: readonly string[] = []): string {
  const clone = root.cloneNode(true) as Element;
  clone.querySelectorAll(DROP).forEach((el) => el.remove());
  const seed = { n: 42 };
  const names = [...new Set(knownNames.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  const nameMap = new Map(names.map((n, i) => [n, `Persona ${i + 1}`]));
  const replaceNames = (s: string) => {
    let out = s;
    for (const [n, r] of nameMap) out = out.split(n).join(r);
    return out.replace(NAME_LIKE, 'Nome Cognome');
  };
  let texts = 0;
  const walker = clone.ownerDocument.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text);
  for (const t of nodes) {
    const v = t.data;
    if (!v.trim()) continue;
    // Long texts are what people wrote; short ones are mostly UI labels ("Reply", "1w"), kept but de-named.
    t.data = v.trim().length > LONG_TEXT ? placeholderText(v.trim().length, ++texts) : digitsLike(replaceNames(v), seed);
  }
  const all = [clone, ...clone.querySelectorAll('*')];
  for (const el of all) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) {
        el.removeAttribute(attr.name);
        continue;
      }
      let v = attr.value;
      if (name === 'src' || name === 'srcset' || name === 'xlink:href' || name === 'poster') {
        v = name === 'srcset' ? '' : GIF;
      } else if (name === 'href') {
        v = sanitizeHref(v, seed);
      } else if (name === 'aria-label' || name === 'alt' || name === 'title' || name === 'aria-placeholder' || name === 'placeholder') {
        v = digitsLike(replaceNames(v), seed);
      } else if (name === 'style') {
        v = v.replace(/url\([^)]*\)/g, 'url()');
      } else {
        v = digitsLike(v, seed);
      }
      if (v !== attr.value) el.setAttribute(attr.name, v);
    }
  }
  return clone.outerHTML;
}

/** Keep the shape of a link (host, path kind, which query keys) without its personal parts. */
function sanitizeHref(href: string, seed: { n: number }): string {
  try {
    const u = new URL(href, 'https://www.facebook.com/');
    const segs = u.pathname.split('/').map((s, i) => (i === 1 && s && !/^(p|c|reel|posts|photo|groups|permalink\.php|story\.php|profile\.php|direct|stories)$/.test(s) ? 'persona.sostituita' : s));
    const params = new URLSearchParams();
    for (const [k, v] of u.searchParams) params.set(k, k === 'comment_id' || k === 'reply_comment_id' || k === 'id' ? digitsLike(v.replace(/[A-Za-z0-9+/=%]{12,}/, (m) => (/^\d+$/.test(m) ? m : 'Y29tbWVudDoxMTExMTExMTExXzIyMjIyMjIyMjI=')), seed) : 'x');
    const q = params.toString();
    return `${u.origin}${digitsLike(segs.join('/'), seed)}${q ? `?${q}` : ''}`;
  } catch {
    return '#';
  }
}
