// out-of-hours — the team answers "dal lunedì al venerdì dalle 9.00 alle 16.00"; comments left outside
// those hours are handled the next working morning, posts are closed at weekends (seed 001).
// Informational: it orders the queue, it does not judge the comment.
import { z } from 'zod';
import { defineRule } from './rule';
import type { Finding } from '../types';
import { localTime, parseTime } from './util/time';

const settings = z.object({
  enabled: z.boolean().default(true),
});

const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const holidayCache = new WeakMap<readonly string[], Set<string>>();

function holidaySet(list: readonly string[]): Set<string> {
  let s = holidayCache.get(list);
  if (!s) {
    s = new Set(list);
    holidayCache.set(list, s);
  }
  return s;
}

export default defineRule({
  id: 'out-of-hours',
  label: { it: 'Fuori orario', en: 'Out of hours' },
  explanation: {
    it: 'Commento scritto fuori dall\'orario di servizio (lunedì–venerdì 9:00–16:00, ora di Roma, festivi esclusi). La policy (seed 001) prevede che questi commenti siano evasi la mattina successiva: è un\'informazione per la coda, non un giudizio.',
    en: 'A comment written outside service hours (Monday–Friday 9:00–16:00, Rome time, holidays excluded). The policy (seed 001) says these comments are handled the next working morning: it is information for the queue, not a judgement.',
  },
  severity: 'info',
  languages: ['any'],
  settings,
  detect(comment, ctx): Finding[] {
    const at = parseTime(comment.createdAt);
    if (!at) return [];
    const sh = ctx.profile.serviceHours;
    const lt = localTime(at, sh.timeZone || 'Europe/Rome');
    const days = sh.days.map((d) => (d === 0 ? 7 : d)); // accept JS Sunday = 0 as well as ISO 7
    const holidays = holidaySet(sh.holidays);
    let why: string | null = null;
    if (!days.includes(lt.weekday)) why = `${DAY_NAMES[lt.weekday]}, not a service day`;
    else if (holidays.has(lt.date) || holidays.has(lt.date.slice(5))) why = `${lt.date} is a holiday`;
    else if (lt.time < sh.start || lt.time >= sh.end) why = `${lt.time} is outside ${sh.start}–${sh.end}`;
    if (!why) return [];
    return [
      {
        rule: 'out-of-hours',
        severity: 'info',
        evidence: [],
        reason: `${why} (${DAY_NAMES[lt.weekday]} ${lt.date} ${lt.time} ${sh.timeZone || 'Europe/Rome'})`,
      },
    ];
  },
});
