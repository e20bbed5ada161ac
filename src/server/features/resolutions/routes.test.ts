import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Concept } from "../../../contract/concept";
import type { Council, Paper } from "../../../contract/council";
import type { Fund } from "../../../contract/ledger";
import type { MeasureOptions } from "../../../contract/measures";
import type { Overview } from "../../../contract/overview";
import type { Resolution } from "../../../contract/resolution";
import * as make from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("resolutions API", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let council: Council;
  let concept: Concept;
  let overview: Overview;
  const committee = (name: string) => {
    const found = council.committees.find((c) => c.name === name);
    if (!found) throw new Error(`no committee ${name}`);
    return found;
  };
  const social = () => committee("Ausschuss für Soziales, Arbeit und Gesundheit");
  const languageField = () => {
    const field = concept.current?.actionFields.find((f) => f.title === "Sprache und Bildung");
    if (!field) throw new Error("no field");
    return field;
  };
  const auditCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from audit_event"))[0]?.n);
  const record = (payload: Record<string, unknown>, headers = editor) =>
    t.app.inject({ method: "POST", url: "/api/v1/resolutions", payload, headers });

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    // The county (with its Kreistag and Kreisausschuss) gets a social committee with a pending
    // paper, a concept adopted by the Kreistag without a focus, and the 2024 fund for language
    // courses; no reporting duties.
    const scope = make.scopeOf(t);
    const bodies = (await t.app.inject({ url: "/api/v1/council" })).json<Council>().committees;
    const kreistag = bodies.find((c) => c.kind === "council")?.id ?? "";
    const socialCommittee = await make.committee(scope, {
      name: "Ausschuss für Soziales, Arbeit und Gesundheit",
    });
    const held = await make.meeting(scope, {
      committeeId: socialCommittee.id,
      meetingDate: "2024-03-05",
    });
    await make.paper(scope, { committeeId: socialCommittee.id, meetingId: held.id });
    const adopted = await make.concept(scope, {
      committeeId: kreistag,
      decidedOn: "2023-03-15",
      fields: [{ title: "Ausbildung und Arbeit" }, { title: "Sprache und Bildung" }],
    });
    const options = (
      await t.app.inject({ url: "/api/v1/measures/options", headers: editor })
    ).json<MeasureOptions>();
    await make.fund(scope, {
      committeeId: kreistag,
      name: "Mittel für Sprachkurse 2024",
      fiscalYear: 2024,
      estimateCents: 100_000_000,
      decidedOn: "2024-01-01",
      purpose: [
        {
          kind: "measureType",
          measureTypeId: options.measureTypes.find((m) => m.key === "languageCourse")?.id ?? "",
          actionFieldLineageId:
            adopted.actionFields.find((f) => f.title === "Sprache und Bildung")?.lineageId ?? "",
        },
      ],
    });
    council = (await t.app.inject({ url: "/api/v1/council" })).json<Council>();
    concept = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>();
    overview = (await t.app.inject({ url: "/api/v1/overview" })).json<Overview>();
  });
  afterAll(async () => t?.close());

  it("records the Ausschuss's resolution on the pending paper and applies its effects", async () => {
    const paper = council.papers[0];
    const fund = overview.funds.find((f) => f.name === "Mittel für Sprachkurse 2024");
    expect(overview.focus).toBeNull();
    expect(overview.pendingPapers.map((p) => p.id)).toContain(paper?.id);
    expect(fund?.purpose.map((p) => p.kind)).toEqual(["measureType"]);
    expect(overview.reportingDuties).toEqual([]);

    const response = await record({
      committeeId: social().id,
      paperId: paper?.id,
      decidedOn: "2024-03-05",
      outcome: "adopted",
      text: "Beschluss wie vorgeschlagen.",
      effects: [
        { type: "confirmConceptVersion", conceptVersionId: concept.current?.id },
        { type: "setFocus", actionFieldLineageId: languageField().lineageId },
        {
          type: "changeFundPurpose",
          fundId: fund?.id,
          purpose: [{ kind: "actionField", actionFieldLineageId: languageField().lineageId }],
        },
        { type: "requireReporting", committeeId: social().id, cadence: "halfYearly" },
      ],
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<Resolution>();
    expect(created).toMatchObject({ outcome: "adopted", committee: { name: social().name } });
    expect(created.paper?.id).toBe(paper?.id);
    expect(created.consultationId).not.toBeNull();

    const after = (await t.app.inject({ url: "/api/v1/overview" })).json<Overview>();
    expect(after.focus).toMatchObject({
      actionFieldTitle: "Sprache und Bildung",
      validFrom: "2024-03-05",
      resolution: { id: created.id, committee: social().name, decidedOn: "2024-03-05" },
    });
    const widened = after.funds.find((f) => f.id === fund?.id);
    expect(widened?.purpose).toEqual([
      expect.objectContaining({ kind: "actionField", actionField: "Sprache und Bildung" }),
    ]);
    expect(after.reportingDuties).toEqual([
      expect.objectContaining({ committee: social().name, cadence: "halfYearly" }),
    ]);
    // The paper's consultation has its outcome; it is no longer pending.
    expect(after.pendingPapers.map((p) => p.id)).not.toContain(paper?.id);
    const reread = (await t.app.inject({ url: `/api/v1/papers/${paper?.id}` })).json<Paper>();
    expect(reread.consultations[0]?.outcome).toBe("adopted");
    // The old purpose entry is closed the day before, not deleted.
    const entries = await t.database.query<{ kind: string; valid_to: string | null }>(
      "select kind, valid_to::text from fund_purpose_entry order by valid_from",
    );
    expect(entries).toEqual([
      { kind: "measureType", valid_to: "2024-03-04" },
      { kind: "actionField", valid_to: null },
    ]);
  });

  it("corrects a resolution only by a later one; the audit trail shows both", async () => {
    const dutiesBefore = (await t.app.inject({ url: "/api/v1/overview" })).json<Overview>()
      .reportingDuties;
    const wrong = (
      await record({
        committeeId: social().id,
        decidedOn: "2024-06-01",
        outcome: "adopted",
        text: "Berichtspflicht vierteljährlich (versehentlich erfasst).",
        effects: [{ type: "requireReporting", committeeId: social().id, cadence: "quarterly" }],
      })
    ).json<Resolution>();
    const duties = (await t.app.inject({ url: "/api/v1/overview" })).json<Overview>()
      .reportingDuties;
    const quarterly = duties.find((d) => d.cadence === "quarterly");
    expect(quarterly).toBeDefined();

    const correction = await record({
      committeeId: social().id,
      decidedOn: "2024-06-01",
      outcome: "adopted",
      text: "Berichtigung: die Berichtspflicht vom 01.06.2024 war ein Erfassungsfehler.",
      correctsResolutionId: wrong.id,
      effects: [{ type: "endReporting", reportingDutyId: quarterly?.id, validTo: "2024-05-31" }],
    });
    expect(correction.statusCode).toBe(201);
    const reread = (
      await t.app.inject({ url: `/api/v1/resolutions/${wrong.id}` })
    ).json<Resolution>();
    expect(reread.correctedBy).toEqual([correction.json<Resolution>().id]);
    expect(reread.text).toBe(wrong.text);
    const after = (await t.app.inject({ url: "/api/v1/overview" })).json<Overview>();
    // Only the wrongly recorded duty ended; the ones before it remain.
    expect(after.reportingDuties).toEqual(dutiesBefore);
    const actions = await t.database.query<{ action: string }>(
      "select action from audit_event where entity_type = 'resolution' order by occurred_at",
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["resolution.record", "resolution.correct"]),
    );
  });

  it("cannot be changed or deleted through the API or in the database", async () => {
    const [first] = (await t.app.inject({ url: "/api/v1/resolutions" })).json<{
      items: Resolution[];
    }>().items;
    for (const method of ["PATCH", "PUT", "DELETE"] as const) {
      const response = await t.app.inject({
        method,
        url: `/api/v1/resolutions/${first?.id}`,
        payload: method === "DELETE" ? undefined : { text: "geändert" },
        headers: editor,
      });
      expect(response.statusCode).toBe(404);
    }
    await expect(t.database.query("update resolution set text = 'geändert'")).rejects.toThrow(
      /unveränderlich/,
    );
    const reread = (
      await t.app.inject({ url: `/api/v1/resolutions/${first?.id}` })
    ).json<Resolution>();
    expect(reread.text).toBe(first?.text);
  });

  it("refuses effects on a rejected resolution and a bad effect undoes everything", async () => {
    const before = await auditCount();
    const count = (await t.app.inject({ url: "/api/v1/resolutions" })).json<{ items: unknown[] }>()
      .items.length;
    const rejected = await record({
      committeeId: social().id,
      decidedOn: "2024-07-01",
      outcome: "rejected",
      text: "Abgelehnt.",
      effects: [{ type: "requireReporting", committeeId: social().id, cadence: "yearly" }],
    });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().errors).toEqual([{ path: "effects", message: expect.any(String) }]);

    const badSecond = await record(
      {
        committeeId: social().id,
        decidedOn: "2024-07-01",
        outcome: "adopted",
        text: "Zwei Wirkungen, die zweite unzulässig.",
        effects: [
          { type: "requireReporting", committeeId: social().id, cadence: "yearly" },
          { type: "adoptConceptVersion", conceptVersionId: concept.current?.id },
        ],
      },
      { ...editor, "accept-language": "de" },
    );
    expect(badSecond.statusCode).toBe(409);
    expect(badSecond.json().detail).toContain("Nur ein Entwurf kann beschlossen werden");
    expect(await auditCount()).toBe(before);
    const after = (await t.app.inject({ url: "/api/v1/resolutions" })).json<{ items: unknown[] }>();
    expect(after.items).toHaveLength(count);
  });

  it("reports invalid effects field by field", async () => {
    const response = await record(
      {
        committeeId: social().id,
        decidedOn: "05.03.2024",
        outcome: "adopted",
        text: "x",
        effects: [
          { type: "grantFund", name: "", fiscalYear: 2025, estimateCents: 10.5, purpose: [] },
        ],
      },
      { ...editor, "accept-language": "en" },
    );
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["decidedOn", "effects.0.name", "effects.0.estimateCents"]),
    );
  });

  it("adopts a draft version, supersedes the previous one, and grants a fund in cents", async () => {
    const draft = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/concept/versions",
        payload: { title: "Fortschreibung 2025" },
        headers: editor,
      })
    ).json<{ id: string }>();
    const response = await record({
      committeeId: committee("Kreisausschuss").id,
      decidedOn: "2025-02-01",
      outcome: "adoptedAmended",
      text: "Fortschreibung beschlossen; Mittel für 2025.",
      effects: [
        { type: "adoptConceptVersion", conceptVersionId: draft.id },
        {
          type: "grantFund",
          name: "Mittel Sprache und Bildung 2025",
          fiscalYear: 2025,
          estimateCents: 75_000_000,
          purpose: [{ kind: "actionField", actionFieldLineageId: languageField().lineageId }],
        },
      ],
    });
    expect(response.statusCode).toBe(201);
    const after = (await t.app.inject({ url: "/api/v1/concept" })).json<Concept>();
    expect(after.current?.id).toBe(draft.id);
    expect(after.current?.adoptedBy?.committee).toBe("Kreisausschuss");
    expect(after.versions.find((v) => v.id === concept.current?.id)?.status).toBe("superseded");
    const overviewNow = (await t.app.inject({ url: "/api/v1/overview" })).json<Overview>();
    expect(overviewNow.funds.find((f) => f.fiscalYear === 2025)).toMatchObject({
      estimateCents: 75_000_000,
      grantedBy: "Kreisausschuss",
    });
    // The ledger's fund names the resolution that granted it.
    const funds = (await t.app.inject({ url: "/api/v1/funds" })).json<{ items: Fund[] }>();
    expect(funds.items.find((f) => f.fiscalYear === 2025)?.grantedBy).toEqual({
      id: response.json<{ id: string }>().id,
      committee: "Kreisausschuss",
      decidedOn: "2025-02-01",
    });
  });

  it("refuses writes from the public and from partners", async () => {
    const partner = await t.signIn("partner");
    const response = await record(
      { committeeId: social().id, decidedOn: "2024-01-01", outcome: "noted", text: "x" },
      partner,
    );
    expect(response.statusCode).toBe(403);
  });
});
