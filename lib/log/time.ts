// Calendar and service-hours helpers for the log. Days are Europe/Rome calendar days (the team's).
import { localTime, localTimeIntl } from '../rules/util/time';

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

export interface ZonedParts {
  day: string;
  minutes: number;
  isoWeekday: number;
}

/** Local calendar parts of an instant in a time zone (the rules' cached Intl conversion: one place for it). */
export function zonedParts(date: Date, timeZone = LOG_TIME_ZONE): ZonedParts {
  if (!Number.isFinite(date.getTime())) throw new RangeError('Invalid time value');
  const lt = localTime(date, timeZone);
  return { day: lt.date, minutes: Number(lt.time.slice(0, 2)) * 60 + Number(lt.time.slice(3, 5)), isoWeekday: lt.weekday };
}

/** Uncached reference implementation (tests compare the cache against it). */
export function zonedPartsUncached(date: Date, timeZone = LOG_TIME_ZONE): ZonedParts {
  const lt = localTimeIntl(date, timeZone);
  return { day: lt.date, minutes: Number(lt.time.slice(0, 2)) * 60 + Number(lt.time.slice(3, 5)), isoWeekday: lt.weekday };
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
