import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fund } from "../../../contract/ledger";
import { builtInCommittee, fund, indicator, scopeOf } from "../../../testing/factories";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * Charts follow the app's language (`lang`, which the web app adds to the image address), not
 * the browser's Accept-Language that an <img> request carries.
 */
describe("chart language", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let million: Fund;
  const svg = async (url: string, acceptLanguage: string) => {
    const response = await t.app.inject({
      url,
      headers: { ...editor, "accept-language": acceptLanguage },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    const council = await builtInCommittee(scopeOf(t));
    million = await fund(scopeOf(t), { committeeId: council.id, estimateCents: 100_000_000 });
    // One indicator, so the status chart has a row.
    await indicator(scopeOf(t));
  });
  afterAll(async () => t?.close());

  it("writes the fund chart's euros and dates in the app's language", async () => {
    const url = `/api/v1/funds/${million.id}/outlook.svg`;
    const german = await svg(`${url}?lang=de`, "en-GB,en;q=0.9");
    expect(german).toMatch(/1\.000\.000\s€/u);
    expect(german).not.toMatch(/€1,000,000/);
    const english = await svg(`${url}?lang=en`, "de-DE,de;q=0.9");
    expect(english).toMatch(/€1,000,000/);
    expect(english).not.toMatch(/1\.000\.000\s€/u);
  });

  it("titles the indicator status chart in the app's language", async () => {
    expect(await svg("/api/v1/indicators/status.svg?lang=en", "de")).toMatch(/Indicators \d{4}/);
    expect(await svg("/api/v1/indicators/status.svg?lang=de", "en")).toMatch(/Kennzahlen \d{4}/);
    const refused = await t.app.inject({
      url: "/api/v1/indicators/status.svg?lang=fr",
      headers: editor,
    });
    expect(refused.statusCode).toBe(400);
  });
});
