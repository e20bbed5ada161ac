import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept } from "../../../contract/concept";
import type { Council } from "../../../contract/council";
import type { CommitteeDetail, MeetingDetail } from "../../../contract/council-pages";
import type { Overview } from "../../../contract/overview";
import type { Resolution } from "../../../contract/resolution";
import * as make from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("committee and meeting pages (GET /committees/:id, /meetings/:id)", () => {
  let t: TestApp;
  let council: Council;
  const get = <T>(url: string) => t.app.inject({ url }).then((r) => r.json<T>());
  const committeeId = (kind: string) => council.committees.find((c) => c.kind === kind)?.id ?? "";

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    // The Kreisausschuss (a new county has it) adopted the concept in its meeting of 15.03.2023;
    // a paper waits for the social committee's decision in its meeting.
    const scope = make.scopeOf(t);
    const bodies = (await get<Council>("/api/v1/council")).committees;
    const executive = bodies.find((c) => c.kind === "executiveCommittee")?.id ?? "";
    const social = await make.committee(scope, {
      name: "Ausschuss für Soziales, Arbeit und Gesundheit",
      kind: "specialistCommittee",
    });
    const adoption = await make.meeting(scope, {
      committeeId: executive,
      meetingDate: "2023-03-15",
    });
    const pending = await make.meeting(scope, {
      committeeId: social.id,
      meetingDate: "2024-03-05",
    });
    await make.paper(scope, { committeeId: social.id, meetingId: pending.id });
    const editor = await t.signIn("coordinator");
    const draft = await t.app.inject({
      method: "POST",
      url: "/api/v1/concept/versions",
      payload: { title: "Integrationskonzept" },
      headers: editor,
    });
    await make.resolution(scope, {
      committeeId: executive,
      meetingId: adoption.id,
      decidedOn: "2023-03-15",
      effects: [{ type: "adoptConceptVersion", conceptVersionId: draft.json<{ id: string }>().id }],
    });
    council = await get<Council>("/api/v1/council");
  });
  afterAll(async () => t?.close());

  it("shows a committee's meetings with their resolution count, open consultations and duties", async () => {
    const executive = await get<CommitteeDetail>(
      `/api/v1/committees/${committeeId("executiveCommittee")}`,
    );
    expect(executive.committee.name).toBe("Kreisausschuss");
    expect(executive.meetings).toEqual([
      expect.objectContaining({ meetingDate: "2023-03-15", resolutionCount: 1 }),
    ]);
    const social = await get<CommitteeDetail>(
      `/api/v1/committees/${committeeId("specialistCommittee")}`,
    );
    // The paper waits for the social committee's decision.
    expect(social.openConsultations.map((c) => [c.paper.id, c.role])).toEqual([
      [council.papers[0]?.id, "decision"],
    ]);
    expect(social.reportingDuties).toEqual([]);
  });

  it("shows a meeting's agenda, papers and resolutions", async () => {
    const adoption = council.meetings.find((m) => m.meetingDate === "2023-03-15");
    const detail = await get<MeetingDetail>(`/api/v1/meetings/${adoption?.id}`);
    expect(detail.committee.kind).toBe("executiveCommittee");
    expect(detail.resolutions).toHaveLength(1);
    expect(detail.resolutions[0]?.effects.map((e) => e.type)).toEqual(["adoptConceptVersion"]);
  });

  it("answers 404 for an unknown committee or meeting, and 400 for a malformed id", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    for (const url of [`/api/v1/committees/${unknown}`, `/api/v1/meetings/${unknown}`]) {
      const res = await t.app.inject({ url, headers: { "accept-language": "de" } });
      expect([url, res.statusCode]).toEqual([url, 404]);
    }
    expect((await t.app.inject({ url: "/api/v1/meetings/nope" })).statusCode).toBe(400);
  });

  it("Übersicht, Konzept and Gremien agree on what each meeting decided", async () => {
    const overview = await get<Overview>("/api/v1/overview");
    const concept = await get<Concept>("/api/v1/concept");
    const { items: resolutions } = await get<{ items: Resolution[] }>("/api/v1/resolutions");
    // Konzept: the adopted version names the resolution that adopted it, and its meeting.
    const adoptedBy = concept.current?.adoptedBy;
    const adopting = resolutions.find((r) => r.id === adoptedBy?.resolutionId);
    expect(adopting?.meeting?.meetingDate).toBe(concept.current?.adoptedOn);
    expect(overview.recentMeetings.length).toBeGreaterThan(0);
    for (const event of overview.recentMeetings) {
      const page = await get<MeetingDetail>(`/api/v1/meetings/${event.id}`);
      const ofMeeting = resolutions.filter((r) => r.meeting?.id === event.id);
      // One rule: the overview's event, the meeting page and the resolution list name the same.
      expect(event.decisions.map((d) => d.id).sort()).toEqual(ofMeeting.map((r) => r.id).sort());
      expect(page.resolutions.map((r) => r.id).sort()).toEqual(ofMeeting.map((r) => r.id).sort());
      const noResult = event.decisions.length === 0 && !event.resultSummary;
      expect([event.meetingDate, noResult]).toEqual([
        event.meetingDate,
        ofMeeting.length === 0 && !page.meeting.resultSummary,
      ]);
    }
    // The Kreisausschuss meeting of 15.03.2023 decided the concept: never "Kein Ergebnis".
    const adoption = overview.recentMeetings.find((m) => m.id === adopting?.meeting?.id);
    expect(adoption?.decisions.map((d) => d.id)).toEqual([adoptedBy?.resolutionId]);
    expect(adoption?.decisions[0]?.outcome).toBe("adopted");
  });
});
