import { describe, expect, test } from 'vitest';
import { MASK, maskSpans, redactExcerpt, truncate } from './redact';
import { EXCERPT_MAX } from './schema';

describe('redactExcerpt', () => {
  test.each([
    ['e-mail', 'scrivete a mario.rossi@gmail.com grazie', 'mario.rossi@gmail.com'],
    ['mobile', 'chiamatemi al 347 123 4567', '123 4567'],
    ['mobile +39', 'numero +39 3471234567', '3471234567'],
    ['landline', 'tel. 06/12345678', '12345678'],
    ['IBAN spaced', 'IBAN IT60 X054 2811 1010 0000 0123 456 per favore', 'X054'],
    ['IBAN compact', 'IT60X0542811101000000123456', 'X0542811'],
    ['codice fiscale', 'il mio CF è RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    ['lower-case CF', 'cf rssmra85t10a562s', 'rssmra85t10a562s'],
    ['protocol', 'domanda n. INPS.0800.12/03/2024.0123456', '0123456'],
    ['mention', 'come dice @giulia.bianchi non funziona', 'giulia.bianchi'],
    ['profile URL', 'vedi https://www.facebook.com/profile.php?id=1000123 ok', 'profile.php'],
  ])('%s is masked', (_n, text, secret) => {
    const out = redactExcerpt(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(MASK);
  });

  test('the author name is masked wherever it appears, whatever the case', () => {
    expect(redactExcerpt('Sono MARIA Rossi e aspetto da mesi', { author: 'Maria Rossi' })).toBe(`Sono ${MASK} ${MASK} e aspetto da mesi`);
    // a short part of the name (≤ 2 letters) is not masked: it would eat common words
    expect(redactExcerpt('Di Maio ha scritto', { author: 'Di Maio' })).toBe(`Di ${MASK} ha scritto`);
  });

  test.each([
    ['street address', 'abito in via Giuseppe Garibaldi 12, Napoli', 'Garibaldi'],
    ['health detail', 'sono invalida al 100% e ho la sclerosi multipla', 'sclerosi'],
    ['password', 'la mia password dello SPID è Ciao1234, non riesco ad entrare', 'Ciao1234'],
  ])('the personal-data rule masks %s', (_n, text, secret) => {
    expect(redactExcerpt(text)).not.toContain(secret);
  });

  test('the Contact Center numbers stay readable', () => {
    expect(redactExcerpt('chiami il 803 164 o lo 06 164 164')).toBe('chiami il 803 164 o lo 06 164 164');
  });

  test('ordinary text, acronyms and short numbers survive', () => {
    const t = 'Quando arriva l’Assegno Unico di marzo? ISEE 2024 fatto, 3 figli';
    expect(redactExcerpt(t)).toBe(t);
  });

  test("extra spans given by the caller (e.g. a finding's evidence) are masked too", () => {
    const t = 'mio cugino Gennaro lavora lì';
    expect(redactExcerpt(t, { spans: [{ start: 11, end: 18 }] })).toBe(`mio cugino ${MASK} lavora lì`);
  });

  test('masking happens before cutting: no half identifier at the end', () => {
    const t = `${'a'.repeat(130)} mario.rossi@example.com`;
    const out = redactExcerpt(t);
    expect(out).not.toMatch(/mario|example/);
    expect([...out].length).toBeLessThanOrEqual(EXCERPT_MAX);
  });

  test('newlines, control and bidi characters are flattened', () => {
    expect(redactExcerpt('riga 1\n\nriga\u202e 2\u0000')).toBe('riga 1 riga 2');
  });
});

describe('helpers', () => {
  test('maskSpans merges overlaps and ignores bad spans', () => {
    expect(maskSpans('0123456789', [{ start: 2, end: 5 }, { start: 4, end: 7 }, { start: 9, end: 3 }, { start: -5, end: 1 }])).toBe(`${MASK}1${MASK}789`);
  });
  test('truncate counts code points and never splits an emoji', () => {
    const t = '😀'.repeat(200);
    const out = truncate(t, 10);
    expect([...out]).toHaveLength(10);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
