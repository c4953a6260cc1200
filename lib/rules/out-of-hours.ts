// out-of-hours — the team answers "dal lunedì al venerdì dalle 9.00 alle 16.00"; comments left outside
// those hours are handled the next working morning, posts are closed at weekends (seed 001).
// Informational: it orders the queue, it does not judge the comment.
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import type { AnalyzerProfile, Finding } from '../types';
import { localTime, parseTime } from './util/time';

const settings = z.object({
  enabled: z.boolean().default(true),
});

// Reasons are shown to Italian moderators (the UI's other rules explain themselves in Italian too).
const DAY_NAMES = ['', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];

interface Hours {
  days: boolean[]; // index = ISO weekday
  start: number; // minutes since midnight
  end: number;
  holidays: Set<string>;
  zone: string;
}
const hoursCache = new WeakMap<object, Hours>();

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h || 0) * 60 + (m || 0);
}

/** Service hours in a quick-to-test shape, once per profile. */
function hoursOf(sh: AnalyzerProfile['serviceHours']): Hours {
  let h = hoursCache.get(sh);
  if (!h) {
    const days: boolean[] = new Array(8).fill(false);
    for (const d of sh.days) days[d === 0 ? 7 : d] = true; // accept JS Sunday = 0 as well as ISO 7
    h = { days, start: minutes(sh.start), end: minutes(sh.end), holidays: new Set(sh.holidays), zone: sh.timeZone || 'Europe/Rome' };
    hoursCache.set(sh, h);
  }
  return h;
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
  detect(comment, ctx): readonly Finding[] {
    const at = parseTime(comment.createdAt);
    if (!at) return NO_FINDINGS;
    const sh = ctx.profile.serviceHours;
    const h = hoursOf(sh);
    const lt = localTime(at, h.zone);
    const mins = minutes(lt.time);
    let why: string | null = null;
    if (!h.days[lt.weekday]) why = `${DAY_NAMES[lt.weekday]}: giorno senza servizio`;
    else if (h.holidays.size && (h.holidays.has(lt.date) || h.holidays.has(lt.date.slice(5)))) why = `${lt.date}: giorno festivo`;
    else if (mins < h.start || mins >= h.end) why = `ore ${lt.time}, fuori dall'orario ${sh.start}–${sh.end}`;
    if (!why) return NO_FINDINGS;
    return [
      {
        rule: 'out-of-hours',
        severity: 'info',
        evidence: [],
        reason: `${why} (scritto ${DAY_NAMES[lt.weekday]} ${lt.date} alle ${lt.time}, ${h.zone}); da gestire il primo mattino lavorativo`,
      },
    ];
  },
});
