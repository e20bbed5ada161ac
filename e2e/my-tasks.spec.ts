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

const shots = process.env.KURS_SCREENSHOTS === "1";

test.describe("Meine Aufgaben", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a partner finds the values a link of its organisation asks for, and goes there", async ({
    page,
  }) => {
    const year = new Date().getFullYear();
    // Periods no other spec enters values for.
    const periods = [`${year + 2}-Q2`, `${year + 2}-Q3`];
    await signIn(page, e2eAccounts.coordinator);
    const origin = new URL(page.url()).origin;
    const options = (await (await page.request.get("/api/v1/indicators/options")).json()) as {
      partners: { id: string; name: string }[];
    };
    const vhs = options.partners.find((p) => p.name === e2eAccounts.partner.partner);
    const indicators = (await (await page.request.get("/api/v1/indicators")).json()) as {
      items: {
        id: string;
        name: string;
        periodicity: string;
        aggregation: string;
        partnerIds: string[];
      }[];
    };
    // One the VHS reports: its accounts enter the values on the indicator page.
    const indicator = indicators.items.find(
      (i) =>
        i.periodicity === "quarter" &&
        i.aggregation !== "ratio" &&
        i.partnerIds.includes(vhs?.id ?? ""),
    );
    expect(vhs && indicator).toBeTruthy();
    const link = await page.request.post("/api/v1/indicator-links", {
      data: {
        partnerId: vhs?.id,
        indicatorIds: [indicator?.id],
        periods,
        expiresOn: `${year + 3}-01-31`,
      },
      headers: { origin },
    });
    expect(link.status(), await link.text()).toBe(201);

    // The office's own list opens from the navigation too.
    const kurs = new KursPage(page);
    await kurs.open("/");
    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Meine Aufgaben" })
      .click();
    await expect(kurs.heading).toHaveText("Meine Aufgaben");
    await expect(page.locator(".kurs-loading")).toHaveCount(0);
    await expect(
      page.getByTestId("my-task").filter({ hasText: indicator?.name ?? "" }),
    ).toHaveCount(0);
    await expectNoAxeViolations(page);

    await signIn(page, e2eAccounts.partner);
    await kurs.open("/");
    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Meine Aufgaben" })
      .click();
    await expect(kurs.heading).toHaveText("Meine Aufgaben");
    const task = page.getByTestId("my-task").filter({ hasText: indicator?.name ?? "" });
    await expect(task).toHaveCount(1);
    await expect(task).toContainText("Kennzahlwerte melden");
    await expect(task).toContainText(`Frist: 31.01.${year + 3}`);
    await expect(task).toContainText(`Noch offen: 2. Quartal ${year + 2}, 3. Quartal ${year + 2}`);
    await expect(task.getByText("überfällig")).toHaveCount(0);
    await expectNoAxeViolations(page);
    if (shots)
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `/tmp/my-tasks-${width}.png`, fullPage: true });
      }
    // Nearest deadline first: the dates on the page ascend.
    const dues = (await page.getByTestId("my-task").allTextContents()).map((text) => {
      const m = /Frist: (\d\d)\.(\d\d)\.(\d{4})/.exec(text);
      return m ? `${m[3]}-${m[2]}-${m[1]}` : "";
    });
    expect(dues).toEqual([...dues].sort());

    await task.getByRole("link", { name: indicator?.name ?? "" }).click();
    await expect(kurs.heading).toContainText(indicator?.name ?? "");
    await expect(page).toHaveURL(new RegExp(`/kennzahlen/${indicator?.id}#value-period$`));
  });
});
