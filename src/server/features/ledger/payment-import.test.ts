import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Booking, Fund } from "../../../contract/ledger";
import type { PaymentImportPreview } from "../../../contract/payment-import";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("reconciliation: CSV import of payments from the finance system", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let f: Awaited<ReturnType<typeof ledgerFixtures>>;
  let commitment: Booking;
  const header = "Haushaltsmittel;Mittelbindung;Maßnahme;Datum;Betrag;Beleg";
  const csv = (...rows: string[]) => [header, ...rows].join("\r\n");
  const send = (path: "/preview" | "", content: string, headers = editor) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/ledger/payment-import${path}`,
      headers,
      payload: { content },
    });
  const counts = async () => {
    const [b] = await t.database.query<{ n: string }>("select count(*) n from booking");
    const [a] = await t.database.query<{ n: string }>("select count(*) n from audit_event");
    return { bookings: Number(b?.n), audit: Number(a?.n) };
  };
  const fund = async () =>
    (await t.app.inject({ url: `/api/v1/funds/${f.million.id}` })).json<Fund>();

  beforeAll(async () => {
    // The bookings are dated in 2024: the clock stands inside that fiscal year.

    process.env.KURS_TODAY = "2024-11-15";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    f = await ledgerFixtures(t, editor);
    const bookings = (kind: string, body: object) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/funds/${f.million.id}/bookings`,
        headers: { ...editor, "idempotency-key": randomUUID() },
        payload: { kind, ...body },
      });
    const c = await bookings("commitment", {
      measureId: f.course,
      amountCents: 1_000_000,
      date: "2024-03-01",
      documentReference: "Vertrag 2024-001",
    });
    expect(c.statusCode, c.body).toBe(201);
    commitment = c.json<Booking>();
    const p = await bookings("payment", {
      commitmentId: commitment.id,
      amountCents: 100_000,
      date: "2024-03-15",
      documentReference: "KASSE-0001",
    });
    expect(p.statusCode, p.body).toBe(201);
    const lost = await bookings("payment", {
      commitmentId: commitment.id,
      amountCents: 50_000,
      date: "2024-03-20",
      documentReference: "KASSE-0009",
    });
    expect(lost.statusCode, lost.body).toBe(201);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  const file = () =>
    csv(
      // already in Kurs, same amount: matched, not booked again
      `${f.million.id};Vertrag 2024-001;;15.03.2024;1.000,00;KASSE-0001`,
      // new, found through the measure's title and the fund's name
      `Mittel für Sprachkurse 2024;;Sprachkurs A1 Zeven;02.04.2024;1.234,56;KASSE-0002`,
      `${f.million.id};${commitment.id};;2024-05-02;2.000,00;KASSE-0003`,
    );

  it("previews what would be booked and the differences, and writes nothing", async () => {
    const before = await counts();
    const response = await send(
      "/preview",
      `${file()}\r\n${f.million.id};Vertrag 2024-001;;16.03.2024;10,00;KASSE-0001X`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json<PaymentImportPreview>();
    expect(preview.valid).toBe(true);
    expect(preview.rows.map((r) => [r.row, r.status, r.amountCents])).toEqual([
      [2, "booked", 100_000],
      [3, "new", 123_456],
      [4, "new", 200_000],
      [5, "new", 1_000],
    ]);
    expect(preview.rows[1]?.measureTitle).toBe("Sprachkurs A1 Zeven");
    expect(preview.bookCount).toBe(3);
    expect(preview.bookCents).toBe(324_456);
    // Kurs has KASSE-0009, the file does not
    expect(preview.missingFromFile.map((m) => [m.documentReference, m.amountCents])).toEqual([
      ["KASSE-0009", 50_000],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("lists an amount that differs for the same document reference", async () => {
    const response = await send(
      "/preview",
      csv(`${f.million.id};Vertrag 2024-001;;15.03.2024;1.100,00;KASSE-0001`),
    );
    const preview = response.json<PaymentImportPreview>();
    expect(preview.rows[0]).toMatchObject({
      status: "amountDiffers",
      amountCents: 110_000,
      kursAmountCents: 100_000,
    });
    expect(preview.bookCount).toBe(0);
  });

  it.each([
    ["text in the amount", `${"x"};;15.03.2024;zehn Euro;K-1`, "Betrag"],
    ["an unknown fund", `Gibt es nicht;Vertrag 2024-001;;15.03.2024;10,00;K-1`, "Haushaltsmittel"],
    ["an unknown commitment", `{fund};Vertrag 1999;;15.03.2024;10,00;K-1`, "Mittelbindung"],
    ["a date outside the fiscal year", `{fund};Vertrag 2024-001;;02.01.2025;10,00;K-1`, "Datum"],
    [
      "a payment beyond the commitment",
      `{fund};Vertrag 2024-001;;02.06.2024;9.000,01;K-1`,
      "Betrag",
    ],
  ])(
    "refuses the whole file for %s, naming row and column; nothing is written",
    async (_what, bad, column) => {
      const before = await counts();
      const badRow = bad
        .replace("{fund}", f.million.id)
        .replace(/^x;/, `${f.million.id};Vertrag 2024-001;`);
      const response = await send("", `${file()}\r\n${badRow}`);
      expect(response.statusCode, response.body).toBe(422);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      const errors = response.json<{ errors: { path: string; message: string }[] }>().errors;
      expect(errors.map((e) => e.path)).toContain(`rows.5.${column}`);
      expect(await counts()).toEqual(before);
    },
  );

  it("books the new rows in one go, audited; a second import of the same file books nothing", async () => {
    const before = await counts();
    const paidBefore = (await fund()).paidCents;
    const first = await send("", file());
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ booked: 2, skipped: 1 });
    expect((await fund()).paidCents).toBe(paidBefore + 323_456);
    const after = await counts();
    expect(after.bookings).toBe(before.bookings + 2);
    expect(after.audit).toBe(before.audit + 3);
    const actions = await t.database.query<{ action: string }>(
      "select action from audit_event where action = 'payment.import'",
    );
    expect(actions).toHaveLength(1);

    const again = await send("", file());
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toEqual({ booked: 0, skipped: 3 });
    expect((await counts()).bookings).toBe(after.bookings);
    expect((await fund()).paidCents).toBe(paidBefore + 323_456);
  });

  it("is for those who book: others are refused", async () => {
    const committee = await t.signIn("committee");
    const response = await send("/preview", file(), committee);
    expect(response.statusCode).toBe(403);
  });
});
