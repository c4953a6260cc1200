// Page transforms for the robustness tests: the same fixture with every class name rewritten,
// and with its UI labels translated to Italian (no Italian-UI capture exists yet).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDocument, type LoadedDocument } from '../../../scripts/extract';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/dom/', import.meta.url));

export interface TruthComment {
  index: number;
  author: string;
  textPrefix: string;
  isReply: boolean;
  parentIndex: number | null;
  commentId: string;
  relativeTime: string;
}
export interface Truth {
  file: string;
  platform: 'facebook' | 'instagram';
  kind?: 'direct';
  uiLanguage?: string;
  loggedIn?: boolean;
  comments?: TruthComment[];
  caption?: { author: string; textPrefix: string } | null;
  collapsedReplyButtons?: number;
  loadMoreButtons?: number;
  composers?: number;
  hideOrReportMenus?: number;
  messages?: { index: number; fromSelf: boolean; sender?: string; textPrefix: string }[];
}

export function readTruth(name: string): Truth {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}truth/${name.replace(/\.html$/, '.json')}`, 'utf8')) as Truth;
}

export function loadFixture(name: string, url?: string): LoadedDocument {
  return loadDocument(readFileSync(`${FIXTURE_DIR}${name}`, 'utf8'), url);
}

/** Deterministic PRNG so a failing run can be reproduced (seed printed by the test name). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Replaces every class token with a random one (same token → same replacement). Returns tokens changed. */
export function renameClasses(doc: Document, seed = 42): number {
  const rnd = mulberry32(seed);
  const map = new Map<string, string>();
  const fresh = () => 'q' + Math.floor(rnd() * 36 ** 7).toString(36).padStart(7, '0');
  let changed = 0;
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const next = tokens.map((t) => {
      let r = map.get(t);
      if (!r) {
        r = fresh();
        map.set(t, r);
      }
      changed++;
      return r;
    });
    el.setAttribute('class', next.join(' '));
  }
  return changed;
}

// EN/ES → IT, as Facebook and Instagram write their Italian UI. Whole-string rules for text
// nodes and attributes (comment bodies never match: they read "Commento N: …").
type Rule = [RegExp, string];
const UNIT_IT: Record<string, string> = { w: 'sett.', y: 'a', h: 'h', m: 'min', d: 'g', s: 's' };
const TEXT_RULES: Rule[] = [
  [/^(\d+) ?([wyhmds])$/, '$1 $2'], // placeholder, handled in translate()
  [/^Hace (\d+) horas$/i, '$1 ore fa'],
  [/^View (\d+) more comments?$/i, 'Visualizza altri $1 commenti'],
  [/^View previous comments$/i, 'Visualizza commenti precedenti'],
  [/^View more comments$/i, 'Visualizza altri commenti'],
  [/^View hidden comments$/i, 'Visualizza commenti nascosti'],
  [/^Ver (\d+) comentarios más$/i, 'Visualizza altri $1 commenti'],
  [/^View all (\d+) replies$/i, 'Visualizza tutte le $1 risposte'],
  [/^View replies \((\d+)\)$/i, 'Visualizza risposte ($1)'],
  [/^(.+) replied$/, '$1 ha risposto'],
  [/^(.+) respondió$/, '$1 ha risposto'],
  [/^1 (reply|respuesta)$/i, '1 risposta'],
  [/^(\d+) (replies|respuestas)$/i, '$1 risposte'],
  [/^(Reply|Responder)$/, 'Rispondi'],
  [/^(Like|Me gusta)$/, 'Mi piace'],
  [/^(\d+) likes?$/, '$1 Mi piace'],
  [/^(Love)$/, 'Love'],
  [/^(See more|Ver más)$/, 'Altro'],
  [/^(See translation|Ver traducción)$/, 'Visualizza traduzione'],
  [/^(Most relevant|Más relevantes)$/, 'Più pertinenti'],
  [/^(Author|Autor)$/, 'Autore'],
  [/^(Active|Activo)$/, 'Attivo'],
  [/^(Edited|Editado)$/, 'Modificato'],
  [/^(Following|Siguiendo)$/, 'Segui già'],
  [/^(Write a comment…|Escribe un comentario…)$/, 'Scrivi un commento...'],
  [/^(\d+) comments$/, '$1 commenti'],
  [/^(\d+) shares$/, '$1 condivisioni'],
  [/^All reactions:$/, 'Tutte le reazioni:'],
  // Instagram Direct
  [/^You sent$/, 'Hai inviato'],
  [/^You replied to (.+)$/, 'Hai risposto a $1'],
  [/^(.+) replied to you$/, '$1 ti ha risposto'],
  [/^Original message:$/, 'Messaggio originale:'],
  [/^Send$/, 'Invia'],
  [/^Enter$/, 'Invio'],
];
const ATTR_RULES: Rule[] = [
  [/^(Comment by|Comentario de) (.+?) (a week ago|hace una semana)$/, 'Commento di $2 una settimana fa'],
  [/^(Comment by|Comentario de) (.+?) (?:about )?(?:an?|\d+) (hours?|horas?) ago$/, 'Commento di $2 qualche ora fa'],
  [/^Comment by (.+?) (\d+) years ago$/, 'Commento di $1 $2 anni fa'],
  [/^Comment by (.+?) (\d+) weeks ago$/, 'Commento di $1 $2 settimane fa'],
  [/^Comment by (.+?) (\d+) minutes ago$/, 'Commento di $1 $2 minuti fa'],
  [/^Comentario de (.+?) hace (\d+) horas$/, 'Commento di $1 $2 ore fa'],
  [/^(Comment by|Comentario de) (.+)$/, 'Commento di $2'],
  [/^(Reply by|Respuesta de) (.+)$/, 'Risposta di $2'],
  [/^(Write a comment|Escribe un comentario)$/, 'Scrivi un commento'],
  [/^(Add a comment…|Añade un comentario\.\.\.)$/, 'Aggiungi un commento...'],
  [/^(Hide or report this|Ocultar o reportar esto)$/, 'Nascondi o segnala'],
  [/^Delete, hide or report this$/, 'Elimina, nascondi o segnala'],
  [/^(Like|Me gusta)$/, 'Mi piace'],
  [/^(Comment|Comentar)$/, 'Commenta'],
  [/^(Comment Options|Opciones de comentario)$/, 'Opzioni commento'],
  [/^(More options|More Options|Más opciones)$/, 'Altre opzioni'],
  [/^(Message)$/, 'Messaggio'],
  [/^(Leave a comment)$/, 'Lascia un commento'],
  [/^View information about identity badges$/, 'Visualizza informazioni sui badge di identità'],
  [/^(\d+) reactions?; see who reacted to this$/, '$1 reazioni; vedi chi ha reagito'],
  [/^See who reacted to this$/, 'Vedi chi ha reagito'],
  [/^(Verified|Verificado)$/, 'Verificato'],
  [/^(.+)'s profile picture$/, 'Immagine del profilo di $1'],
  [/^Foto del perfil de (.+)$/, 'Immagine del profilo di $1'],
  [/^(\d+)(m|h)$/, '$1 $2'],
  [/^Double tap to like$/, 'Tocca due volte per mettere Mi piace'],
  [/^Open the profile page of (.+)$/, 'Apri la pagina del profilo di $1'],
  [/^(Messages in )?[Cc]onversation with (.+)$/, 'Conversazione con $2'],
  [/^Details and actions$/, 'Dettagli e azioni'],
  [/^Message\.\.\.$/, 'Messaggio...'],
  [/^(\d+) reaction with (.+); see who reacted to this\.$/, '$1 reazione con $2; vedi chi ha reagito.'],
];

function translateText(s: string): string | null {
  const t = s.trim();
  if (!t) return null;
  const rel = /^(\d+) ?([wyhmds])$/.exec(t);
  if (rel) return `${rel[1]} ${UNIT_IT[rel[2]]}`;
  for (const [re, to] of TEXT_RULES.slice(1)) if (re.test(t)) return t.replace(re, to);
  return null;
}

function translateAttr(s: string): string | null {
  for (const [re, to] of ATTR_RULES) if (re.test(s)) return s.replace(re, to);
  return null;
}

/** Translates UI labels (text nodes and aria-label/placeholder/title attributes) to Italian. Returns changes made. */
export function translateToItalian(doc: Document): number {
  let changed = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    const r = translateText(t.data);
    if (r !== null && r !== t.data.trim()) {
      t.data = r;
      changed++;
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[aria-label], [placeholder], [aria-placeholder], img[alt]'))) {
    for (const name of ['aria-label', 'placeholder', 'aria-placeholder', 'alt']) {
      const v = el.getAttribute(name);
      if (!v) continue;
      const r = translateAttr(v);
      if (r !== null && r !== v) {
        el.setAttribute(name, r);
        changed++;
      }
    }
  }
  doc.documentElement.setAttribute('lang', 'it');
  return changed;
}
