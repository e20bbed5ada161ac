import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { type ExportCell, writeXlsx } from "../../../platform/tabular/xlsx-table";

/**
 * A realistic concept outline of a fictitious county ("Landkreis Muster"): 4 Handlungsfelder,
 * 12 Handlungsziele, 30 Handlungsempfehlungen. It is written as the example DOCX and the XLSX
 * template in docs/import/ (scripts/concept-import-samples.ts) and used by the import tests.
 */
const sampleOutline: {
  title: string;
  text: string;
  goals: { title: string; text: string; recommendations: string[] }[];
}[] = [
  {
    title: "Sprache und Bildung",
    text: "Alle Zugewanderten können früh und ohne Wartezeit Deutsch lernen.",
    goals: [
      {
        title: "Sprachförderung in der Kita ausbauen",
        text: "Kinder mit Sprachförderbedarf werden bis zur Einschulung begleitet.",
        recommendations: [
          "Sprachkitas in allen Gemeinden einrichten",
          "Fachkräfte für Deutsch als Zweitsprache qualifizieren",
          "Eltern in die Sprachförderung einbeziehen",
        ],
      },
      {
        title: "Integrationskurse ohne Wartezeit",
        text: "Niemand wartet länger als drei Monate auf einen Kursplatz.",
        recommendations: [
          "Kursplätze mit den Trägern jährlich planen",
          "Kinderbetreuung während der Kurse anbieten",
        ],
      },
      {
        title: "Schulische Bildung sichern",
        text: "Seiteneinsteigende erreichen einen Schulabschluss.",
        recommendations: [
          "Sprachlernklassen an weiterführenden Schulen ausbauen",
          "Lernpatenschaften vermitteln",
          "Übergänge von der Sprachlernklasse in die Regelklasse begleiten",
        ],
      },
    ],
  },
  {
    title: "Ausbildung und Arbeit",
    text: "Zugewanderte finden eine Arbeit, die ihrer Qualifikation entspricht.",
    goals: [
      {
        title: "Berufsabschlüsse anerkennen",
        text: "Anerkennungsverfahren werden beraten und begleitet.",
        recommendations: [
          "Anerkennungsberatung im Jobcenter anbieten",
          "Kosten der Anerkennung übernehmen",
        ],
      },
      {
        title: "Ausbildung ermöglichen",
        text: "Junge Zugewanderte beginnen eine Ausbildung.",
        recommendations: [
          "Ausbildungsbegleitung durch Mentorinnen und Mentoren",
          "Berufssprachkurse mit der Berufsschule abstimmen",
          "Betriebe für Praktika gewinnen",
        ],
      },
      {
        title: "Arbeitgeber gewinnen",
        text: "Betriebe im Landkreis stellen Zugewanderte ein.",
        recommendations: [
          "Arbeitgeberservice für Fragen zum Aufenthaltsrecht",
          "Jobmessen mit den Kammern",
        ],
      },
    ],
  },
  {
    title: "Wohnen und Zusammenleben",
    text: "Zugewanderte wohnen dezentral und sind in der Nachbarschaft zu Hause.",
    goals: [
      {
        title: "Wohnraum vermitteln",
        text: "Geflüchtete ziehen aus Gemeinschaftsunterkünften in eigene Wohnungen.",
        recommendations: [
          "Wohnraumbörse mit den Gemeinden führen",
          "Mietverträge durch Bürgschaften absichern",
          "Auszugsberatung in den Unterkünften",
        ],
      },
      {
        title: "Nachbarschaften stärken",
        text: "Begegnung in Vereinen und Quartieren.",
        recommendations: [
          "Vereine bei interkulturellen Angeboten unterstützen",
          "Quartierstreffs fördern",
        ],
      },
      {
        title: "Ehrenamt begleiten",
        text: "Ehrenamtliche werden geschult und entlastet.",
        recommendations: [
          "Ehrenamtskoordination im Landkreis einrichten",
          "Fortbildungen für Ehrenamtliche anbieten",
          "Ehrenamtspreis ausloben",
        ],
      },
    ],
  },
  {
    title: "Gesundheit und Beratung",
    text: "Zugewanderte kennen die Angebote des Gesundheitswesens und nutzen sie.",
    goals: [
      {
        title: "Zugang zur Gesundheitsversorgung",
        text: "Sprachbarrieren in der Versorgung werden abgebaut.",
        recommendations: [
          "Dolmetscherpool für Arztbesuche aufbauen",
          "Gesundheitslotsen ausbilden",
        ],
      },
      {
        title: "Psychosoziale Unterstützung",
        text: "Traumatisierte Geflüchtete erhalten Hilfe.",
        recommendations: [
          "Psychosoziale Beratungsstelle einrichten",
          "Fachkräfte in traumasensibler Arbeit schulen",
          "Wartezeiten auf Therapieplätze erfassen",
        ],
      },
      {
        title: "Migrationsberatung vernetzen",
        text: "Beratungsstellen arbeiten abgestimmt.",
        recommendations: [
          "Netzwerktreffen der Beratungsstellen zweimal im Jahr",
          "Wegweiser in einfacher Sprache",
        ],
      },
    ],
  },
];

/** The outline as a Word document: numbered headings, text under each, recommendations as Heading 3. */
export async function sampleConceptDocx(outline = sampleOutline): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({
      text: "Integrationskonzept des Landkreises Muster",
      heading: HeadingLevel.TITLE,
    }),
    new Paragraph("Beschlossen vom Kreistag. Dieses Deckblatt wird beim Import übersprungen."),
  ];
  outline.forEach((field, f) => {
    children.push(
      new Paragraph({ text: `${f + 1} ${field.title}`, heading: HeadingLevel.HEADING_1 }),
    );
    children.push(new Paragraph(field.text));
    field.goals.forEach((goal, g) => {
      children.push(
        new Paragraph({ text: `${f + 1}.${g + 1} ${goal.title}`, heading: HeadingLevel.HEADING_2 }),
      );
      children.push(new Paragraph(goal.text));
      goal.recommendations.forEach((rec, r) => {
        children.push(
          new Paragraph({
            text: `${f + 1}.${g + 1}.${r + 1} ${rec}`,
            heading: HeadingLevel.HEADING_3,
          }),
        );
      });
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The outline as the XLSX template: Ebene, Nummer, Titel, Beschreibung. */
export async function sampleConceptXlsx(outline = sampleOutline): Promise<Buffer> {
  const rows: ExportCell[][] = [];
  outline.forEach((field, f) => {
    rows.push([1, `${f + 1}`, field.title, field.text]);
    field.goals.forEach((goal, g) => {
      rows.push([2, `${f + 1}.${g + 1}`, goal.title, goal.text]);
      goal.recommendations.forEach((rec, r) => {
        rows.push([3, `${f + 1}.${g + 1}.${r + 1}`, rec, null]);
      });
    });
  });
  return writeXlsx(
    "Konzept",
    [
      { header: "Ebene", kind: "number", width: 8 },
      { header: "Nummer", kind: "text", width: 10 },
      { header: "Titel", kind: "text", width: 60 },
      { header: "Beschreibung", kind: "text", width: 80 },
    ],
    rows,
  );
}
