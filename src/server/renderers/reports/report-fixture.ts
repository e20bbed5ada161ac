import type {
  IndicatorSection,
  MeasureEntry,
  MeasureReport,
  ReportSnapshot,
} from "./report-snapshot";

/** A report snapshot for tests and benchmarks of the renderers (no database needed). */
export function exampleSnapshot(overrides: Partial<ReportSnapshot> = {}): ReportSnapshot {
  const fields = [
    "Sprache und Bildung",
    "Ausbildung und Arbeit",
    "Gesundheit",
    "Wohnen",
    "Gesellschaftliche Teilhabe",
  ];
  return {
    schemaVersion: 1,
    status: "final",
    issuer: "Landkreis Rotenburg (Wümme)",
    title: "Sachstandsbericht Integrationskonzept 2. Halbjahr 2024",
    committee: {
      id: "00000000-0000-4000-8000-000000000001",
      name: "Ausschuss für Soziales, Arbeit und Gesundheit",
    },
    period: { from: "2024-07-01", to: "2024-12-31" },
    asOf: "2025-01-10",
    publicSession: true,
    introText:
      "Die Koordinierungsstelle Migration und Teilhabe berichtet über das zweite Halbjahr.\n\nÄnderungen gegenüber dem Plan: <keine>.",
    closingText: "Der nächste Bericht folgt im Sommer.",
    proposedResolution: "Der Ausschuss nimmt den Bericht zur Kenntnis.",
    concept: {
      title: "Integrationskonzept des Landkreises Rotenburg (Wümme)",
      adoptedOn: "2018-03-08",
      adoptedBy: "Kreistag",
      focus: {
        actionField: "Sprache und Bildung",
        validFrom: "2024-03-05",
        validTo: null,
        basis: "Empfehlung der Arbeitsgruppe vom 29.11.2023.",
      },
      decisions: [
        {
          decidedOn: "2018-03-08",
          committee: "Kreistag",
          text: "Das Integrationskonzept wird beschlossen.",
        },
        {
          decidedOn: "2024-03-05",
          committee: "Ausschuss für Soziales, Arbeit und Gesundheit",
          text: "Schwerpunkt Sprache und Bildung.",
        },
      ],
    },
    actionFields: fields.map((title, i) => ({
      position: i + 1,
      title,
      isFocus: i === 0,
      byStatus: { planned: i, inProgress: 3 + i, completed: 1, paused: 0, dropped: i % 2 },
      startedInPeriod: i === 0 ? ["Sprachkurs A1 Zeven", "Sprachcafé Bremervörde"] : [],
      endedInPeriod: i === 1 ? ["Berufssprachkurs im Betrieb"] : [],
      overdue: i === 2 ? ["Gesundheitslotsen"] : [],
    })),
    money: {
      funds: [
        {
          name: "Mittel für Sprachkurse 2024",
          fiscalYear: 2024,
          grantedCents: 100_000_000,
          boundCents: 1_234_567,
          paidCents: 50_000_00,
          freeCents: 100_000_000 - 1_234_567 - 50_000_00,
        },
      ],
      fields: fields.map((title, i) => ({
        title,
        boundCents: i === 0 ? 1_234_567 : 0,
        paidCents: i === 0 ? 5_000_000 : 0,
      })),
    },
    capacity: { months: 6, capacityFte: 3.5, demandFte: 3.75, overAllocatedMonths: ["2024-11"] },
    indicators: { status: "noData" },
    sinceLastReport: {
      previous: null,
      newMeasures: [],
      finishedMeasures: [],
      money: [],
      indicatorsChanged: [],
    },
    measureStates: [],
    presentedOn: "2025-03-12",
    meeting: {
      name: "Sitzung des Ausschusses für Soziales, Arbeit und Gesundheit",
      date: "2025-03-12",
    },
    paper: null,
    measureReport: exampleMeasureReport(),
    indicatorProposals: [],
    ...overrides,
  };
}

