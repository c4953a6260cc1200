// Public API of lib/text: normalisation with offsets, tokens, lexicon matching, similarity, redaction.
export { foldText, foldCodePoint, toOriginal, isInvisible, type Folded } from './fold';
export { tokenize, joinSpacedLetters, squeeze, hasLongRun, sentenceIds, type Token } from './tokenize';
export { createMatcher, termKey, normalizeWord, type LexEntry, type Match, type Matcher, type MatcherOptions, type MatchVariant } from './matcher';
export { similarity, canonical } from './similarity';
export { maskSpans, mergeSpans, replaceSpans } from './redact';
