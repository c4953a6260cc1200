import { describe, expect, test } from 'vitest';
import { createMatcher, foldText, hasLongRun, joinSpacedLetters, maskSpans, similarity, tokenize, toOriginal, squeeze } from './index';
import { lowerCase } from './fold';

const lex = createMatcher(
  [
    { term: 'merda', category: 'vulgar', weight: 1 },
    { term: 'cazzo', category: 'vulgar', weight: 1 },
    { term: 'porco dio', category: 'blasphemy', weight: 1 },
    { term: 'testa di cazzo', category: 'insult', weight: 1 },
    { term: 'culattone', category: 'slur', weight: 1 },
    { term: 'ass', category: 'en', weight: 1 },
    { term: 'anal', category: 'en', weight: 1 },
    { term: 'fico', category: 'vulgar', weight: 1 },
  ],
  { allow: ['fico'] },
);

describe('matcher defeats evasions and reports original offsets', () => {
  test.each([
    ['MERDA', 'MERDA', 'exact'],
    ['che merdaaaa!', 'merdaaaa', 'repeat'],
    ['caaazzzo', 'caaazzzo', 'repeat'],
    ['m e r d a', 'm e r d a', 'spaced'],
    ['m.e.r.d.a totale', 'm.e.r.d.a', 'spaced'],
    ['m3rd4', 'm3rd4', 'leet'],
    ['c@zz0', 'c@zz0', 'leet'],
    ['porcodio', 'porcodio', 'joined'],
    ['porco d1o', 'porco d1o', 'joined'],
    ['porc0 dio', 'porc0 dio', 'joined'],
    ['Pοrco Dio', 'Pοrco Dio', 'joined'], // Greek omicron
    ['mer\u200Bda', 'mer\u200Bda', 'exact'], // zero-width space
    ['ｍｅｒｄａ', 'ｍｅｒｄａ', 'exact'], // fullwidth
    ['MÈRDA', 'MÈRDA', 'exact'],
    ['sei una testa di cazzo', 'testa di cazzo', 'joined'],
    ['tipico di unculattone', 'unculattone', 'glued'],
  ])('%s → %s', (text, evidence, variant) => {
    const found = lex.find(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe(evidence);
    expect(found[0].variant === variant || found[0].variant === 'exact').toBe(true);
  });

  test.each([
    'assegno unico in arrivo, grazie',
    "analisi dell'assegno",
    'che fico questo bonus', // allowlisted
    'porco',
    'dio ti benedica',
    'merdeafrancese', // unknown glue
    'pale da neve',
  ])('no match in %s', (text) => {
    expect(lex.find(text)).toEqual([]);
  });
});

describe('tokenize', () => {
  test('apostrophes split, offsets point into the original', () => {
    const text = "Dell'INPS è già arrivato";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['dell', 'inps', 'e', 'gia', 'arrivato']);
    for (const t of toks) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(text.slice(toks[1].start, toks[1].end)).toBe('INPS');
  });
  test('mentions and numbers are not l33t', () => {
    const toks = tokenize('@Mario3 ho 350 euro');
    expect(toks[0].kind).toBe('mention');
    expect(toks[2]).toMatchObject({ kind: 'number', text: '350' });
  });
  test('runs of ASCII letters and digits of any length, cut by folded or invisible characters', () => {
    const text = 'PRECIPITEVOLISSIMEVOLMENTE Abcdefgh ABCDEFGHI x1234567 Abcdefghijklmnop Abcdefghijklmnopq perCHÉnno me\u200Brda a';
    expect(tokenize(text).map((t) => t.raw)).toEqual([
      'precipitevolissimevolmente',
      'abcdefgh',
      'abcdefghi',
      'x1234567',
      'abcdefghijklmnop',
      'abcdefghijklmnopq',
      'perchenno',
      'merda',
      'a',
    ]);
  });
  test('spaced letters joined as joinSpacedLetters joins them (three one-letter tokens in a row counted while reading)', () => {
    const segment = (s: string) => (s === 'odioi' ? ['odio', 'i'] : null);
    const texts = ['m e r d a', 'o d i o i', 'a b', 'a b ! c', 'x y z', 'ciao a b c d e', 'a . b . c', '1 2 3 e', '@ @ @ a b'];
    for (const text of texts) {
      const want = joinSpacedLetters(tokenize(text, { joinSpaced: false }), segment);
      expect(tokenize(text, { segment })).toEqual(want);
      expect(tokenize(text)).toEqual(joinSpacedLetters(tokenize(text, { joinSpaced: false })));
    }
    expect(tokenize('o d i o i', { segment }).map((t) => t.text)).toEqual(['odio', 'i']);
    expect(tokenize('m e r d a').map((t) => [t.text, t.spaced])).toEqual([['merda', true]]);
  });
  test('run3 read while tokenizing agrees with hasLongRun on the token text', () => {
    // plain ASCII runs (any case, digits), runs broken or made by folded letters, invisible
    // characters inside a run, l33t, hashtags, trailing "!" and spaced letters
    const text = 'MERDAaa Cazzo 1000 aàa àaa aa\u200Ba a\u200Bbb m3rdaaa #viaaa bastaaa!!! ciaoo!!! o o o 4aaa AaA zzZz';
    const toks = tokenize(text);
    expect(toks.map((t) => [t.text, t.run3])).toEqual(toks.map((t) => [t.text, hasLongRun(t.text)]));
    expect(toks.filter((t) => t.run3).map((t) => t.text)).toEqual(['merdaaa', '1000', 'aaa', 'aaa', 'aaa', 'merdaaa', 'viaaa', 'bastaaa', 'ooo', 'aaaa', 'aaa', 'zzzz']);
  });
  test('squeeze', () => {
    expect(squeeze('cazzzzo')).toBe('cazzo');
    expect(squeeze('merdaaaa', 1)).toBe('merda');
    expect(squeeze('puttana', 1)).toBe('puttana');
  });
});

