import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { abuseMatcher, ALLOWLIST, italianLexicon } from './index';
import { termKey, TEST_HOOKED, TEST_KNOWN, TEST_TERM, type WordReader } from '../text/matcher';

const m = abuseMatcher();
const dev = (f: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'eval', 'dev', f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);

describe('lexicon', () => {
  test('never contains an allowlisted word or a bare religious word', () => {
    const keys = new Set(italianLexicon().map((e) => termKey(e.term)));
    for (const w of ['regina', 'venire', 'fico', 'uccello', 'cazzuola', 'battere', 'dio', 'madonna', 'cristo', 'porco', 'cesso', 'scemo']) {
      expect(m.find(w), w).toEqual([]);
    }
    expect(keys.size).toBeGreaterThan(1000);
    expect(ALLOWLIST).toContain('regina');
  });

  test('every entry has a category and a weight in 0..1', () => {
    for (const e of italianLexicon()) {
      expect(['vulgar', 'blasphemy', 'slur', 'insult', 'threat', 'self-harm']).toContain(e.category);
      expect(e.weight).toBeGreaterThanOrEqual(0);
      expect(e.weight).toBeLessThanOrEqual(1);
    }
  });
});

describe('matcher.test() gives the same answer as find() (fast path is only a shortcut)', () => {
  const texts = [...dev('qa4faq-questions.jsonl'), ...dev('pejorativity-dev.jsonl'), ...dev('mhc-it-dev.jsonl').slice(0, 400)];
  test('on the development texts', () => {
    let hits = 0;
    for (const t of texts) {
      const found = m.find(t).length > 0;
      expect(m.test(t), t).toBe(found);
      if (found) hits++;
    }
    expect(hits).toBeGreaterThan(20); // the corpus really contains terms: the comparison is not vacuous
  });

  test.each([
    'che un CAZZOn e g r o', // a join ending on a letter that tokenize() merges into "egr"
    'cazzon e', 'porco d i o', 'porco di o', '#merda', '#Porco dio', '#2023 porco', '#a#b merda', '#ciao! dio cane', 'd!o cane', 'porc!o dio',
    'semino!Con', '2!a', 'STRONZIIIII', '#merdaaa', '@mario_rossi! merda', '@ab merda', 'vai a http://x.it merda', 'Mer\u200Bda', 'MÈRDA', 'меrdа',
    // "€" is l33t "e" inside a word, part of a number next to digits, a one-character word alone
    'm€rda', 'che m€rda di servizio', 'M€RDA', 'stronz€tto', 'ho preso 500€ al mese', '€ 500 al mese', 'costa 10 €, che m€rda', '€€ merda', '€uro', 'cazzo€', 'm € r d a', 'è m€rda', 'm\u200b€rda',
    'me\u203crda', 'porco d\u203co', // "‼" is an emoji but tokenize() reads it as "!!"
  ])('the fast path agrees with find() on %j', (t) => {
    expect(m.test(t)).toBe(m.find(t).length > 0);
  });

  const words = ['merda', 'cazzo', 'porco dio', 'regina', 'assegno', 'stronzo', 'ciao', 'dio cane', 'fico'];
  const noise = () =>
    fc.constantFrom('', ' ', '.', '3', '@', '#', ' e g', '!a', '2', ' d', ' o', 'NE', 'aaa', '\u200B', 'è', 'Ω', '-', '!', '#', "'", 'ｍ', 'e r d a', '\u2019', 'à', 'ß', ' https://t.co/x1', '😂', ' @abcd', '@ab', '❤️', '\u200d', '😂\u200d', '4', ' 350 ', '€', '/', '%');
  test('on obfuscated and random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), noise()), { maxLength: 6 }), (parts) => {
        const t = parts.map(([w, z]) => w + z).join(' ');
        return m.test(t) === m.find(t).length > 0;
      }),
      { numRuns: 400 },
    );
  });

  test('testBoth() answers as test(text, hook) and, when it can tell, test(text)', () => {
    const hooks = [(w: string) => w.length > 5, (w: string) => w === 'ciao' || w === 'e', () => false];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), noise()), { maxLength: 6 }), fc.constantFrom(...hooks), (parts, hook) => {
        const t = parts.map(([w, z]) => w + z).join(' ');
        const r = m.testBoth(t, hook);
        if (((r & TEST_HOOKED) !== 0) !== m.test(t, hook)) return false;
        return !(r & TEST_KNOWN) || ((r & TEST_TERM) !== 0) === m.test(t);
      }),
      { numRuns: 600 },
    );
  });
});

