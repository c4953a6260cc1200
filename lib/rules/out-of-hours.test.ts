import { describe, expect, test } from 'vitest';
import { createAnalyzer, defaultProfile } from '../analyzer';

const profile = defaultProfile();
profile.serviceHours.holidays = ['2025-12-25', '2025-04-21', '08-15'];
const analyzer = createAnalyzer(profile);
const run = (createdAt?: string) =>
  analyzer.analyze({ id: 'x', text: 'ciao', createdAt }).findings.filter((f) => f.rule === 'out-of-hours');

describe('out-of-hours (Europe/Rome, Mon–Fri 9–16)', () => {
  test.each([
    // winter (UTC+1)
    ['Tuesday 10:00 Rome', '2025-02-11T09:00:00Z', 0],
    ['Tuesday 08:59 Rome', '2025-02-11T07:59:00Z', 1],
    ['Tuesday 09:00 Rome', '2025-02-11T08:00:00Z', 0],
    ['Tuesday 15:59 Rome', '2025-02-11T14:59:00Z', 0],
    ['Tuesday 16:00 Rome', '2025-02-11T15:00:00Z', 1],
    ['Tuesday 23:30 Rome is Tuesday in UTC too', '2025-02-11T22:30:00Z', 1],
    // summer (UTC+2): 07:30 UTC is 09:30 in Rome
    ['Wednesday 09:30 Rome in summer', '2025-07-09T07:30:00Z', 0],
    ['Wednesday 15:30 UTC = 17:30 Rome', '2025-07-09T15:30:00Z', 1],
    // a Monday 00:30 in Rome is still Sunday in UTC
    ['Sunday 23:30 UTC = Monday 00:30 Rome', '2025-02-09T23:30:00Z', 1],
    ['Saturday noon', '2025-02-15T11:00:00Z', 1],
    ['Sunday noon', '2025-02-16T11:00:00Z', 1],
    ['Christmas (one-off date)', '2025-12-25T10:00:00Z', 1],
    ['Easter Monday (one-off date)', '2025-04-21T10:00:00Z', 1],
    ['Ferragosto (recurring MM-DD) on a Friday', '2025-08-15T09:00:00Z', 1],
    ['an offset in the ISO string', '2025-02-11T10:30:00+01:00', 0],
  ])('%s', (_n, at, n) => {
    const f = run(at);
    expect(f).toHaveLength(n);
    if (n) expect(f[0].severity).toBe('info');
  });

  test('no time, or a broken one: nothing to say', () => {
    expect(run(undefined)).toEqual([]);
    expect(run('ieri sera')).toEqual([]);
  });

  test('hours come from the profile', () => {
    const p = defaultProfile();
    p.serviceHours = { ...p.serviceHours, days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '20:00' };
    const a = createAnalyzer(p);
    const at = '2025-02-15T18:00:00Z'; // Saturday 19:00 Rome
    expect(a.analyze({ id: 'x', text: 'x', createdAt: at }).findings.filter((f) => f.rule === 'out-of-hours')).toEqual([]);
  });
});

describe('localTime (cached zone offset) agrees with Intl', () => {
  test.each(['Europe/Rome', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'])('%s', async (zone) => {
    const { localTime, localTimeIntl } = await import('./util/time');
    const offset = (ms: number) => {
      const lt = localTimeIntl(new Date(ms), zone);
      const [y, mo, d] = lt.date.split('-').map(Number);
      const [h, mi] = lt.time.split(':').map(Number);
      return Date.UTC(y, mo - 1, d, h, mi) - Math.floor(ms / 60_000) * 60_000;
    };
    const day = 86_400_000;
    const from = Date.UTC(2024, 0, 1);
    let transitions = 0;
    for (let d0 = from; d0 < from + 366 * day; d0 += day) {
      // every 3 hours on ordinary days; every 5 minutes on a day when the zone's offset changes
      const changes = offset(d0) !== offset(d0 + day);
      if (changes) transitions++;
      const step = changes ? 5 * 60_000 : 3 * 3_600_000 + 7 * 60_000;
      for (let ms = d0; ms < d0 + day; ms += step) {
        const dt = new Date(ms);
        expect(localTime(dt, zone)).toEqual(localTimeIntl(dt, zone));
      }
    }
    expect(transitions).toBe(zone === 'Asia/Kolkata' ? 0 : 2);
  });
});
