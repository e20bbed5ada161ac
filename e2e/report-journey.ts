import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { docxToPdfText, pdfToText, unzipEntry } from "../src/server/renderers/reports/test-tools";

/**
 * Steps the report journeys share (e2e/reports.journey.spec.ts, e2e/sachstandsbericht.journey.spec.ts):
 * the API as the signed-in person, the reporting duty with its next meeting, and reading the
 * downloaded report files with the same tools as the server's tests (src/server/renderers/reports/test-tools.ts).
 */

/** How a downloaded report is read: PDF via pdftotext, DOCX as its XML or via LibreOffice → PDF. */
export type ReportView = "pdf" | "docx-xml" | "docx-libreoffice" | "html";

/** The text of a downloaded report file (HTML without its tags). */
export async function reportFileText(
  request: APIRequestContext,
  href: string,
  view: ReportView,
): Promise<string> {
  const response = await request.get(href);
  expect(response.ok(), `GET ${href}`).toBe(true);
  const body = await response.body();
  if (view === "html") return body.toString("utf8").replace(/<[^>]+>/g, " ");
  if (view === "pdf") return pdfToText(body);
  if (view === "docx-xml") return unzipEntry(body, "word/document.xml");
  return docxToPdfText(body);
}

type ApiMethod = "get" | "post" | "put";

/** The API as the person signed in on `page`: JSON in and out, each write with a fresh key. */
export function apiAs(page: Page) {
  const origin = new URL(page.url()).origin;
  return async (method: ApiMethod, path: string, data?: object) => {
    const response = await page.request[method](`/api/v1${path}`, {
      data,
      headers: { origin, "idempotency-key": randomUUID() },
    });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return response.json();
  };
}

export const socialCommittee = "Ausschuss für Soziales, Arbeit und Gesundheit";

/**
 * The Ausschuss für Soziales, Arbeit und Gesundheit resolves that it is reported to every half
 * year, and meets on `meetingDate`. Returns the committee's id.
 */
export async function requireHalfYearlyReports(
  api: ReturnType<typeof apiAs>,
  meetingDate: string,
): Promise<string> {
  const council = await api("get", "/council");
  const social = council.committees.find((c: { name: string }) => c.name === socialCommittee).id;
  await api("post", "/resolutions", {
    committeeId: social,
    decidedOn: "2024-03-05",
    outcome: "adopted",
    text: "Über die Entwicklung und den Fortgang wird halbjährlich berichtet.",
    effects: [{ type: "requireReporting", committeeId: social, cadence: "halfYearly" }],
  });
  await api("post", "/meetings", {
    committeeId: social,
    name: "Sitzung des Sozialausschusses",
    meetingDate,
  });
  return social;
}
