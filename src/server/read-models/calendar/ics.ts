import ical, { ICalCalendarMethod } from "ical-generator";
import { type CalendarEntry, calendarTimeZone } from "../../../domain/calendar";
import { addDays } from "../../../domain/dates";

/**
 * Europe/Berlin as a VTIMEZONE (CET/CEST, the EU rule since 1996), so that Outlook and
 * Thunderbird find the zone the calendar names without a time-zone database.
 */
const berlin = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "X-LIC-LOCATION:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** A day as a Date at noon UTC: the same calendar day in every zone ical-generator may use. */
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * An iCalendar (RFC 5545) document of whole-day entries. `stamp` is the moment of the feed
 * (DTSTAMP); `origin` makes the links absolute; `host` makes the UIDs unique worldwide.
 */
export function renderCalendar(input: {
  name: string;
  description: string;
  entries: CalendarEntry[];
  stamp: Date;
  origin: string;
  host: string;
}): string {
  const calendar = ical({
    name: input.name,
    description: input.description,
    prodId: { company: "Kurs", product: "Kurs", language: "DE" },
    timezone: {
      name: calendarTimeZone,
      generator: (zone) => (zone === calendarTimeZone ? berlin : null),
    },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const entry of input.entries) {
    calendar.createEvent({
      id: `${entry.uid}@${input.host}`,
      start: day(entry.date),
      end: day(addDays(entry.date, 1)),
      allDay: true,
      stamp: input.stamp,
      summary: entry.summary,
      description: entry.description,
      location: entry.location ?? undefined,
      url: entry.path ? `${input.origin}${entry.path}` : undefined,
    });
  }
  return calendar.toString();
}
