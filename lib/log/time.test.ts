import { expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, isWithinServiceHours, romeDay, zonedParts, zonedPartsUncached, DEFAULT_SERVICE_HOURS } from './time';

test.each([
  // DST starts 2026-03-29 02:00 Rome (01:00Z); ends 2026-10-25 03:00 Rome (01:00Z)
  ['2026-03-29T00:59:00Z', '2026-03-29', 1 * 60 + 59],
  ['2026-03-29T01:00:00Z', '2026-03-29', 3 * 60],
  ['2026-10-25T00:59:00Z', '2026-10-25', 2 * 60 + 59],
  ['2026-10-25T01:00:00Z', '2026-10-25', 2 * 60],
  ['2026-12-31T23:00:00Z', '2027-01-01', 0],
])('zonedParts %s → %s, minute %i', (iso, day, minutes) => {
  expect(zonedParts(new Date(iso))).toMatchObject({ day, minutes });
  expect(romeDay(new Date(iso))).toBe(day);
});

test('the quarter-hour cache agrees with Intl everywhere (Rome, Kolkata +05:30, Kathmandu +05:45)', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom('Europe/Rome', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns'), (t, tz) => {
      expect(zonedParts(new Date(t), tz)).toEqual(zonedPartsUncached(new Date(t), tz));
    }),
    { numRuns: 3000 },
  );
});

test.each([
  ['2026-11-20T08:00:00Z', true], // Fri 09:00 Rome
  ['2026-11-20T14:59:59Z', true],
  ['2026-11-20T15:00:00Z', false], // 16:00 Rome
  ['2026-11-21T10:00:00Z', false], // Saturday
  ['2026-11-22T10:00:00Z', false], // Sunday
])('service hours %s → %s', (iso, inside) => {
  expect(isWithinServiceHours(new Date(iso))).toBe(inside);
});

test('holidays and 0-as-Sunday', () => {
  expect(isWithinServiceHours(new Date('2026-12-25T10:00:00Z'), { ...DEFAULT_SERVICE_HOURS, holidays: ['2026-12-25'] })).toBe(false);
  expect(isWithinServiceHours(new Date('2026-11-22T10:00:00Z'), { ...DEFAULT_SERVICE_HOURS, days: [0] })).toBe(true);
});

test('addDays crosses months and leap days', () => {
  expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  expect(addDays('2026-11-20', -90)).toBe('2026-08-22');
});
