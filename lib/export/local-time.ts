/**
 * UTC instants of the record as the café's wall-clock time, in a time zone the caller passes (the
 * builders have no clock or zone of their own).
 */

export type LocalClock = {
  /** `YYYY-MM-DDTHH:mm` */
  dateTime(iso: string): string;
  /** `YYYY-MM-DD` */
  date(iso: string): string;
};

const HOUR_MS = 3_600_000;

/** A clock for `timeZone` (an IANA name, e.g. Europe/Paris); throws on an unknown zone. */
export function localClock(timeZone: string): LocalClock {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  // The zone's offset changes at most twice a year, never inside an hour that starts on the hour:
  // one formatting per hour of the café, not one per note.
  const offsets = new Map<number, number>();
  const offsetAt = (ms: number): number => {
    const hour = Math.floor(ms / HOUR_MS);
    const cached = offsets.get(hour);
    if (cached !== undefined) return cached;
    const at = hour * HOUR_MS;
    const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
    const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
    offsets.set(hour, wall - at);
    return wall - at;
  };
  const dateTime = (iso: string): string => {
    const ms = Date.parse(iso);
    return new Date(ms + offsetAt(ms)).toISOString().slice(0, 16);
  };
  return { dateTime, date: (iso) => dateTime(iso).slice(0, 10) };
}
