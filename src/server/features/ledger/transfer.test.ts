import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Booking, Fund, FundList } from "../../../contract/ledger";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/** Umschichtung between two funds, and its reversal, through the API. */
describe("ledger transfers", () => {
  let t: TestApp;
  let editor: Record<string, string>;
  let million: Fund;
  let second: Fund;
  const post = (fundId: string, payload: object) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/funds/${fundId}/bookings`,
      payload,
      headers: { ...editor, "idempotency-key": randomUUID() },
    });
  const fund = async (id: string) =>
    (await t.app.inject({ url: `/api/v1/funds/${id}` })).json<Fund>();

  beforeAll(async () => {
    // The bookings are dated in 2024: the clock stands inside that fiscal year.

    process.env.KURS_TODAY = "2024-11-15";
    t = await createTestApp({ seeded: false });
    editor = await t.signIn("coordinator");
    // The council and its 2024 million (ledger fixtures); the council grants a second fund.
    const { council } = await ledgerFixtures(t, editor);
    const granted = await t.app.inject({
      method: "POST",
      url: "/api/v1/resolutions",
      headers: editor,
      payload: {
        committeeId: council.id,
        decidedOn: "2024-02-01",
        outcome: "adopted",
        text: "Mittel für Beratung 2024.",
        effects: [
          {
            type: "grantFund",
            name: "Beratung 2024",
            fiscalYear: 2024,
            estimateCents: 500_000,
            purpose: [],
          },
        ],
      },
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const funds = (await t.app.inject({ url: "/api/v1/funds" })).json<FundList>().items;
    million = funds.find((f) => f.name === "Mittel für Sprachkurse 2024") as Fund;
    second = funds.find((f) => f.name === "Beratung 2024") as Fund;
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("moves money from one fund to the other and back by reversal", async () => {
    const transfer = await post(second.id, {
      kind: "transfer",
      counterFundId: million.id,
      amountCents: 200_000,
      date: "2024-05-01",
      resolutionReference: "KA 2024/17",
    });
    expect(transfer.statusCode, transfer.body).toBe(201);
    expect(await fund(second.id)).toMatchObject({
      transfersOutCents: 200_000,
      availableCents: 300_000,
    });
    expect(await fund(million.id)).toMatchObject({
      transfersInCents: 200_000,
      availableCents: 100_200_000,
    });
    const tooMuch = await post(second.id, {
      kind: "transfer",
      counterFundId: million.id,
      amountCents: 300_001,
      date: "2024-05-02",
      resolutionReference: "KA 2024/18",
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().missingCents).toBe(1);

    const back = await post(second.id, {
      kind: "reversal",
      reversesBookingId: transfer.json<Booking>().id,
      reason: "Beschluss aufgehoben",
      date: "2024-06-01",
    });
    expect(back.statusCode, back.body).toBe(201);
    expect((await fund(second.id)).availableCents).toBe(500_000);
    expect((await fund(million.id)).availableCents).toBe(100_000_000);
  });

  it("refuses to reverse a transfer whose money the target fund has already bound", async () => {
    const transfer = (
      await post(second.id, {
        kind: "transfer",
        counterFundId: million.id,
        amountCents: 100_000,
        date: "2024-05-01",
        resolutionReference: "KA 2024/19",
      })
    ).json<Booking>();
    const block = await post(million.id, {
      kind: "block",
      amountCents: 100_050_000,
      date: "2024-05-02",
    });
    expect(block.statusCode, block.body).toBe(201);
    const back = await post(second.id, {
      kind: "reversal",
      reversesBookingId: transfer.id,
      reason: "zu spät",
      date: "2024-06-01",
    });
    expect(back.statusCode).toBe(409);
    expect(back.json()).toMatchObject({ missingCents: 50_000 });
  });
});
