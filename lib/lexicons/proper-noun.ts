// Proper nouns that are also lexicon words: "il cavallo di Troia", "abito a Troia (FG)", "il dottor
// Negro", "la signora Checca Rossi". Surnames and place names must not be read as swear words or
// slurs; the same word written as an insult ("sei una troia", "quel negro") is not capitalised
// after a title or a preposition of place.

/** Titles before a surname or a first name. */
const TITLE = /^(?:sig|sigg|sigra|signor|signore|signora|signorina|dott|dottor|dottore|dottoressa|dr|dssa|avv|avvocato|avvocata|prof|professor|professore|professoressa|ing|ingegner|ingegnere|geom|geometra|rag|ragioniere|arch|architetto|don|suor|padre|madre|fra|sen|senatore|senatrice|on|onorevole|sindaco|sindaca|assessore|ministro|ministra|collega|famiglia|via|piazza|corso|viale|comune|provincia|citta|paese)$/i;
/** Prepositions before a place ("a Troia", "di Troia", "da Troia"). */
const PLACE_PREP = /^(?:a|ad|di|da|in|per|verso|tra|fra|vicino|presso)$/i;
/** A first name's initial: one capital letter and a full stop. */
const INITIAL = /^\p{Lu}\.$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const WORD_BEFORE = /([\p{L}.]+)[ \t]+$/u;
const WORD_AFTER = /^[ \t]+(\p{L}+)/u;

/**
 * The single word at [start, end) of the original text is written as a proper noun: a capital then
 * lower case, not opening a sentence, and after a title or a preposition of place, or before
 * another capitalised word (first name + surname).
 */
export function properNounAt(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!CAPITALISED.test(word)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const prev = WORD_BEFORE.exec(before)?.[1] ?? '';
  // a title, also abbreviated ("dott. Negro")
  if (TITLE.test(prev.replace(/\.$/, ''))) return true;
  // after a first name's initial ("Opera di V. Balena", "M. Vacca"): the initial's full stop ends no sentence
  if (INITIAL.test(prev)) return true;
  // the first word of a sentence is capitalised anyway
  if (!/\S/.test(before) || /[.!?:;\n]\s*$/.test(before)) return false;
  if (PLACE_PREP.test(prev)) return true;
  const next = WORD_AFTER.exec(text.slice(end, end + 40))?.[1] ?? '';
  return CAPITALISED.test(next);
}
