import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * The office's personal feed carries the proof-of-use due dates of granted
 * applications (Verwendungsnachweis, grants: months after the grant period) until the proof is in.
 */
describe("proofs of use in the personal calendar", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let vhs: Record<string, string>;
  let applicationId = "";
  let feedPath = "";
  const api = (method: "GET" | "POST" | "PUT", url: string, headers: object, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: headers as never, payload });
  const proofEvents = async () => {
    const body = (await t.app.inject({ url: feedPath })).body;
    return new ICAL.Component(ICAL.parse(body))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.summary.startsWith("Verwendungsnachweis fällig:"));
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-05-15";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    const f = await ledgerFixtures(t, office);
    const [vhsPartner] = await t.database.query<{ id: string }>(
      "select id from partner where name like 'Volkshochschule%' limit 1",
    );
    vhs = await t.signIn("partner");
    await t.database.query(
      "update app_user set partner_id = $1 where role = 'partner' and partner_id is null",
      [vhsPartner?.id],
    );
    const programme = await api("POST", "/grant-programmes", office, {
      fundId: f.million.id,
      title: "Sprachkurse vor Ort 2024",
      purpose: "Sprachkurse freier Träger",
      deadline: "2024-06-30",
      financingType: "deficit",
      maxShareBasisPoints: 8000,
      eligibleCostKinds: ["fees"],
      conditions: "ANBest-P",
      paymentWithinMonths: 2,
    });
    expect(programme.statusCode, programme.body).toBe(201);
    const application = await api("POST", "/grant-applications", vhs, {
      programmeId: programme.json().id,
      measureId: f.course,
      title: "Sprachkurs A1 für Eltern, Zeven",
      description: "Zwei Kurse am Vormittag.",
      costPlan: [{ costKind: "fees", amountCents: 1_000_000 }],
      financing: { ownCents: 200_000, thirdPartyCents: 0, requestedCents: 800_000 },
      periodFrom: "2024-07-01",
      periodTo: "2024-12-31",
    });
    expect(application.statusCode, application.body).toBe(201);
    applicationId = application.json().id;
    feedPath = new URL((await api("PUT", "/account/calendar-feed", office)).json().url).pathname;
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("appears once the application is granted, on the day the proof is due", async () => {
    expect(await proofEvents()).toEqual([]);
    expect(
      (await api("POST", `/grant-applications/${applicationId}/submit`, vhs, {})).statusCode,
    ).toBe(200);
    expect(
      (
        await api("POST", `/grant-applications/${applicationId}/review`, office, {
          reason: "Vollständig",
        })
      ).statusCode,
    ).toBe(200);
    const granted = await api("POST", `/grant-applications/${applicationId}/grant`, office, {
      grantedCents: 800_000,
      noticeReference: "50.2-2024/007",
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().proofDueOn).toBe("2025-06-30");

    const [event] = await proofEvents();
    expect(event?.summary).toBe("Verwendungsnachweis fällig: Sprachkurs A1 für Eltern, Zeven");
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe("2025-06-30");
    expect(event?.description).toMatch(/^Zuwendung an Volkshochschule/);
    expect(event?.uid).toMatch(new RegExp(`^proof-of-use-${applicationId}@`));
  });
});
