// Cheap it/en guess from function words (no model, no allocation per word beyond the regex).
import type { Lang } from './types';

const IT = new Set(
  'il lo la le gli un una di del della dei delle che non per con sono ho ha è e ma mi ti si ci come quando perché perche anche ancora già gia mio mia io voi noi al alla nel nella questo questa sul sulla da dal dalla buongiorno salve grazie domanda'.split(' '),
);
const EN = new Set(
  'the a an of to and is are was were i you he she we they it my your our this that what when why how not no do does did have has can will would should please thanks thank hello hi for with from'.split(
    ' ',
  ),
);
const WORD = /[a-zà-ÿ']+/g;

/** Best guess between Italian and English; Italian when unsure (the pages are Italian). */
export function guessLang(text: string): Lang {
  let it = 0;
  let en = 0;
  const sample = (text.length > 400 ? text.slice(0, 400) : text).toLowerCase();
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(sample))) {
    const w = m[0];
    if (IT.has(w)) it++;
    else if (EN.has(w)) en++;
  }
  return en > it ? 'en' : 'it';
}
