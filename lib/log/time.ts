// Calendar and service-hours helpers for the log. Days are Europe/Rome calendar days (the team's).
export const LOG_TIME_ZONE = 'Europe/Rome';

export interface ServiceHours {
  /** ISO weekdays the team works: 1 = Monday … 7 = Sunday (0 is also read as Sunday). */
  days: number[];
  start: string; // 'HH:MM'
  end: string; // 'HH:MM', exclusive
  /** 'YYYY-MM-DD' days off. */
  holidays: string[];
  timeZone: string;
}

export const DEFAULT_SERVICE_HOURS: ServiceHours = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '16:00',
  holidays: [],
  timeZone: LOG_TIME_ZONE,
};

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = fmtCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    fmtCache.set(timeZone, f);
  }
  return f;
}

const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface ZonedParts {
  day: string;
  minutes: number;
  isoWeekday: number;
}

function computeParts(date: Date, timeZone: string): ZonedParts {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(date)) p[part.type] = part.value;
  return {
    day: `${p.year}-${p.month}-${p.day}`,
    minutes: Number(p.hour) * 60 + Number(p.minute),
    isoWeekday: WEEKDAY[p.weekday] ?? 0,
  };
}

// Intl formatting costs ~10–20 µs a call, too slow for reports over 100,000 records. UTC offsets
// are whole multiples of 15 minutes in every current zone, so inside one UTC quarter-hour the
// local day and weekday are constant and local minutes advance with UTC: cache per quarter-hour.
const QUARTER = 15 * 60_000;
const partsCache = new Map<string, ZonedParts>();

/** Local calendar parts of an instant in a time zone. */
export function zonedParts(date: Date, timeZone = LOG_TIME_ZONE): ZonedParts {
  const t = date.getTime();
  if (!Number.isFinite(t)) return computeParts(date, timeZone);
  const q = Math.floor(t / QUARTER);
  const key = `${timeZone}|${q}`;
  let base = partsCache.get(key);
  if (!base) {
    if (partsCache.size > 100_000) partsCache.clear();
    base = computeParts(new Date(q * QUARTER), timeZone);
    partsCache.set(key, base);
  }
  const delta = Math.floor((t - q * QUARTER) / 60_000);
  return delta ? { day: base.day, minutes: base.minutes + delta, isoWeekday: base.isoWeekday } : base;
}

/** Uncached reference implementation (tests compare the cache against it). */
export const zonedPartsUncached = (date: Date, timeZone = LOG_TIME_ZONE): ZonedParts => computeParts(date, timeZone);

/** 'YYYY-MM-DD' of an instant in Europe/Rome (the log's day). */
export function romeDay(date: Date): string {
  return zonedParts(date).day;
}

const toMinutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** True if the instant falls inside the service hours (working day, not a holiday, start ≤ t < end). */
export function isWithinServiceHours(date: Date, hours: ServiceHours = DEFAULT_SERVICE_HOURS): boolean {
  const { day, minutes, isoWeekday } = zonedParts(date, hours.timeZone || LOG_TIME_ZONE);
  const days = new Set(hours.days.map((d) => (d === 0 ? 7 : d)));
  if (!days.has(isoWeekday) || hours.holidays.includes(day)) return false;
  return minutes >= toMinutes(hours.start) && minutes < toMinutes(hours.end);
}

/** Add `n` days to a 'YYYY-MM-DD' (calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
