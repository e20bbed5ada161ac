import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Council } from "../../../contract/council";
import { committee, meeting, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp, testOrigin } from "../../../testing/test-app";

/** Parses a feed with a real iCalendar parser (ical.js), as a calendar program would. */
function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const zone = calendar.getFirstSubcomponent("vtimezone");
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  return { calendar, zone, events };
}

describe("iCalendar feeds", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let council: Council;

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-06-01";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    // This file's own committee with two past meetings (testing/factories) and, through the API,
    // a coming one with a location.
    const social = await committee(scopeOf(t), { name: "Ausschuss für Teilhabe und Soziales" });
    await meeting(scopeOf(t), { committeeId: social.id, meetingDate: "2023-03-15" });
    await meeting(scopeOf(t), { committeeId: social.id, meetingDate: "2024-02-01" });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/meetings",
      headers: editor,
      payload: {
        committeeId: social.id,
        name: "Sitzung des Sozialausschusses im Herbst",
        meetingDate: "2024-09-24",
        location: "Kreishaus Musterstadt, Sitzungssaal",
      },
    });
    expect(created.statusCode).toBe(201);
    council = (await t.app.inject({ url: "/api/v1/council" })).json<Council>();
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("/oeffentlich/kalender.ics carries every meeting as a whole day, in Europe/Berlin", async () => {
    const response = await t.app.inject({ url: "/oeffentlich/kalender.ics" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const { calendar, zone, events } = parse(response.body);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Berlin");
    // The zone is defined in the feed, with its summer and winter offsets.
    expect(zone?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
    const berlin = new ICAL.Timezone(zone as ICAL.Component);
    const summer = ICAL.Time.fromData({ year: 2024, month: 9, day: 24, hour: 18 });
    const winter = ICAL.Time.fromData({ year: 2024, month: 1, day: 10, hour: 18 });
    expect(berlin.utcOffset(summer)).toBe(2 * 3600);
    expect(berlin.utcOffset(winter)).toBe(3600);

    const meetings = council.meetings;
    expect(meetings.length).toBeGreaterThanOrEqual(3);
    expect(events).toHaveLength(meetings.length);
    for (const m of meetings) {
      const event = events.find((e) => e.summary === m.name);
      expect(event, m.name).toBeDefined();
      expect(event?.startDate.isDate).toBe(true);
      expect(event?.startDate.toString()).toBe(m.meetingDate);
      expect(event?.uid).toMatch(new RegExp(`^meeting-${m.id}@`));
    }
    const autumn = events.find((e) => e.summary === "Sitzung des Sozialausschusses im Herbst");
    expect(autumn?.location).toBe("Kreishaus Musterstadt, Sitzungssaal");
    expect(autumn?.endDate.toString()).toBe("2024-09-25");
    expect(autumn?.description).toBe("Sitzung: Ausschuss für Teilhabe und Soziales");
  });

  it("the personal feed adds the Vorlagenfrist; a revoked or replaced link answers 404", async () => {
    const status = await t.app.inject({ url: "/api/v1/account/calendar-feed", headers: editor });
    expect(status.json()).toEqual({ active: false, createdAt: null });
    const created = await t.app.inject({
      method: "PUT",
      url: "/api/v1/account/calendar-feed",
      headers: editor,
    });
    expect(created.statusCode).toBe(200);
    const url = new URL(created.json<{ url: string }>().url);
    expect(url.pathname).toMatch(/^\/kalender\/[A-Za-z0-9_-]{40,}\.ics$/);

    const feed = await t.app.inject({ url: url.pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["cache-control"]).toBe("private, no-store");
    const { events } = parse(feed.body);
    const deadline = events.find(
      (e) => e.summary === "Vorlagenfrist: Sitzung des Sozialausschusses im Herbst",
    );
    // 21 days before 24.09.2024 (the default Vorlagenfrist).
    expect(deadline?.startDate.toString()).toBe("2024-09-03");
    expect(deadline?.startDate.isDate).toBe(true);
    expect(events.some((e) => e.summary === "Sitzung des Sozialausschusses im Herbst")).toBe(true);
    // Only coming meetings get a deadline.
    expect(events.filter((e) => e.summary.startsWith("Vorlagenfrist:"))).toHaveLength(1);

    // A new link replaces the old one.
    const replaced = await t.app.inject({
      method: "PUT",
      url: "/api/v1/account/calendar-feed",
      headers: editor,
    });
    const second = new URL(replaced.json<{ url: string }>().url);
    expect((await t.app.inject({ url: url.pathname })).statusCode).toBe(404);
    expect((await t.app.inject({ url: second.pathname })).statusCode).toBe(200);

    const revoked = await t.app.inject({
      method: "DELETE",
      url: "/api/v1/account/calendar-feed",
      headers: editor,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await t.app.inject({ url: second.pathname })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/kalender/kurz.ics" })).statusCode).toBe(404);
    const [audit] = await t.database.query<{ n: string }>(
      "select count(*) n from audit_event where entity_type = 'calendarFeed'",
    );
    expect(Number(audit?.n)).toBe(4);
  });

  it("only the office gets a personal feed", async () => {
    const partner = await t.signIn("partner");
    const refused = await t.app.inject({
      method: "PUT",
      url: "/api/v1/account/calendar-feed",
      headers: partner,
    });
    expect(refused.statusCode).toBe(403);
    expect(
      (
        await t.app.inject({
          method: "PUT",
          url: "/api/v1/account/calendar-feed",
          headers: { origin: testOrigin },
        })
      ).statusCode,
    ).toBe(401);
  });
});