describe('the shared pre-check never hides a finding', () => {
  test.each(['m€rda', 'che m€rda di servizio', 'M€RDA!', 'è una m€rda', 'stronz€tto', 'costa 500€, che m€rda'])('it reads "€" inside a word as find() does: %j', async (t) => {
    const { mayBeAbusive } = await import('./scan');
    expect(m.find(t).length).toBeGreaterThan(0);
    expect(mayBeAbusive(t)).toBe(true);
  });

  test.each(['ho preso 500€ al mese', '€ 500 al mese', 'mi hanno dato 1.200€ di arretrati'])('an amount in euro is no word: %j', async (t) => {
    const { mayBeAbusive } = await import('./scan');
    expect(mayBeAbusive(t)).toBe(false);
  });

  test('a comment wakes only the rules whose own words it contains; a lexicon term wakes the rules that read the lexicon', async () => {
    await import('../rules/index'); // the rules register their trigger words
    const { wakes } = await import('./scan');
    const woken = (t: string) => (['vulgarity', 'hate', 'threat', 'insult', 'crisis'] as const).filter((r) => wakes(t, r));
    expect(woken('Il bonus spetta anche ai lavoratori stranieri?')).toEqual(['hate']);
    expect(woken('se non arriva mi tolgo la vita')).toEqual(['crisis']);
    expect(woken('porcodio')).toEqual(['vulgarity', 'hate']);
    expect(woken('ti ammazzo, stronzo')).toEqual(expect.arrayContaining(['vulgarity', 'hate', 'threat', 'insult']));
    expect(woken('Buongiorno, quando arriva il pagamento?')).toEqual([]);
  });

  test('a pair of words wakes a rule only together: "pagare" with "faccio", "farò"… (threat)', async () => {
    await import('../rules/index');
    const { wakes, mayBeAbusive } = await import('./scan');
    const text = "Ho due figli piccoli e l'affitto da pagare, nessuno risponde.";
    // a plain comment with a pair word alone: the pre-check reads on and stops it (no rule to wake)
    expect(mayBeAbusive(text)).toBe(false);
    expect(mayBeAbusive('INPS è una vergogna, aspetto da 9 mesi.')).toBe(false);
    expect((['vulgarity', 'hate', 'threat', 'insult', 'crisis'] as const).filter((r) => wakes(text, r))).toEqual([]);
    for (const t of ['te la faccio pagare', 'Te la farò pagare!', 'gliela faremo pagare, a tutti voi', 'Pagare? Te la faccio pagare io']) {
      expect(mayBeAbusive(t)).toBe(true);
      expect(wakes(t, 'threat')).toBe(true);
    }
    // not read as plain words (a mention, a link, an emoji, spaced letters): the scan decides, as before
    for (const t of ["@mario_rossi l'affitto da pagare", "l'affitto da pagare https://example.com", "l'affitto da pagare 😢", "l'affitto da pagare e g r"]) {
      expect(mayBeAbusive(t)).toBe(true);
    }
  });

  test('property: on any text, the rules woken on the plain path are the rules woken after the scan', async () => {
    await import('../rules/index');
    const { wakes, setPlainPath } = await import('./scan');
    const rules = ['vulgarity', 'hate', 'threat', 'insult', 'crisis'] as const;
    // trigger words of every rule, pair words, group words and their typos, words that start lexicon
    // terms, plain words; separators plain and not
    const word = fc.constantFrom('odio', 'stranieri', 'immgrato', 'veri', 'neri', 'strega', 'figli', 'di', 'puttana', 'pagare', 'faccio', 'te', 'la', 'vita', 'tolgo', 'mi', 'merda', 'porco', 'dio', 'che', 'cazzo', 'sei', 'una', 'vacca', 'ammazzo', 'ti', 'bonus', 'quando', 'arriva', 'INPS', 'Così', 'perché', 'à', 'è', 'a', 'e', 'o', 'stronzi');
    const sep = fc.constantFrom(' ', ' ', ', ', '. ', '! ', '? ', "'", '’', '-', ' 3 ', '/', ' (', ') ', '"', '…', '3', '!', 'aa', '  ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 10 }), (parts) => {
        const t = parts.map(([w, z]) => w + z).join('');
        setPlainPath(true);
        const plain = rules.filter((r) => wakes(t, r));
        setPlainPath(false);
        const scanned = rules.filter((r) => wakes(t, r));
        setPlainPath(true);
        return plain.join() === scanned.join();
      }),
      { numRuns: 600 },
    );
  });

  test('testBoth() with a reader: which texts it reads as plain words, and what it learns of them', () => {
    const reader: WordReader = { facts: (w) => (w === 'odio' ? 1 : w === 'ciao' ? 2 : 0), hookBits: 1, moreFacts: (w) => w.length, letter: (c) => (c === 0xe8 ? 5 : 0) };
    const read = (t: string) => {
      const r = m.testBoth(t, reader);
      const w = m.words;
      return w.ok ? { r, facts: w.facts, more: w.moreFacts, digits: w.digits, longest: w.longest, threeSingles: w.threeSingles } : { r };
    };
    expect(read('Ciao, ti vedo dal 2024!')).toEqual({ r: TEST_KNOWN, facts: 2, more: 4 | 2 | 3, digits: 4, longest: 4, threeSingles: false });
    // a word the hook says yes to is heard, and the gathering goes on to the end of the text
    expect(read('Ciao, ti odio dal 2024!')).toEqual({ r: TEST_HOOKED | TEST_KNOWN, facts: 2 | 1, more: 4 | 2 | 4 | 3, digits: 4, longest: 4, threeSingles: false });
    expect(read('odio, c1ao')).toEqual({ r: TEST_HOOKED | TEST_KNOWN }); // heard, then not plain words (l33t): nothing gathered
    expect(read('è a 1 b c')).toEqual({ r: TEST_KNOWN, facts: 0, more: 1, digits: 1, longest: 1, threeSingles: true }); // a number does not end a run of one-letter words
    expect(read('ciao ø')).toEqual({ r: TEST_KNOWN }); // "ø" is "o" for the matcher, no letter for this reader
    for (const t of ['ciao m3rda', 'ciao http://x.it', 'ciao #tag', 'ciao @mario', 'ciao 5€', 'ci\u200bao', 'ciaooo', 'che merda']) expect(read(t), t).toEqual({ r: expect.any(Number) });
  });

  test('testBoth() with soft hook bits: a soft word is not heard when the text stays plain words', () => {
    // "pagare" (4) is soft: it counts only with "faccio" (8), which the hook does not ask about
    const facts = (w: string) => (w === 'odio' ? 1 : w === 'pagare' ? 4 : w === 'faccio' ? 8 : 0);
    const reader: WordReader = { facts, hookBits: 1 | 4, softBits: 4, moreFacts: () => 0, letter: () => 0 };
    const read = (t: string) => {
      const r = m.testBoth(t, reader);
      return m.words.ok ? { r, facts: m.words.facts } : { r };
    };
    expect(read('te la faccio pagare')).toEqual({ r: TEST_KNOWN, facts: 4 | 8 });
    expect(read('affitto da pagare')).toEqual({ r: TEST_KNOWN, facts: 4 });
    // a hard word is heard at once; a text that is not plain words has the soft word heard after all
    expect(read('pagare, odio')).toEqual({ r: TEST_HOOKED | TEST_KNOWN, facts: 4 | 1 });
    expect(read('pagare @mario')).toEqual({ r: TEST_HOOKED | TEST_KNOWN });
    expect(read('pagare http://x.it')).toEqual({ r: TEST_HOOKED | TEST_KNOWN });
    expect(m.testBoth('pagare m3rda', reader) & TEST_HOOKED).toBe(TEST_HOOKED);
    // the same hook without softBits: the first hook word is heard
    expect(m.testBoth('affitto da pagare', { ...reader, softBits: 0 })).toBe(TEST_HOOKED | TEST_KNOWN);
  });

  test("property: the pre-check's pass tells the word gates, longest word run and digits as their own pass does", async () => {
    await import('../rules/index'); // the rules register their gates
    const { mayBeAbusive } = await import('./scan');
    const { fold } = await import('../rules/util/fold');
    const { passes, longestWordRun, digitCount, knownWords } = await import('../rules/util/words');
    const word = fc.constantFrom('mio', 'Mia', 'figlio', 'codice', 'fiscale', 'protocollo', 'PEC', 'whatsapp', 'scrivetemi', 'privato', 'nato', 'nata', 'Perché', 'così', 'à', 'è', 'a', 'e', 'o', 'merda', 'dio', 'porco', 'odio', 'ø', 'Ωmega', 'naïve', 'ñandu', 'x\u200By', 'İo', 'K', 'http://x.it', 'www.inps.it', '#bonus', '@mario_rossi', 'ab_c', '€', 'm3rda', 'RSSMRA80A01H501U', 'aaa');
    const sep = fc.constantFrom(' ', ', ', '. ', '! ', "'", '’', '–', ' 3 ', '1234', '/', '"', '…', '3', '!', '\u00a0', '\n', '😂', '«', '_');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 8 }), (parts) => {
        const t = parts.map(([w, z]) => w + z).join('');
        mayBeAbusive(t);
        const f = fold(t);
        const fromPass = [passes(f), longestWordRun(f), digitCount(f)];
        knownWords('', 0, 0, 0);
        passes('-'); // (forget the last text)
        const own = [passes(f), longestWordRun(f), digitCount(f)];
        if (fromPass.join() !== own.join()) return false;
        return true;
      }),
      { numRuns: 1500 },
    );
    const { abuseMatcher } = await import('./index');
    mayBeAbusive('Il mio codice fiscale è scritto qui, perché?');
    expect(abuseMatcher().words.ok).toBe(true); // the comparison above is not vacuous
  });

  test("property: the scan's terms are find()'s, also when the pre-check's pass already knew there were none", async () => {
    const { mayBeAbusive, scanAbuse, segmentWords } = await import('./scan');
    const { canonicalize } = await import('../text/canon');
    const word = fc.constantFrom('merda', 'cazzo', 'porco', 'dio', 'cane', 'regina', 'assegno', 'stronzo', 'ciao', 'fico', 'di', 'la', 'naspi', 'o', 'd', 'i', 'e', 'M€RDA', 'm3rda', 'aaa', 'mèrda', '#merda', '@mario_rossi', 'odio', 'vaffanculo');
    const sep = fc.constantFrom(' ', ', ', '. ', '!', ' ', '😂 ', '\u200b', '-', ' 3 ', "'");
    let skipped = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 7 }), (parts) => {
        const t = parts.map(([w, z]) => w + z).join('');
        mayBeAbusive(t);
        const known = m.testBoth(t, () => false) & TEST_KNOWN;
        mayBeAbusive(t);
        const found = m.find(t, canonicalize(t, segmentWords).tokens);
        const scanned = scanAbuse(t).matches;
        if (known && found.length === 0) skipped++;
        return JSON.stringify(scanned) === JSON.stringify(found);
      }),
      { numRuns: 1000 },
    );
    expect(skipped).toBeGreaterThan(50); // texts where the scan could skip find(): the comparison is not vacuous
  });

  test('the mask of a plain text, read without the scan, is the mask read after the scan', async () => {
    await import('../rules/index');
    const { wakes, setPrecheck } = await import('./scan');
    const rules = ['vulgarity', 'hate', 'threat', 'insult', 'crisis'] as const;
    // the same words, once plain and once in forms only the scan reads (spaced, l33t, repeated)
    const pairs: [string, string][] = [
      ['odio gli stranieri', 'o d i o gli stranieri'],
      ['sei una strega', 'sei una str3ga'],
      ['Vergogna! sei una strega!', 'Vergogna! sei una str3ga!'],
      ['mi tolgo la vita', 'mi tolgo la vitaaaa'],
      ['che merda di ente', 'che m.e.r.d.a di ente'],
      ['te la faccio pagare', 'te la faccio pagareee'],
    ];
    for (const [plain, other] of pairs) expect(rules.filter((r) => wakes(plain, r))).toEqual(rules.filter((r) => wakes(other, r)));
    setPrecheck(true);
  });

  test('all five abuse rules give the same findings with and without it on the development texts', async () => {
    const { setPrecheck } = await import('./scan');
    const { defaultProfile } = await import('../analyzer');
    const rules = await Promise.all(['vulgarity', 'hate', 'threat', 'insult', 'crisis'].map((r) => import(`../rules/${r}.ts`).then((m) => m.default)));
    const ctx = { profile: defaultProfile(), now: new Date('2026-11-22T10:00:00+01:00'), thread: [], topics: [], lang: 'it' as const };
    const texts = [...dev('qa4faq-questions.jsonl'), ...dev('pejorativity-dev.jsonl'), ...dev('mhc-it-dev.jsonl')];
    const run = () => texts.map((text) => JSON.stringify(rules.map((r) => r.detect({ id: 'x', text }, ctx, r.settings.parse({})))));
    setPrecheck(false);
    const without = run();
    setPrecheck(true);
    const withIt = run();
    let differ = 0;
    for (let i = 0; i < texts.length; i++) if (without[i] !== withIt[i]) differ++;
    expect(differ).toBe(0);
    expect(without.filter((s) => s !== '[[],[],[],[],[]]').length).toBeGreaterThan(500); // findings exist: the comparison is real
  }, 60_000);
});

describe('the shipped compact lexicon', () => {
  test('holds exactly the entries of it-sources.json (term, category, weight), without their provenance', async () => {
    const { generatedEntries } = await import('./index');
    const full = (await import('./generated/it-sources.json')).default as { t: string; c: string; w: number }[];
    const key = (e: { term: string; category: string; weight: number }) => `${e.category}|${e.weight}|${e.term}`;
    expect(generatedEntries().map(key).sort()).toEqual(full.map((e) => key({ term: e.t, category: e.c, weight: e.w })).sort());
  });
});
