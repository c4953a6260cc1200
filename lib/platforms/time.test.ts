import { describe, expect, test } from 'vitest';
import { isoFromDatetime, parseRelativeTime, relativeTimeMs } from './time';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;

describe('relative times as the platforms show them', () => {
  test.each([
    ['1w', 7 * D],
    ['39 w', 39 * 7 * D],
    ['108w', 108 * 7 * D],
    ['4 y', 4 * 365 * D],
    ['15m', 15 * M],
    ['5 min', 5 * M],
    ['1h', H],
    ['10 h', 10 * H],
    ['3 h', 3 * H],
    ['2 g', 2 * D],
    ['1 d', D],
    ['2 sett.', 14 * D],
    ['5 sett', 35 * D],
    ['3 a', 3 * 365 * D],
    ['2 mesi', 60 * D],
    ['hace 10 horas', 10 * H],
    ['Hace 10 horas', 10 * H],
    ['hace 2 semanas', 14 * D],
    ['10 ore fa', 10 * H],
    ['2 settimane fa', 14 * D],
    ['a week ago', 7 * D],
    ['about an hour ago', H],
    ['3 years ago', 3 * 365 * D],
    ['un anno fa', 365 * D],
    ['Just now', 0],
    ['Adesso', 0],
    ['ieri', D],
    ['yesterday', D],
  ])('%s', (text, ms) => {
    expect(relativeTimeMs(text)).toBe(ms);
  });

  test.each(['30 May at 11:02', 'Reply', '', 'Commento 1', '12 apples', 'See more'])('not a relative time: %j', (text) => {
    expect(relativeTimeMs(text)).toBeNull();
  });

  test('approximate date against now', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(parseRelativeTime('1w', now)).toBe('2026-03-03T12:00:00.000Z');
    expect(parseRelativeTime('3 h', now)).toBe('2026-03-10T09:00:00.000Z');
    expect(parseRelativeTime('boh', now)).toBeNull();
  });

  test('datetime attributes are validated', () => {
    expect(isoFromDatetime('2025-10-01T10:00:00.000Z')).toBe('2025-10-01T10:00:00.000Z');
    expect(isoFromDatetime('not a date')).toBeNull();
    expect(isoFromDatetime(null)).toBeNull();
  });
});
