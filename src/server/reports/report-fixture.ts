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