/** One measure entry of the per-measure section, with what it says overridden. */
export function exampleMeasure(overrides: Partial<MeasureEntry> = {}): MeasureEntry {
  return {
    id: "00000000-0000-4000-8000-0000000000a1",
    title: "Wohnortnahe Sprachkurse mit Kinderbetreuung",
    organisation: "Volkshochschule (Beispiel)",
    status: "inProgress",
    light: "yellow",
    lightOn: "2024-11-20",
    stale: false,
    completion: 50,
    overdue: false,
    update: {
      text: "Zwei Kurse laufen mit 14 Teilnehmenden, ein dritter beginnt im Januar.",
      on: "2024-11-20",
      organisation: "Volkshochschule (Beispiel)",
    },
    milestones: [
      { title: "Dritter Kurs gestartet", dueOn: "2024-12-01", doneOn: null, missed: true },
    ],
    committedCents: 1_234_567,
    paidCents: 5_000_000,
    recommendation: { number: "1.1.1", title: "Sprachkurse wohnortnah anbieten" },
    ...overrides,
  };
}

/** The per-measure section: one measure told in full, a stale one, and two only counted. */
export function exampleMeasureReport(): MeasureReport {
  return {
    fullLimit: 20,
    staleDays: 183,
    nonPublicCount: 1,
    fields: [
      {
        position: 1,
        title: "Sprache und Bildung",
        goals: [
          {
            title: "1.1 Sprachkenntnisse verbessern",
            measures: [
              exampleMeasure(),
              exampleMeasure({
                id: "00000000-0000-4000-8000-0000000000a2",
                title: "Sprachcafé im Kreishaus",
                light: "green",
                lightOn: "2024-03-01",
                stale: true,
                update: null,
                milestones: [],
                committedCents: 0,
                paidCents: 0,
              }),
            ],
          },
        ],
        notTold: { planned: 1, inProgress: 1, completed: 0, paused: 0, dropped: 0 },
      },
    ],
  };
}

/**
 * An indicator section with chart figures: a quarterly count added up within the year, a yearly
 * share that is lower-is-better, and a monthly mean of a count with two months withheld (public session).
 */
export function exampleIndicators(): IndicatorSection {
  return {
    status: "data",
    items: [
      {
        name: "B1-Prüfungen bestanden",
        unit: null,
        value: 26,
        target: 40,
        light: "green",
        chart: {
          periodicity: "quarter",
          cumulative: true,
          series: [
            { period: "2023-Q1", value: 6 },
            { period: "2023-Q2", value: 9 },
            { period: "2023-Q3", value: 7 },
            { period: "2023-Q4", value: 10 },
            { period: "2024-Q1", value: 8 },
            { period: "2024-Q2", value: 11 },
            { period: "2024-Q3", value: 7 },
          ],
          targets: [
            { year: 2023, value: 30 },
            { year: 2024, value: 40 },
          ],
        },
      },
      {
        name: "Wartezeit auf einen Sprachkurs",
        unit: "Tage",
        value: 48.5,
        target: 42,
        light: "yellow",
        chart: {
          periodicity: "year",
          cumulative: false,
          series: [
            { period: "2023", value: 61 },
            { period: "2024", value: 48.5 },
          ],
          targets: [
            { year: 2023, value: 50 },
            { year: 2024, value: 42 },
          ],
        },
      },
      {
        name: "Teilnehmende in Erstorientierungskursen",
        unit: null,
        value: null,
        target: 15,
        light: "red",
        chart: {
          periodicity: "month",
          cumulative: false,
          series: [
            { period: "2024-07", value: 14 },
            { period: "2024-08", value: null },
            { period: "2024-09", value: 11 },
            { period: "2024-10", value: 9 },
            { period: "2024-11", value: null },
            { period: "2024-12", value: 12 },
          ],
          targets: [{ year: 2024, value: 15 }],
        },
      },
    ],
  };
}

/**
 * A snapshot with the shape of the large synthetic county's report (bench/lib/data.ts: 2,000
 * measures, 60 indicators) without a database: 12 action fields with long running lists, the
 * per-measure section with 20 measures told in full, 40 funds, 60 indicators of which 6 are
 * drawn, and a previous report to compare with. Long enough for a table of contents and tables
 * that run over pages.
 */
