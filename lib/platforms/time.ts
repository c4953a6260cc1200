// Relative times as the platforms show them ("1w", "3 h", "2 g", "hace 10 horas", "5 min",
// "a week ago", "2 settimane fa") turned into an approximate date against `now`.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

// Unit words and abbreviations in English, Italian, Spanish (plus a few French/German/Portuguese).
// Order matters only for readability: lookup is exact on the normalized unit.
const UNITS: Record<string, number> = {};
const add = (ms: number, words: string[]) => {
  for (const w of words) UNITS[w] = ms;
};
add(1000, ['s', 'sec', 'secs', 'second', 'seconds', 'secondo', 'secondi', 'seg', 'segundo', 'segundos', 'sek', 'seconde', 'secondes']);
add(MINUTE, ['m', 'min', 'mins', 'minute', 'minutes', 'minuto', 'minuti', 'minutos', 'minuten', 'mn']);
add(HOUR, ['h', 'hr', 'hrs', 'hour', 'hours', 'ora', 'ore', 'hora', 'horas', 'std', 'stunde', 'stunden', 'heure', 'heures']);
add(DAY, ['d', 'day', 'days', 'g', 'gg', 'giorno', 'giorni', 'día', 'dia', 'días', 'dias', 'tag', 'tage', 'tagen', 'j', 'jour', 'jours']);
add(WEEK, ['w', 'wk', 'wks', 'week', 'weeks', 'sett', 'settimana', 'settimane', 'sem', 'semana', 'semanas', 'sm', 'wo', 'woche', 'wochen', 'semaine', 'semaines']);
add(MONTH, ['mo', 'mos', 'month', 'months', 'mese', 'mesi', 'mes', 'meses', 'mon', 'monat', 'monate', 'monaten', 'mois']);
add(YEAR, ['y', 'yr', 'yrs', 'year', 'years', 'a', 'anno', 'anni', 'año', 'años', 'ano', 'anos', 'j.', 'jahr', 'jahre', 'jahren', 'an', 'ans']);

const ONE_WORDS = new Set(['a', 'an', 'one', 'un', 'uno', 'una', 'un\'', 'ein', 'eine', 'einem', 'einer']);
const NOW_WORDS = /^(just now|now|adesso|ora|proprio ora|ahora|ahora mismo|en este momento|à l'instant|gerade eben|jetzt)$/;
const YESTERDAY_WORDS = /^(yesterday|ieri|ayer|hier|gestern)$/;
// Decorations around the number and unit: "hace …", "… ago", "… fa", "about …", "circa …".
const STRIP = /\b(hace|ago|fa|about|circa|environ|il y a|vor|há|about an?|cerca de|más de|more than|oltre)\b/g;

/** Milliseconds represented by a relative time text, or null if it is not one. */
export function relativeTimeMs(text: string): number | null {
  let t = text.normalize('NFC').toLowerCase().replace(/\u00a0/g, ' ').trim();
  if (!t) return null;
  if (NOW_WORDS.test(t)) return 0;
  if (YESTERDAY_WORDS.test(t)) return DAY;
  t = t.replace(STRIP, ' ').replace(/[·•,]/g, ' ').replace(/\s+/g, ' ').trim();
  if (NOW_WORDS.test(t)) return 0;
  const m = /^(?:(\d+|[a-zà-ÿ']+)\s*)?([a-zà-ÿ.]+)$/.exec(t);
  if (!m) return null;
  const [, qty, rawUnit] = m;
  let n: number;
  if (qty === undefined) n = 1;
  else if (/^\d+$/.test(qty)) n = Number(qty);
  else if (ONE_WORDS.has(qty)) n = 1;
  else return null;
  const unit = rawUnit.replace(/\.$/, '');
  const ms = UNITS[unit] ?? UNITS[rawUnit];
  if (ms === undefined) return null;
  return n * ms;
}

/** Approximate ISO-8601 time of a relative time text against `now`, or null. */
export function parseRelativeTime(text: string, now: Date): string | null {
  const ms = relativeTimeMs(text);
  if (ms === null) return null;
  return new Date(now.getTime() - ms).toISOString();
}

/** ISO time from a datetime attribute (validated), else null. */
export function isoFromDatetime(value: string | null | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
