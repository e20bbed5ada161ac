import { expect, type Page, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { expectNoAxeViolations } from "./pages/axe";
import { KursPage } from "./pages/KursPage";

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await new KursPage(page).open("/");
  const response = await page.request.post("/api/v1/auth/login", {
    data: { email: account.email, password: account.password },
    headers: { origin: new URL(page.url()).origin },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
}

test.describe("Kennzahlen", () => {
  test("a partner reports a quarter, the office approves it, chart and traffic light change", async ({
    page,
  }) => {
    const year = new Date().getFullYear();
    await signIn(page, e2eAccounts.coordinator);
    const origin = new URL(page.url()).origin;
    const list = await (await page.request.get("/api/v1/indicators")).json();
    const b1 = list.items.find((i: { key: string }) => i.key === "b1-abschluesse");
    expect(b1, "seeded proposal b1-abschluesse").toBeTruthy();
    const target = await page.request.put(`/api/v1/indicators/${b1.id}/targets`, {
      data: { targets: [{ year, value: 40 }] },
      headers: { origin },
    });
    expect(target.ok()).toBe(true);

    await new KursPage(page).open("/kennzahlen");
    await expect(page.getByTestId("indicator-row-b1-abschluesse")).toBeVisible();
    await expectNoAxeViolations(page);
    await new KursPage(page).open(`/kennzahlen/${b1.id}`);
    const status = page.getByTestId("indicator-status");
    await expect(status.locator("[data-light=grey]")).toBeVisible();
    const chartBefore = await page.getByTestId("indicator-chart").getAttribute("src");

    // The partner (VHS) reports the first quarter.
    await signIn(page, e2eAccounts.partner);
    await new KursPage(page).open(`/kennzahlen/${b1.id}`);
    await page.getByLabel("Zeitraum").fill(`${year}-Q1`);
    await page.getByLabel("Wert", { exact: true }).fill("12");
    await page.getByRole("button", { name: "Wert speichern" }).click();
    await expect(page.getByText("Gespeichert.")).toBeVisible();
    await expect(page.getByTestId("indicator-values")).toContainText("Entwurf");
    await expectNoAxeViolations(page);
    // Drafts do not count yet.
    await expect(status.locator("[data-light=grey]")).toBeVisible();

    // The office approves: the light turns green, the chart's address (its data) changes.
    await signIn(page, e2eAccounts.coordinator);
    await new KursPage(page).open(`/kennzahlen/${b1.id}`);
    await page.getByRole("button", { name: /Entwurf freigeben/ }).click();
    await expect(status.locator("[data-light=green]")).toBeVisible();
    await expect(page.getByTestId("indicator-values")).toContainText("freigegeben");
    const chartAfter = await page.getByTestId("indicator-chart").getAttribute("src");
    expect(chartAfter).not.toBe(chartBefore);
    const svg = await page.request.get(chartAfter ?? "");
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
    expect(await svg.text()).toContain("12");
    if (process.env.KURS_SCREENSHOTS)
      await page.screenshot({ path: "/tmp/indicator-page.png", fullPage: true });
  });
});
