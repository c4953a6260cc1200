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

export function localTime(d: Date, timeZone: string): LocalTime {
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
