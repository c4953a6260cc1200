import { describe, expect, test } from 'vitest';
import { properNounAt } from './proper-noun';

const at = (text: string, word: string) => {
  const i = text.indexOf(word);
  return properNounAt(text, i, i + word.length);
};

describe('properNounAt: surnames and places that are also lexicon words', () => {
  test.each([
    ['il cavallo di Troia', 'Troia'],
    ['abito a Troia in provincia di Foggia', 'Troia'],
    ['il dottor Negro della sede di Cuneo', 'Negro'],
    ['Ho parlato con il dott. Negro', 'Negro'],
    ['la signora Checca Rossi', 'Checca'],
    ['il sig. Bocchino ha chiamato', 'Bocchino'],
    ['Opera di V. Balena.', 'Balena'],
  ])('%s', (text, word) => {
    expect(at(text, word)).toBe(true);
  });

  test.each([
    ['sei una troia', 'troia'],
    ['sei una Troia', 'Troia'],
    ['Troia!', 'Troia'],
    ['Ciao. Troia che non sei altro', 'Troia'],
    ['quel negro di merda', 'negro'],
    ['Quella TROIA di Giulia', 'TROIA'],
    ['Basta. Troia!', 'Troia'],
  ])('not a proper noun: %s', (text, word) => {
    expect(at(text, word)).toBe(false);
  });
});
