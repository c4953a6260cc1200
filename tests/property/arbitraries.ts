// fast-check arbitraries for comment texts: plain random strings of every kind of code unit, and
// "hostile" texts assembled from pieces that reach the interesting paths of the engine (lexicon words
// and their evasions, invisible and bidi characters, personal data, links, quotes, emoji, surrogates).
import fc from 'fast-check';
import { hostileCorpus } from '../hostile/corpus';

/** Pieces that each wake up some rule or normalisation path. */
export const PIECES: readonly string[] = [
  // abuse and its evasions
  'merda', 'MERDA', 'm e r d a', 'm.e.r.d.a', 'm3rd4', 'merdaaaa', 'mer\u200bda', 'ｍｅｒｄａ', 'сazzo', 'porco dio', 'porcodio', 'p o r c o d i o',
  'vaffanculo', 'coglione', 'testa di cazzo', 'unculattone', 'ladri', 'vi ammazzo', 'ti vengo a prendere', 'zingari', 'negri',
  'mi voglio uccidere', 'non ce la faccio più', 'fico', 'regina', 'venire',
  // topics, personal case, answering for us, advertising, phishing
  'assegno unico', 'bonus nido', 'NASpI', 'ISEE', 'non ho ricevuto', 'la mia domanda', 'quando mi pagate?', 'devi fare domanda sul sito',
  'scrivimi su WhatsApp', 'guadagna 500€ al giorno', 'bitcoin', 'https://bit.ly/x', 'www.inps-bonus.xyz', 'inps.it', 'http://inps.it.verifica.com',
  'contattami in privato per sbloccare il bonus', 'mandami il PIN dello SPID', 'verifichi i suoi dati',
  // personal data
  'RSSMRA85T10A562S', 'IT60X0542811101000000123456', '333 123 4567', '+39 06 164164', 'mario.rossi@example.com', 'via Roma 12',
  'carta d\'identità AB1234567', 'protocollo n. 123456', 'ho il cancro',
  // shouting, punctuation, structure
  'VERGOGNA INPS', 'RIDATECI I SOLDI!!!', '!!!', '???', '...', ',', ';', ':', '"', '«', '»', '“', '”', "'", '(', ')', '@mario_rossi', '#inps',
  ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028',
  // invisible, bidi, encoding
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\ufe0f', '\u202e', '\u202d', '\u2066', '\u2069', '\u200e', '\u200f',
  '\ud800', '\udc00', '\u0000', '\u001b', '\u0301', '\u0336',
  // emoji and other scripts
  '😡', '🤬', '👨‍👩‍👧‍👦', '🇮🇹', '1️⃣', '💩', 'مرحبا', 'שלום', '你好', 'नमस्ते', '𝐜𝐨𝐠𝐥𝐢𝐨𝐧𝐞', 'İ', 'ß', 'ﬁ', 'Ⅻ',
  // digits and l33t symbols
  '0', '1', '4', '7', '@', '$', '€', '_', '*', '-', '/', '|',
];

/** Any UTF-16 string, lone surrogates included. */
export const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

/** Any string of full code points (astral planes included). */
export const anyCodePoints = fc.string({ unit: 'binary', maxLength: 200 });

/** Texts assembled from PIECES and random fragments. */
export const hostileText = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: anyUtf16 }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

/** Every kind of comment text a property should survive: random, assembled, and the fixed hostile corpus. */
export const commentText = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: anyUtf16 },
  { weight: 1, arbitrary: anyCodePoints },
  { weight: 1, arbitrary: fc.constantFrom(...hostileCorpus().filter((c) => c.text.length <= 5000).map((c) => c.text)) },
);

/** Number of runs per property (FC_RUNS overrides it, e.g. FC_RUNS=5000 for a long soak). */
export const RUNS = Number(process.env.FC_RUNS ?? 300);
