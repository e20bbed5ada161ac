import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./auth-accounts";
import { AuditPage } from "./pages/AuditPage";
import { expectNoAxeViolations, screenshotForDocs } from "./pages/axe";
import { signInWithSecondFactor } from "./pages/secondFactor";

const { auditor } = e2eAccounts;

test("admin reads the Prüfprotokoll, filters it by Objektart and gets the CSV link", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const audit = new AuditPage(page);

  await test.step("signs in with the second factor and opens Prüfprotokoll", async () => {
    await signInWithSecondFactor(page, auditor);
    await audit.mainNav.getByRole("link", { name: "Prüfprotokoll" }).click();
    await expect(page).toHaveURL(/\/protokoll$/);
    await expect(audit.heading).toHaveText("Prüfprotokoll");
    await expect(page).toHaveTitle(/^Prüfprotokoll – Kurs/);
  });

  await test.step("sees the initial setup and the accounts created", async () => {
    const seed = audit.action("Ersteinrichtung");
    await expect(seed).toHaveCount(1);
    await expect(seed).toContainText("system:seed");
    await expect(seed).toContainText("Landkreis");
    await expect(audit.action("Konto angelegt")).toHaveCount(Object.keys(e2eAccounts).length);
    await expect(audit.action("Konto angelegt").first()).toContainText("cli:create-user");
    await expect(audit.action("Zweiten Faktor aktiviert")).toContainText(auditor.email);
    await expect(seed.locator("time")).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/);
    await expect(audit.csvLink).toHaveAttribute("href", "/api/v1/audit.csv");
  });

  await test.step("opens the details of an account creation", async () => {
    const created = audit.action("Konto angelegt").first();
    await created.getByText("Details", { exact: true }).click();
    await expect(created.locator("pre")).toContainText('"role": ');
    await expectNoAxeViolations(page);
    await screenshotForDocs(page, "protokoll");
  });

  await test.step("filters by Objektart user: URL, table and CSV link follow", async () => {
    const all = await audit.rows.count();
    await audit.entityType.selectOption("user");
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(page).toHaveURL(/\/protokoll\?entityType=user$/);
    await expect(audit.action("Ersteinrichtung")).toHaveCount(0);
    await expect(audit.rows).not.toHaveCount(all);
    await expect(audit.action("Konto angelegt")).toHaveCount(Object.keys(e2eAccounts).length);
    for (const type of await audit.rows.locator("td:nth-of-type(3)").allTextContents()) {
      expect(type).toBe("Konto");
    }
    await expect(audit.csvLink).toHaveAttribute("href", "/api/v1/audit.csv?entityType=user");
    const csv = await page.request.get((await audit.csvLink.getAttribute("href")) ?? "");
    expect(csv.ok()).toBe(true);
    expect(await csv.text()).not.toContain("system:seed");
    await expectNoAxeViolations(page);
  });

  await test.step("a shared address opens the same filtered view", async () => {
    await audit.goto("?actor=system%3Aseed");
    await expect(page.getByLabel("Person (E-Mail)")).toHaveValue("system:seed");
    await expect(audit.rows).toHaveCount(1);
    await expect(audit.action("Ersteinrichtung")).toHaveCount(1);
    await audit.goto("?actor=niemand%40example.org");
    await expect(audit.main).toContainText("Kein Eintrag passt zu dem Filter.");
    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect(page).toHaveURL(/\/protokoll$/);
    await expect(audit.action("Ersteinrichtung")).toHaveCount(1);
  });

  await test.step("at 320 px only the table's own region scrolls sideways", async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("region", { name: /Tabelle des Prüfprotokolls/ })).toBeVisible();
    if (process.env.KURS_SCREENSHOTS) {
      await page.screenshot({ path: "docs/screenshots/protokoll-320px.png" });
    }
  });
});

test("Prüfprotokoll shows the server's problem when the API fails", async ({ page }) => {
  await signInWithSecondFactor(page, auditor);
  await page.route(/\/api\/v1\/audit\?/, (route) =>
    route.fulfill({
      status: 400,
      contentType: "application/problem+json",
      body: JSON.stringify({
        type: "about:blank",
        title: "Ungültige Anfrage",
        status: 400,
        detail: "Das Datum ist ungültig.",
      }),
    }),
  );
  await page.goto("/protokoll?entityType=user");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Ungültige Anfrage");
  await expect(alert).toContainText("Das Datum ist ungültig.");
});
