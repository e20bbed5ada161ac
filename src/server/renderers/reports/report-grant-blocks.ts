import { formatEuro as euro } from "../../../domain/money";
import { germanDate } from "./german-format";
import type { ReportBlock } from "./report-document";
import type { GrantFiguresRow, ReportSnapshot } from "./report-snapshot";

function table(
  caption: string,
  first: string,
  rows: { name: string; figures: GrantFiguresRow }[],
): ReportBlock {
  const sum = (part: keyof GrantFiguresRow) => rows.reduce((n, r) => n + r.figures[part], 0);
  return {
    kind: "table",
    caption,
    header: [first, "Bewilligungen", "bewilligt", "gezahlt"],
    rows: [
      ...rows.map((r) => [
        r.name,
        String(r.figures.grants),
        euro(r.figures.grantedCents),
        euro(r.figures.paidCents),
      ]),
      ["Summe", String(sum("grants")), euro(sum("grantedCents")), euro(sum("paidCents"))],
    ],
    numeric: [false, true, true, true],
  };
}

/**
 * Zuwendungen an Träger: granted and paid per programme and per provider organisation (paid net
 * of what came back after a proof of use), as of the report's date. Older snapshots: nothing.
 */
export function grantBlocks(s: ReportSnapshot): ReportBlock[] {
  if (!s.grants) return [];
  const heading: ReportBlock = { kind: "heading", level: 3, text: "Zuwendungen an Träger" };
  if (!s.grants.programmes.length)
    return [heading, { kind: "text", text: "Bisher ist keine Zuwendung bewilligt." }];
  return [
    heading,
    {
      // A note on the tables below (italic: kept with the first table in the DOCX too).
      kind: "text",
      italic: true,
      text: `Bewilligte Zuwendungen und die darauf gezahlten Beträge (abzüglich Rückforderungen nach dem Verwendungsnachweis), Stand ${germanDate(s.asOf)}.`,
    },
    table(
      "Zuwendungen je Förderaufruf",
      "Förderaufruf",
      s.grants.programmes.map((p) => ({ name: p.title, figures: p })),
    ),
    table(
      "Zuwendungen je Träger",
      "Träger",
      s.grants.providers.map((p) => ({ name: p.name, figures: p })),
    ),
  ];
}