describe('foldText keeps a map to the original', () => {
  test('accents, fullwidth, zero-width', () => {
    const text = 'Città\u200B ＩＮＰＳ';
    const f = foldText(text);
    expect(f.text).toBe('citta inps');
    const i = f.text.indexOf('inps');
    const sp = toOriginal(f, i, i + 4);
    expect(text.slice(sp.start, sp.end)).toBe('ＩＮＰＳ');
  });
});

describe('similarity', () => {
  test('near duplicates score high, different texts low', () => {
    expect(similarity("Quando arriva l'assegno unico?", 'quando arriva l assegno unico??')).toBe(1);
    expect(similarity("Quando arriva l'assegno unico di marzo?", "Quando arriva l'assegno unico di aprile?")).toBeGreaterThan(0.7);
    expect(similarity("Quando arriva l'assegno unico?", 'Come si richiede il bonus nido')).toBeLessThan(0.3);
    expect(similarity('', 'x')).toBe(0);
  });
});

describe('maskSpans', () => {
  test('keeps length and whitespace', () => {
    const out = maskSpans('sei una testa di cazzo', [{ start: 8, end: 22 }]);
    expect(out).toBe('sei una ••••• •• •••••');
    expect(out.length).toBe(22);
  });
});

describe('matcher fast path reads the lower-cased text', () => {
  test('LOWER_FOLDS_APART lists every lower-case letter that folds unlike its capital', async () => {
    const { LOWER_FOLDS_APART } = await import('./matcher');
    const { foldCodePoint } = await import('./fold');
    const apart = new Set<number>();
    const check = (x: number, lower: string) => {
      const u = lower.codePointAt(0)!;
      if (lower.length === String.fromCodePoint(x).length && u !== x && u >= 128 && foldCodePoint(x) !== foldCodePoint(u)) apart.add(u);
    };
    for (let x = 128; x < 0x110000; x++) {
      if (x >= 0xd800 && x < 0xe000) continue;
      const ch = String.fromCodePoint(x);
      check(x, ch.toLowerCase());
      check(x, `a${ch}`.toLowerCase().slice(1)); // context-dependent lower case (final sigma)
    }
    expect([...apart].sort((a, b) => a - b)).toEqual([...LOWER_FOLDS_APART].sort((a, b) => a - b));
  }, 30_000);
});

describe('matcher word table', () => {
  // "chzyctjo" and "gtkldqdc" have the same 32-bit hash (the polynomial the word tables use); a word
  // of more than 24 letters is told apart by its letters, not by the packed ones in its slot
  const a = 'chzyctjo';
  const b = 'gtkldqdc';
  const long = 'abcdefghijklmnopqrstuvwx';
  test.each([
    [a, b],
    [b, a],
    [long + a, long + b],
    [long + b, long + a],
  ])('%s and %s (same hash, same length) are different words', (first, second) => {
    const term = first === a || first === long + a ? first : second;
    const m = createMatcher([{ term, category: 'vulgar', weight: 1 }]);
    const hook = (w: string) => w === first;
    for (const w of [first, second]) {
      expect(m.test(`ecco ${w} qui`)).toBe(w === term);
      expect(m.test(`ecco ${w} qui`, hook)).toBe(w === term || w === first);
      expect(m.find(`ecco ${w} qui`).length).toBe(w === term ? 1 : 0);
    }
  });

  test('a word folded letter by letter and the same word in plain letters share one slot', () => {
    // the fast pass packs a plain word's letters while reading it; tableSlot packs a folded one
    const m = createMatcher([{ term: 'merda', category: 'vulgar', weight: 1 }]);
    const asked: string[] = [];
    const hook = (w: string) => (asked.push(w), false);
    for (const t of ['ecco perché', 'ecco perche', 'ECCO PERCHÈ', 'precipitevolissimevolmente e precipitevolissimevolmentè']) m.test(t, hook);
    expect(asked).toEqual(['ecco', 'perche', 'precipitevolissimevolmente', 'e']);
  });
});

describe('lowerCase remembers its last answer', () => {
  test('same answers as toLowerCase, for the same text again and for another of the same length', () => {
    for (const t of ['Ciao INPS', 'Ciao INPS', 'CIAO inps', 'İstanbul È', '', 'ÀÉÌ']) expect(lowerCase(t)).toBe(t.toLowerCase());
  });
});
