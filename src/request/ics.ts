/**
 * Reminders without an account: an iCalendar file (RFC 5545) the reader's
 * browser makes and their calendar app imports (Google Calendar, Apple
 * Calendar, Outlook). Each reminder is an all-day event on one day. Written by
 * hand rather than with a library: two kinds of line and the format's three
 * rules (CRLF line ends, lines folded at 75 octets, text escaped) are less
 * code than any library's, and tests/unit/ics.test.ts reads the result with a
 * real parser (ical.js).
 */
import { addDays, type Day } from '../lib/calendar';

export interface Reminder {
  /** Stable within the file, e.g. "check"; combined with the day into the event's UID. */
  id: string;
  day: Day;
  summary: string;
  description: string;
}

/** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 3.1: lines of at most 75 octets, continued on lines that start with a space; never splits a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (day: Day) => day.replaceAll('-', '');

/** A UTC timestamp as RFC 5545 writes it, e.g. 20260314T101500Z. */
function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The calendar file, with one all-day event per reminder. `uidDomain` makes UIDs unique to this site (RFC 5545 3.8.4.7). */
export function calendarFile(reminders: readonly Reminder[], now: Date, uidDomain: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Delete Guides//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of reminders) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.id}-${compact(r.day)}@${uidDomain}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compact(r.day)}`,
      // All-day events end on the next day, exclusive (RFC 5545 3.6.1).
      `DTEND;VALUE=DATE:${compact(addDays(r.day, 1))}`,
      `SUMMARY:${escapeText(r.summary)}`,
      `DESCRIPTION:${escapeText(r.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
