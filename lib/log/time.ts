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

/** Local calendar parts of an instant in a time zone. */
export function zonedParts(date: Date, timeZone = LOG_TIME_ZONE): { day: string; minutes: number; isoWeekday: number } {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(date)) p[part.type] = part.value;
  return {
    day: `${p.year}-${p.month}-${p.day}`,
    minutes: Number(p.hour) * 60 + Number(p.minute),
    isoWeekday: WEEKDAY[p.weekday] ?? 0,
  };
}

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
