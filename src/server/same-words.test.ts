import { describe, expect, it } from "vitest";
import {
  committeeKinds,
  consultationRoleLabels,
  consultationRoles,
  paperKindLabels,
  paperKinds,
  resolutionOutcomeLabels,
  resolutionOutcomes,
} from "../domain/council-vocabulary";
import { trafficLightLabels, trafficLights } from "../domain/measure-progress";
import { measureStatuses, measureStatusLabels } from "../domain/measure-status";
import { committeeClassification, consultationRoleName, paperTypeOf } from "../domain/oparl-terms";
import { checkProgressRow } from "../domain/progress-import";
import webDe from "../web/i18n/locales/de.json";
import webEn from "../web/i18n/locales/en.json";
import { de as siteDe } from "./read-models/public-site/locales/de";
import { en as siteEn } from "./read-models/public-site/locales/en";
import {
  exampleMeasure,
  exampleMeasureReport,
  exampleSnapshot,
} from "./renderers/reports/report-fixture";
import { reportHtmlFragment } from "./renderers/reports/report-html";
import { lightText } from "./renderers/reports/report-measure-blocks";

/**
 * One word per value, whoever shows it: the web (its German i18n file), the committee reports
 * (DOCX/PDF/HTML share one document model), the public site, the exports and OParl. The German
 * words live in src/domain; this test catches a reader that writes its own.
 */

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("a measure's status has one word in every reader", () => {
  it.each(measureStatuses)("%s", (status) => {
    const word = measureStatusLabels[status];
    expect(webDe.measures.status[status]).toBe(word);
    expect(siteDe[`status_${status}`]).toBe(word);
    // English: the web and the public site agree too.
    expect(siteEn[`status_${status}`]).toBe(webEn.measures.status[status]);
  });

  it("the report's status table and measure lines use the same words", () => {
    const report = exampleMeasureReport();
    const first = report.fields[0]?.goals[0];
    if (!first) throw new Error("fixture");
    first.measures = measureStatuses.map((status, i) =>
      exampleMeasure({ id: `m${i}`, title: `Maßnahme ${i}`, status }),
    );
    const shown = text(reportHtmlFragment(exampleSnapshot({ measureReport: report })));
    for (const status of measureStatuses) {
      expect(shown).toContain(`Stand: ${measureStatusLabels[status]},`);
    }
  });
});

describe("a traffic light has one word in every reader", () => {
  it.each(trafficLights)("%s", (light) => {
    const word = trafficLightLabels[light];
    // The web may explain the word after it: "grau (nicht begonnen)".
    const web = webDe.measures.light[light];
    expect(web === word || web.startsWith(`${word} (`)).toBe(true);
    expect(lightText({ light, lightOn: "2024-11-20", stale: false })).toBe(
      `${word} (Stand 20.11.2024)`,
    );
    // The export writes the word; the progress import reads it back as the same light.
    const row = checkProgressRow(
      { Maßnahme: "M", Datum: "01.01.2024", Ampel: word, Sachstand: "x" },
      { measures: [{ id: "m", title: "M" }], today: "2024-12-31" },
    );
    expect(row.update?.trafficLight).toBe(light);
  });
});

describe("council words: the web, the paper documents and OParl agree", () => {
  it.each(consultationRoles)("consultation role %s", (role) => {
    expect(webDe.overview.papers.roles[role]).toBe(consultationRoleLabels[role]);
    expect(consultationRoleName[role]).toBe(consultationRoleLabels[role]);
  });

  it.each(resolutionOutcomes)("resolution outcome %s", (outcome) => {
    expect(webDe.council.outcomes[outcome]).toBe(resolutionOutcomeLabels[outcome]);
  });

  it.each(committeeKinds)("committee kind %s", (kind) => {
    expect(webDe.council.kinds[kind]).toBe(committeeClassification[kind]);
  });

  it.each(paperKinds)("paper kind %s", (kind) => {
    expect(webDe.overview.papers.kinds[kind]).toBe(paperKindLabels[kind]);
    expect(paperTypeOf[kind]).toBe(paperKindLabels[kind]);
  });
});