export function largeSnapshot(): ReportSnapshot {
  const base = exampleSnapshot({ indicators: exampleIndicators() });
  const charted = base.indicators.status === "data" ? base.indicators.items : [];
  const fieldTitles = Array.from({ length: 12 }, (_, i) => `Handlungsfeld ${i + 1} – Teilhabe`);
  const names = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix} Maßnahme Nr. ${i + 1}`);
  const lights = ["red", "yellow", "green", "grey"] as const;
  return {
    ...base,
    title: "Sachstandsbericht Integrationskonzept 2. Halbjahr 2024 (Großer Landkreis)",
    issuer: "Landkreis Großstadt-Süd (Übungsdaten)",
    actionFields: fieldTitles.map((title, i) => ({
      position: i + 1,
      title,
      isFocus: i === 0,
      byStatus: { planned: 40 + i, inProgress: 80 + i, completed: 30, paused: 5, dropped: 2 },
      startedInPeriod: names(`Begonnene (${i + 1})`, 14),
      endedInPeriod: names(`Beendete (${i + 1})`, 3),
      overdue: names(`Überfällige (${i + 1})`, 12),
    })),
    money: {
      funds: Array.from({ length: 40 }, (_, i) => ({
        name: `Förderprogramm Nr. ${i + 1} für Integrationsmaßnahmen`,
        fiscalYear: 2024,
        grantedCents: 25_000_000 + i * 100_000,
        boundCents: 10_000_000,
        paidCents: 5_000_000 + i,
        blockedCents: i % 3 ? 0 : 1_000_000,
        lapsedCents: 0,
        freeCents: 10_000_000 + i * 100_000 - i - (i % 3 ? 0 : 1_000_000),
      })),
      fields: fieldTitles.map((title, i) => ({
        title,
        boundCents: 1_000_000 * (i + 1),
        paidCents: 500_000 * (i + 1),
      })),
    },
    measureReport: {
      fullLimit: 20,
      staleDays: 183,
      nonPublicCount: 7,
      fields: fieldTitles.map((title, f) => ({
        position: f + 1,
        title,
        goals:
          f < 5
            ? [1, 2].map((g) => ({
                title: `${f + 1}.${g} Handlungsziel für Teilhabe und Sprache`,
                measures: [1, 2].map((m) =>
                  exampleMeasure({
                    id: `00000000-0000-4000-8000-${String(f * 100 + g * 10 + m).padStart(12, "0")}`,
                    title: `Maßnahme ${f + 1}.${g}.${m}: Sprachkurse und Beratung vor Ort`,
                    light: lights[(f + g + m) % 3] ?? "green",
                  }),
                ),
              }))
            : [],
        notTold: { planned: 40, inProgress: 80, completed: 30, paused: 5, dropped: 2 },
      })),
    },
    indicators: {
      status: "data",
      items: Array.from({ length: 60 }, (_, i) => {
        const like = charted[i % charted.length];
        if (!like) throw new Error("fixture without indicators");
        return {
          ...like,
          name: `${like.name} (Kennzahl ${i + 1})`,
          light: lights[i % 4] ?? "green",
        };
      }),
    },
    indicatorChartLimit: 6,
    sinceLastReport: {
      previous: {
        id: "00000000-0000-4000-8000-0000000000f1",
        title: "Sachstandsbericht 1. Halbjahr 2024",
        periodTo: "2024-06-30",
        finalisedOn: "2024-07-15",
      },
      newMeasures: names("Neue", 30),
      finishedMeasures: names("Abgeschlossene", 8),
      money: Array.from({ length: 40 }, (_, i) => ({
        name: `Förderprogramm Nr. ${i + 1} für Integrationsmaßnahmen`,
        boundDeltaCents: 100_000 * i,
        paidDeltaCents: -5_000 * i,
      })),
      indicatorsChanged: [{ name: "B1-Prüfungen bestanden", from: "green", to: "yellow" }],
    },
  };
}
