import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Council, Meeting, Paper } from "../../../contract/council";
import { builtInCommittee, committee, meeting, paper, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("council API", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  const post = (url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url, payload, headers: { ...editor, "accept-language": "de" } });

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  it("lists the committees, meetings and papers; tells who may edit", async () => {
    // A new county has its Kreistag and Kreisausschuss by law; the test adds two more bodies.
    const scope = scopeOf(t);
    const bodies = (await t.app.inject({ url: "/api/v1/council" })).json<Council>().committees;
    const kreistag = bodies.find((c) => c.kind === "council")?.id ?? "";
    const ausschuss = bodies.find((c) => c.kind === "executiveCommittee")?.id ?? "";
    await committee(scope, { kind: "specialistCommittee" });
    await committee(scope, { kind: "workingGroup" });
    const held = await meeting(scope, { committeeId: kreistag, meetingDate: "2025-03-20" });
    await meeting(scope, { committeeId: ausschuss, meetingDate: "2025-03-06" });
    await paper(scope, { committeeId: kreistag, meetingId: held.id });
    const council = (
      await t.app.inject({ url: "/api/v1/council", headers: editor })
    ).json<Council>();
    expect(council.committees.map((c) => c.kind).sort()).toEqual([
      "council",
      "executiveCommittee",
      "specialistCommittee",
      "workingGroup",
    ]);
    expect(council.meetings).toHaveLength(2);
    expect(council.papers).toHaveLength(1);
    expect(council.mayEdit).toBe(true);
    const anonymous = (await t.app.inject({ url: "/api/v1/council" })).json<Council>();
    expect(anonymous.mayEdit).toBe(false);
  });

  it("enters two meetings and a paper with a two-step Beratungsfolge, audited", async () => {
    const social = (await committee(scopeOf(t))).id;
    const executive = (await builtInCommittee(scopeOf(t), "executiveCommittee")).id;
    const first = await post("/api/v1/meetings", {
      committeeId: social,
      name: "Sitzung",
      meetingDate: "2025-05-12",
      agendaItems: [{ title: "Eröffnung" }, { title: "Sachstand" }],
    });
    expect(first.statusCode).toBe(201);
    expect(first.json<Meeting>().agendaItems.map((i) => i.number)).toEqual(["1", "2"]);
    const second = (
      await post("/api/v1/meetings", {
        committeeId: executive,
        name: "KA",
        meetingDate: "2025-06-02",
      })
    ).json<Meeting>();
    const created = await post("/api/v1/papers", {
      kind: "decision",
      title: "Neue Vorlage",
      consultations: [
        { committeeId: social, meetingId: first.json<Meeting>().id, role: "preliminary" },
        { committeeId: executive, meetingId: second.id, role: "decision" },
      ],
    });
    expect(created.statusCode).toBe(201);
    const paper = created.json<Paper>();
    expect(paper.consultations.map((c) => [c.position, c.role, c.meeting?.meetingDate])).toEqual([
      [1, "preliminary", "2025-05-12"],
      [2, "decision", "2025-06-02"],
    ]);
    const audited = await t.database.query<{ action: string }>(
      "select action from audit_event where entity_id = $1",
      [paper.id],
    );
    expect(audited.map((a) => a.action)).toEqual(["paper.create"]);
  });

  it("refuses a meeting of another committee in the Beratungsfolge, and saves nothing", async () => {
    const workingGroup = await committee(scopeOf(t), { kind: "workingGroup" });
    const workingGroupMeeting = await meeting(scopeOf(t), {
      committeeId: workingGroup.id,
      meetingDate: "2025-04-01",
    });
    const before = (await t.app.inject({ url: "/api/v1/council" })).json<Council>().papers.length;
    const response = await post("/api/v1/papers", {
      kind: "decision",
      title: "Falsch",
      consultations: [
        {
          committeeId: (await builtInCommittee(scopeOf(t))).id,
          meetingId: workingGroupMeeting.id,
          role: "decision",
        },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        path: "consultations.0.meetingId",
        message: "Diese Sitzung ist eine Sitzung eines anderen Gremiums.",
      },
    ]);
    const after = (await t.app.inject({ url: "/api/v1/council" })).json<Council>().papers.length;
    expect(after).toBe(before);
  });
});
