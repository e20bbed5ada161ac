import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Booking, BookingList, Fund } from "../../../contract/ledger";
import { committee, scopeOf } from "../../../testing/factories";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

describe("budget ledger API (the 2024 million of the ledger fixtures)", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let f: Awaited<ReturnType<typeof ledgerFixtures>>;
  const post = (payload: unknown, key: string | null = randomUUID(), headers = editor) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/funds/${f.million.id}/bookings`,
      payload: payload as object,
      headers: key ? { ...headers, "idempotency-key": key } : headers,
    });
  const fund = async () =>
    (await t.app.inject({ url: `/api/v1/funds/${f.million.id}` })).json<Fund>();
  const bookingCount = async () =>
    Number((await t.database.query<{ n: string }>("select count(*) n from booking"))[0]?.n);
  const commit = (measureId: string, amountCents: number, date = "2024-04-02") => ({
    kind: "commitment",
    measureId,
    amountCents,
    date,
    documentReference: "Vertrag 2024-017",
  });

  beforeAll(async () => {
    // The bookings are dated in 2024: the clock stands inside that fiscal year.

    process.env.KURS_TODAY = "2024-11-15";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    f = await ledgerFixtures(t, editor);
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("shows the million to everyone: estimate, bound, paid, available, purpose", async () => {
    expect(await fund()).toMatchObject({
      fiscalYear: 2024,
      estimateCents: 100_000_000,
      committedCents: 0,
      paidCents: 0,
      blockedCents: 0,
      availableCents: 100_000_000,
      purpose: [
        { kind: "measureType", measureType: "Sprachkurs", actionField: "Sprache und Bildung" },
      ],
    });
  });

  it("books a language course; refuses a non-course measure of the field, naming the rule", async () => {
    const ok = await post(commit(f.course, 3_000_000));
    expect(ok.statusCode, ok.body).toBe(201);
    const before = await bookingCount();
    const refused = await post(commit(f.counselling, 1_000_000));
    expect(refused.statusCode).toBe(422);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json()).toMatchObject({
      type: expect.stringContaining("ledger.outsidePurpose"),
    });
    expect(await bookingCount()).toBe(before);
  });

  it("after the committee widens the purpose, the field's measures fit; other fields do not", async () => {
    const social = await committee(scopeOf(t), { name: "Ausschuss für Soziales" });
    const resolution = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      headers: editor,
      payload: {
        committeeId: social?.id,
        decidedOn: "2024-03-05",
        outcome: "adopted",
        text: "Die Mittel werden für das gesamte Handlungsfeld Sprache und Bildung eingesetzt.",
        effects: [
          {
            type: "changeFundPurpose",
            fundId: f.million.id,
            purpose: [{ kind: "actionField", actionFieldLineageId: f.languageFieldLineage }],
          },
        ],
      },
    });
    expect(resolution.statusCode, resolution.body).toBe(201);
    // Before the decision the old purpose still holds for that date.
    expect((await post(commit(f.counselling, 1_000_000, "2024-03-04"))).statusCode).toBe(422);
    const widened = await post(commit(f.counselling, 1_000_000, "2024-03-05"));
    expect(widened.statusCode, widened.body).toBe(201);
    const other = await post(commit(f.workCourse, 1_000_000, "2024-06-01"));
    expect(other.statusCode).toBe(422);
    expect(other.json().type).toContain("ledger.outsidePurpose");
  });

  it("replays a request with the same key once; a different body with that key is a conflict", async () => {
    const key = randomUUID();
    const first = await post(commit(f.course, 250_000), key);
    const count = await bookingCount();
    const again = await post(commit(f.course, 250_000), key);
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json()).toEqual(first.json());
    expect(await bookingCount()).toBe(count);
    const changed = await post(commit(f.course, 250_001), key);
    expect(changed.statusCode).toBe(409);
    expect(await bookingCount()).toBe(count);
  });

  it("refuses a missing key, floats and overspending with the missing amount", async () => {
    const noKey = await post(commit(f.course, 1), null);
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().errors[0].path).toContain("idempotency-key");
    expect((await post(commit(f.course, 12.5))).statusCode).toBe(400);
    expect((await post({ ...commit(f.course, 100), amountCents: "100" })).statusCode).toBe(400);
    const { availableCents } = await fund();
    const over = await post(commit(f.course, availableCents + 42));
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({
      missingCents: 42,
      type: expect.stringContaining("insufficientFunds"),
    });
    expect(over.json().detail).toMatch(/0,42\s€/);
    expect((await post(commit(f.course, 1, "2025-01-02"))).json().type).toContain(
      "outsideFiscalYear",
    );
  });

  it("pays against a commitment, releases the rest, reverses and blocks — balances add up", async () => {
    const c = (await post(commit(f.course, 1_000_000))).json<Booking>();
    const before = await fund();
    const pay = await post({
      kind: "payment",
      commitmentId: c.id,
      amountCents: 400_000,
      date: "2024-07-01",
    });
    expect(pay.statusCode, pay.body).toBe(201);
    const tooMuch = await post({
      kind: "payment",
      commitmentId: c.id,
      amountCents: 600_001,
      date: "2024-07-02",
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().missingCents).toBe(1);
    const release = await post({ kind: "release", commitmentId: c.id, date: "2024-08-01" });
    expect(release.json<Booking>().amountCents).toBe(600_000);
    const reversal = await post({
      kind: "reversal",
      reversesBookingId: pay.json<Booking>().id,
      reason: "Doppelt erfasst",
      date: "2024-08-02",
    });
    expect(reversal.statusCode, reversal.body).toBe(201);
    const twice = await post({
      kind: "reversal",
      reversesBookingId: pay.json<Booking>().id,
      reason: "nochmal",
      date: "2024-08-02",
    });
    expect(twice.statusCode).toBe(409);
    const block = await post({
      kind: "block",
      amountCents: 5_000_000,
      date: "2024-09-01",
      reason: "Haushaltssperre",
    });
    expect(block.statusCode).toBe(201);
    const after = await fund();
    // Payment reversed: 400,000 back into the open rest; the release freed 600,000.
    expect(after.paidCents).toBe(before.paidCents);
    expect(after.committedCents).toBe(before.committedCents - 600_000);
    expect(after.blockedCents).toBe(5_000_000);
    expect(after.availableCents).toBe(before.availableCents + 600_000 - 5_000_000);
    const list = (
      await t.app.inject({ url: `/api/v1/funds/${f.million.id}/bookings` })
    ).json<BookingList>();
    expect(list.items.map((b) => b.kind).slice(-4)).toEqual([
      "payment",
      "release",
      "reversal",
      "block",
    ]);
  });

  it("keeps the ledger append-only even for the database owner", async () => {
    await expect(t.database.exec("update booking set amount_cents = 1")).rejects.toThrow(
      /nur anfügbar/,
    );
    await expect(t.database.exec("delete from booking")).rejects.toThrow(/nur anfügbar/);
  });

  it("audits every booking in the same transaction", async () => {
    const rows = await t.database.query<{ n: string }>(
      "select count(*) n from audit_event where entity_type = 'booking'",
    );
    expect(Number(rows[0]?.n)).toBe(await bookingCount());
  });

  it("lets only admins and coordinators book", async () => {
    const partner = await t.signIn("partner");
    expect((await post(commit(f.course, 1), randomUUID(), partner)).statusCode).toBe(403);
    expect(
      (await post(commit(f.course, 1), randomUUID(), { origin: editor.origin ?? "" })).statusCode,
    ).toBe(401);
  });
});
