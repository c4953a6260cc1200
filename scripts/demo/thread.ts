// Builds the demo thread page from the real Facebook comment template (tests/fixtures/dom/templates),
// filling its slots with the demo comments; the UI labels are Italian (Galateo must not care).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_COMMENTS, DEMO_PAGE, type DemoComment } from './comments';

const TEMPLATE = fileURLToPath(new URL('../../tests/fixtures/dom/templates/facebook-comment-2025.html', import.meta.url));

export const DEMO_URL = `https://www.facebook.com/${DEMO_PAGE.slug}/posts/pfbid0demoGalateoAssegnoUnico2026`;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Facebook's short Italian relative time ("30 min", "3 h", "2 g", "1 sett") and the long form of the aria-label. */
export function relativeLabels(hours: number): { short: string; long: string } {
  if (hours < 1) {
    const m = Math.max(1, Math.round(hours * 60));
    return { short: `${m} min`, long: `${m} minuti fa` };
  }
  if (hours < 24) {
    const h = Math.round(hours);
    return { short: `${h} h`, long: h === 1 ? "un'ora fa" : `${h} ore fa` };
  }
  const d = Math.round(hours / 24);
  if (d < 7) return { short: `${d} g`, long: d === 1 ? 'un giorno fa' : `${d} giorni fa` };
  const w = Math.round(d / 7);
  return { short: `${w} sett`, long: w === 1 ? 'una settimana fa' : `${w} settimane fa` };
}

/** Hours before `now` of the latest whole hour outside service hours (Mon–Fri 9–16, Europe/Rome). */
export function hoursToOutOfHours(now: Date): number {
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
  for (let h = 1; h < 24 * 7; h++) {
    const parts = fmt.formatToParts(new Date(now.getTime() - h * 3_600_000));
    const wd = parts.find((p) => p.type === 'weekday')!.value;
    const hour = Number(parts.find((p) => p.type === 'hour')!.value);
    if (wd === 'Sat' || wd === 'Sun' || hour < 9 || hour >= 16) return h;
  }
  return 24;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

export function commentHtml(c: DemoComment, commentId: string, hoursAgo: number, template: string, isReply: boolean): string {
  const { short, long } = relativeLabels(hoursAgo);
  const cid = encodeURIComponent(b64(`comment:${DEMO_PAGE.postId}_${commentId}`));
  let html = template.slice(template.indexOf('-->') + 3).trim();
  html = html
    .replace('aria-label="Comment by Giulia Rossi a week ago"', `aria-label="${isReply ? 'Risposta' : 'Commento'} di ${escapeHtml(c.author)} ${long}"`)
    .replaceAll(/https:\/\/www\.facebook\.com\/giulia\.rossi\.1001\?comment_id=[^&"]+/g, `https://www.facebook.com/${c.slug}?comment_id=${cid}`)
    .replaceAll(/https:\/\/www\.facebook\.com\/giulia\.rossi\.1001\/posts\/[^?"]+\?comment_id=\d+/g, `${DEMO_URL}?comment_id=${commentId}`)
    .replace('>Giulia Rossi</span>', `>${escapeHtml(c.author)}</span>`)
    .replace('>Commento 1: testo di prova.</div>', `>${escapeHtml(c.text)}</div>`)
    .replace(/>1w<\/a>/, `>${short}</a>`)
    .replace('aria-label="View information about identity badges"', 'aria-label="Visualizza le informazioni sui badge identificativi"')
    .replace('>Author</span>', '>Autore</span>')
    .replace('aria-label="1 reaction; see who reacted to this"', 'aria-label="1 reazione; vedi chi ha reagito"');
  if (!c.byPage) {
    // Only the page's own comments carry the "Autore" identity badge.
    html = html.replace(/<div[^>]*aria-label="Visualizza le informazioni sui badge identificativi"[\s\S]*?<span[^>]*>Autore<\/span><\/div><\/div>/, '');
  }
  return html;
}

export function buildDemoPage(now = new Date()): string {
  const template = readFileSync(TEMPLATE, 'utf8');
  const outOfHours = hoursToOutOfHours(now);
  const ids = DEMO_COMMENTS.map((_, i) => String(1000000000000100 + i));
  const rendered = DEMO_COMMENTS.map((c, i) => commentHtml(c, ids[i], c.hoursAgo < 0 ? outOfHours : c.hoursAgo, template, c.replyTo !== undefined));
  // Replies go into the reply area of their parent: the empty div that closes the parent's item.
  const children = new Map<number, string[]>();
  DEMO_COMMENTS.forEach((c, i) => {
    if (c.replyTo !== undefined) children.set(c.replyTo, [...(children.get(c.replyTo) ?? []), rendered[i]]);
  });
  const items = DEMO_COMMENTS.map((c, i) => {
    if (c.replyTo !== undefined) return '';
    const replies = children.get(i);
    if (!replies) return rendered[i];
    const at = rendered[i].lastIndexOf('<div></div></div></div>');
    const area = `<div role="list" aria-label="Risposte">${replies.map((r) => `<div role="listitem">${r}</div>`).join('')}</div>`;
    return at < 0 ? rendered[i] + area : rendered[i].slice(0, at) + `<div>${area}</div></div></div>` + rendered[i].slice(at + '<div></div></div></div>'.length);
  }).join('\n');
  return `<!doctype html>
<html lang="it" dir="ltr">
<head><meta charset="utf-8"><title>${escapeHtml(DEMO_PAGE.name)} | Facebook</title>
<style>
body{font:15px/1.35 Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0;color:#050505}
[role=main]{max-width:680px;margin:16px auto;background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
[role=article]{display:flex;gap:8px;margin:10px 0}
[role=article] a{color:#050505;font-weight:600;text-decoration:none}
[role=article] ul{list-style:none;padding:0;margin:2px 0 0;font-size:12px}
[role=article] ul a{color:#65676b;font-weight:400}
[role=list]{margin-left:40px}
div[dir=auto][style]{background:#f0f2f5;border-radius:14px;padding:6px 10px;display:inline-block}
.composer{border:1px solid #ccd0d5;border-radius:18px;padding:8px 12px;min-height:20px;background:#f0f2f5}
.post-head a{font-weight:700;color:#050505;text-decoration:none}
</style></head>
<body>
<div role="banner"><a href="https://www.facebook.com/" aria-label="Facebook">facebook</a></div>
<div role="main">
  <div class="post-head"><h2><a href="https://www.facebook.com/${DEMO_PAGE.slug}" role="link">${escapeHtml(DEMO_PAGE.name)}</a></h2></div>
  <div data-ad-preview="message" dir="auto">${escapeHtml(DEMO_PAGE.postText)}</div>
  <div role="list" aria-label="Commenti">
${items}
  </div>
  <form role="presentation">
    <div class="composer" contenteditable="true" role="textbox" spellcheck="true" aria-label="Scrivi un commento…" aria-placeholder="Scrivi un commento…" data-lexical-editor="true" data-galateo-demo-editor><p><br></p></div>
  </form>
</div>
<script src="/__galateo_demo/lexical-editor.js"></script>
</body></html>`;
}
