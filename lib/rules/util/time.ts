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

// Zone offsets change only on quarter-hour UTC boundaries (Lord Howe switches at hh:30 UTC), so one
// Intl call per (zone, UTC quarter-hour) is enough; the rest is arithmetic. Bounded cache.
const offsetCache = new Map<string, number>();

/** Local wall-clock parts of `d` in `timeZone` (offset cached per zone and UTC quarter-hour). */
let lastMs = Number.NaN;
let lastZone = '';
let lastLocal: LocalTime | null = null;

export function localTime(d: Date, timeZone: string): LocalTime {
  const ms = d.getTime();
  if (ms === lastMs && timeZone === lastZone && lastLocal) return lastLocal;
  lastLocal = computeLocal(ms, timeZone);
  lastMs = ms;
  lastZone = timeZone;
  return lastLocal;
}

function computeLocal(ms: number, timeZone: string): LocalTime {
  const d = new Date(ms);
  const hourKey = `${timeZone}|${Math.floor(ms / 900_000)}`;
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
const parsed = new Map<string, number>();

export function parseTime(iso: string | undefined): Date | null {
  if (!iso) return null;
  // the same createdAt/postCreatedAt strings are read by several rules and many comments of a post
  let ms = parsed.get(iso);
  if (ms === undefined) {
    ms = new Date(iso).getTime();
    if (parsed.size > 4096) parsed.clear();
    parsed.set(iso, ms);
  }
  return Number.isNaN(ms) ? null : new Date(ms);
}
