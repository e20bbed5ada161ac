import { describe, expect, it } from "vitest";
import { type MeasureInput, measureReport } from "./measure-section";

const rec = (field: number, goal: number, r: number) => ({
  field: ["Ausbildung und Arbeit", "Sprache und Bildung"][field - 1] as string,
  fieldPosition: field,
  goal: `Ziel ${field}.${goal}`,
  goalPosition: goal,
  recommendation: `Empfehlung ${field}.${goal}.${r}`,
  recommendationPosition: r,
});

const measure = (over: Partial<MeasureInput> & { id: string }): MeasureInput => ({
  title: `Maßnahme ${over.id}`,
  status: "inProgress",
  statusAtStart: "inProgress",
  completion: 40,
  overdue: false,
  isPublic: true,
  organisation: "VHS",
  update: null,
  recommendations: [rec(2, 1, 1)],
  milestones: [],
  money: undefined,
  ...over,
});

const base = {
  fields: [
    { position: 1, title: "Ausbildung und Arbeit" },
    { position: 2, title: "Sprache und Bildung" },
  ],
  period: { from: "2026-06-11", to: "2026-12-10" },
  basis: "2026-12-06",
  staleDays: 183,
  fullLimit: 20,
  publicSession: false,
};

describe("the report's per-measure section", () => {
  it("quotes the latest Sachstand inside the period with its organisation; older ones are not quoted", () => {
    const r = measureReport({
      ...base,
      measures: [
        measure({
          id: "a",
          update: {
            reportedOn: "2026-11-20",
            light: "yellow",
            text: "14 Teilnehmende",
            organisation: "VHS",
          },
        }),
        measure({
          id: "b",
          update: { reportedOn: "2024-03-01", light: "green", text: "alt", organisation: null },
        }),
      ],
    });
    const [a, b] = r.fields[0]?.goals[0]?.measures ?? [];
    expect(r.fields.map((f) => f.title)).toEqual(["Sprache und Bildung"]);
    expect(a).toMatchObject({
      light: "yellow",
      lightOn: "2026-11-20",
      stale: false,
      update: { text: "14 Teilnehmende", on: "2026-11-20", organisation: "VHS" },
      recommendation: { number: "2.1.1", title: "Empfehlung 2.1.1" },
    });
    expect(b).toMatchObject({ light: "green", stale: true, update: null });
  });

  it("tells at most the limit in full, the most telling first, and counts the rest by status", () => {
    const measures = [
      measure({ id: "quiet1" }),
      measure({ id: "quiet2", status: "planned" }),
      measure({
        id: "red",
        recommendations: [rec(1, 1, 1)],
        update: { reportedOn: "2026-10-01", light: "red", text: "Probleme", organisation: null },
      }),
      measure({ id: "late", overdue: true }),
    ];
    const r = measureReport({ ...base, fullLimit: 2, measures });
    const told = r.fields.flatMap((f) => f.goals.flatMap((g) => g.measures.map((m) => m.id)));
    expect(told.sort()).toEqual(["late", "red"]);
    expect(r.fields.find((f) => f.position === 2)?.notTold).toMatchObject({
      inProgress: 1,
      planned: 1,
    });
    expect(told).not.toContain("quiet1");
    // The county's own staff are named as the administration, never a person.
    expect(
      r.fields.find((f) => f.position === 1)?.goals[0]?.measures[0]?.update?.organisation,
    ).toBe("Kreisverwaltung");
  });

  it("lists only public measures for a public session and leaves out what ended before the period", () => {
    const r = measureReport({
      ...base,
      publicSession: true,
      measures: [
        measure({ id: "public" }),
        measure({ id: "internal", isPublic: false }),
        measure({ id: "old", statusAtStart: "completed", status: "completed" }),
      ],
    });
    const told = r.fields.flatMap((f) => f.goals.flatMap((g) => g.measures.map((m) => m.id)));
    expect(told).toEqual(["public"]);
    expect(r.nonPublicCount).toBe(1);
    // Texts and milestone titles are internal: a public session says that and when, not what.
    const shown = measureReport({
      ...base,
      publicSession: true,
      measures: [
        measure({
          id: "p",
          update: { reportedOn: "2026-11-01", light: "green", text: "intern", organisation: "VHS" },
          milestones: [{ title: "intern", dueOn: "2026-07-01", doneOn: null }],
        }),
      ],
    }).fields[0]?.goals[0]?.measures[0];
    expect(shown?.update).toEqual({ text: "", on: "2026-11-01", organisation: "VHS" });
    expect(shown?.milestones[0]?.title).toBe("");
  });

  it("names milestones due in the period, and missed ones", () => {
    const r = measureReport({
      ...base,
      measures: [
        measure({
          id: "m",
          milestones: [
            { title: "erledigt", dueOn: "2026-07-01", doneOn: "2026-06-30" },
            { title: "versäumt", dueOn: "2026-05-01", doneOn: null },
            { title: "offen", dueOn: "2026-12-09", doneOn: null },
          ],
        }),
      ],
    });
    expect(r.fields[0]?.goals[0]?.measures[0]?.milestones.map((m) => [m.title, m.missed])).toEqual([
      ["erledigt", false],
      ["versäumt", true],
      ["offen", false],
    ]);
  });
});
