// Wall-clock parts of an instant in a time zone, through Intl (no date library). Formatters are cached.
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface LocalTime {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "YYYY-MM-DD" in the zone. */
  date: string;
  /** "HH:MM" (24 h) in the zone. */
  time: string;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// Zone offsets only change on whole hours (DST, in every zone we serve), so one Intl call per
// (zone, UTC hour) is enough; the rest is arithmetic. Bounded cache.
const offsetCache = new Map<string, number>();

/** Local wall-clock parts of `d` in `timeZone` (cached per zone and UTC hour). */
export function localTime(d: Date, timeZone: string): LocalTime {
  const ms = d.getTime();
  const hourKey = `${timeZone}|${Math.floor(ms / 3_600_000)}`;
  let offset = offsetCache.get(hourKey);
  if (offset === undefined) {
    const lt = localTimeIntl(d, timeZone);
    const [y, mo, da] = lt.date.split('-').map(Number);
    const [h, mi] = lt.time.split(':').map(Number);
    const asUtc = Date.UTC(y, mo - 1, da, h, mi);
    offset = asUtc - Math.floor(ms / 60_000) * 60_000;
    if (offsetCache.size > 5000) offsetCache.clear();
    offsetCache.set(hourKey, offset);
  }
  const local = new Date(ms + offset);
  const pad = (n: number) => (n < 10 ? '0' + n : String(n));
  const wd = local.getUTCDay();
  return {
    weekday: wd === 0 ? 7 : wd,
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/** The same through Intl directly (reference implementation, used to fill the cache). */
export function localTimeIntl(d: Date, timeZone: string): LocalTime {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  const p: Record<string, string> = {};
  for (const part of fmt.formatToParts(d)) p[part.type] = part.value;
  const hour = p.hour === '24' ? '00' : p.hour;
  return { weekday: WEEKDAYS[p.weekday] ?? 0, date: `${p.year}-${p.month}-${p.day}`, time: `${hour}:${p.minute}` };
}

/** Parse an ISO-8601 string; null when absent or invalid. */
export function parseTime(iso: string | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}
