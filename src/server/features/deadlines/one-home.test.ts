import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportingDutySchedule } from "../../../contract/committee-reports";
import type { MyTask } from "../../../contract/my-tasks";
import { committee, reportingDuty, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * One Vorlagenfrist: the county's setting is what every deadline follows — the
 * report schedule, „Meine Aufgaben“ and the calendar — unless a reporting duty sets its own lead
 * time for its report; clearing that returns the duty to the county's.
 */
describe("the Vorlagenfrist has one home", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let admin: Record<string, string>;
  let duty: ReportingDutySchedule;
  const api = (method: "GET" | "POST" | "PUT", url: string, payload?: object, as = editor) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: as, payload });
  const readDuty = async () =>
    (await api("GET", "/reporting-duties")).json<{ items: ReportingDutySchedule[] }>()
      .items[0] as ReportingDutySchedule;
  const draftDue = async () =>
    (await api("GET", "/me/tasks"))
      .json<{ items: MyTask[] }>()
      .items.find((task) => task.kind === "reportDraft")?.due;
  let feedPath = "";
  const feedDeadline = async () => {
    const body = (await t.app.inject({ url: feedPath })).body;
    const calendar = new ICAL.Component(ICAL.parse(body));
    return calendar
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary === "Vorlagenfrist: Sozialausschuss im März")
      ?.startDate.toString();
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2025-01-10";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    admin = await t.signIn("admin");
    const social = (await committee(scopeOf(t))).id;
    await reportingDuty(scopeOf(t), { committeeId: social, decidedOn: "2024-03-05" });
    const meeting = await api("POST", "/meetings", {
      committeeId: social,
      name: "Sozialausschuss im März",
      meetingDate: "2025-03-12",
    });
    duty = await readDuty();
    const period = duty.meetings[0]?.period;
    const draft = await api("POST", "/report-drafts", {
      committeeId: social,
      reportingDutyId: duty.id,
      meetingId: meeting.json<{ id: string }>().id,
      periodFrom: period?.from,
      periodTo: period?.to,
      title: "Sachstandsbericht März",
    });
    expect(draft.statusCode).toBe(201);
    const feed = await api("PUT", "/account/calendar-feed");
    feedPath = new URL(feed.json<{ url: string }>().url).pathname;
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("every reader follows the county's setting", async () => {
    expect(await readDuty()).toMatchObject({
      paperDeadlineDays: 21,
      paperDeadlineSource: "county",
      paperDue: "2025-02-19",
    });
    expect(await draftDue()).toBe("2025-02-19");
    expect(await feedDeadline()).toBe("2025-02-19");

    const set = await api("PUT", "/county/paper-deadline", { paperDeadlineDays: 28 }, admin);
    expect(set.statusCode).toBe(200);
    expect(await readDuty()).toMatchObject({
      paperDeadlineDays: 28,
      paperDeadlineSource: "county",
      paperDue: "2025-02-12",
    });
    expect(await draftDue()).toBe("2025-02-12");
    expect(await feedDeadline()).toBe("2025-02-12");
  });

  it("a duty's own lead time counts for its report only; empty returns it to the county's", async () => {
    const own = await api("PUT", `/reporting-duties/${duty.id}/settings`, {
      paperDeadlineDays: "35",
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({ id: duty.id, paperDeadlineDays: 35 });
    expect(await readDuty()).toMatchObject({
      paperDeadlineDays: 35,
      paperDeadlineSource: "duty",
      paperDue: "2025-02-05",
    });
    expect(await draftDue()).toBe("2025-02-05");
    // The meeting's own Vorlagenfrist in the calendar stays the county's.
    expect(await feedDeadline()).toBe("2025-02-12");

    const refused = await t.app.inject({
      method: "PUT",
      url: `/api/v1/reporting-duties/${duty.id}/settings`,
      headers: { ...editor, "accept-language": "de" },
      payload: { paperDeadlineDays: "fünf" },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      {
        path: "paperDeadlineDays",
        message: "Geben Sie die Vorlagenfrist als ganze Zahl von Tagen an, z. B. 21.",
      },
    ]);
    expect((await readDuty()).paperDeadlineDays).toBe(35);

    const cleared = await api("PUT", `/reporting-duties/${duty.id}/settings`, {
      paperDeadlineDays: "",
    });
    expect(cleared.json()).toEqual({ id: duty.id, paperDeadlineDays: null });
    expect(await readDuty()).toMatchObject({
      paperDeadlineDays: 28,
      paperDeadlineSource: "county",
    });
    expect(await draftDue()).toBe("2025-02-12");
  });
});
