import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Application, ApplicationList, Pipeline, Programme } from "../../../contract/grants";
import type { Fund } from "../../../contract/ledger";
import type { Overview } from "../../../contract/overview";
import { formatEuro } from "../../../domain/money";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";
import {
  descendants,
  headingLevels,
  inspectPdf,
  skippedLevel,
} from "../../renderers/reports/pdf-inspect";
import { pdfToText } from "../../renderers/reports/test-tools";

/**
 * The grants journey through the API: the Volkshochschule applies under the million's
 * purpose, the office grants part of it (the commitment appears on the fund), two instalments
 * (one refused as too early), a proof of use with lower costs, the reclaim booked — and the
 * fund's identity (domain/fund-figures.ts) holds at every step.
 */
describe("grants: from application to proof of use, bound to the ledger", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let vhs: Record<string, string>;
  let other: Record<string, string>;
  let f: Awaited<ReturnType<typeof ledgerFixtures>>;
  let programme: Programme;
  let application: Application;
  let vhsId = "";
  let otherId = "";
  const api = (
    method: "GET" | "POST" | "PUT",
    url: string,
    headers: Record<string, string>,
    payload?: unknown,
  ) => t.app.inject({ method, url: `/api/v1${url}`, headers, payload: payload as object });
  const count = async (table: string) =>
    Number((await t.database.query<{ n: string }>(`select count(*) n from ${table}`))[0]?.n);
  const fund = async () =>
    (await t.app.inject({ url: `/api/v1/funds/${f.million.id}` })).json<Fund>();
  /** granted = committed open + paid + blocked + lapsed + available, and the parts as expected. */
  const expectFund = async (expected: Partial<Fund>) => {
    const figures = await fund();
    expect(figures.grantedCents).toBe(
      figures.committedCents +
        figures.paidCents +
        figures.blockedCents +
        figures.lapsedCents +
        figures.availableCents,
    );
    expect(figures).toMatchObject(expected);
  };
  const plan = {
    title: "Sprachkurs A1 für Eltern, Zeven",
    description: "Zwei Kurse am Vormittag mit Kinderbetreuung.",
    costPlan: [
      { costKind: "fees", amountCents: 2_000_000 },
      { costKind: "material", amountCents: 500_000 },
    ],
    financing: { ownCents: 250_000, thirdPartyCents: 250_000, requestedCents: 2_000_000 },
    periodFrom: "2024-07-01",
    periodTo: "2024-12-31",
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-05-15";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    f = await ledgerFixtures(t, office);
    const partners = await t.database.query<{ id: string; name: string }>(
      "select id, name from partner order by name",
    );
    vhsId = partners.find((p) => p.name.startsWith("Volkshochschule"))?.id ?? "";
    otherId = partners.find((p) => p.id !== vhsId)?.id ?? "";
    vhs = await t.signIn("partner");
    await t.database.query(
      "update app_user set partner_id = $1 where role = 'partner' and partner_id is null",
      [vhsId],
    );
    other = await t.signIn("partner");
    await t.database.query(
      "update app_user set partner_id = $1 where role = 'partner' and partner_id is null",
      [otherId],
    );
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("the office opens a programme on the million (Fehlbedarf, at most 80 %)", async () => {
    const response = await api("POST", "/grant-programmes", office, {
      fundId: f.million.id,
      title: "Sprachkurse vor Ort 2024",
      purpose: "Sprachkurse freier Träger im Handlungsfeld Sprache und Bildung",
      deadline: "2024-06-30",
      financingType: "deficit",
      maxShareBasisPoints: 8000,
      eligibleCostKinds: ["fees", "material", "rooms"],
      conditions: "Es gelten die ANBest-P in der vom Landkreis beschlossenen Fassung.",
      paymentWithinMonths: 2,
    });
    expect(response.statusCode, response.body).toBe(201);
    programme = response.json();
    expect(programme).toMatchObject({
      fundName: f.million.name,
      proofDueMonths: 6,
      overspendAllowancePercent: 20,
    });
    const refused = await api("POST", "/grant-programmes", vhs, { ...programme });
    expect(refused.statusCode).toBe(403);
  });

  it("refuses a plan that does not add up, and negative costs, at the field; nothing written", async () => {
    const before = await count("grant_application");
    const unbalanced = await api("POST", "/grant-applications", vhs, {
      ...plan,
      programmeId: programme.id,
      financing: { ...plan.financing, requestedCents: 1_900_000 },
    });
    expect(unbalanced.statusCode).toBe(422);
    expect(unbalanced.json().errors).toEqual([
      {
        path: "financing.requestedCents",
        message: `Der Finanzierungsplan geht nicht auf: Eigenanteil, Drittmittel und beantragter Betrag ergeben ${formatEuro(2_400_000)}, die Gesamtkosten sind ${formatEuro(2_500_000)} (Differenz ${formatEuro(100_000)}).`,
      },
    ]);
    const negative = await api("POST", "/grant-applications", vhs, {
      ...plan,
      programmeId: programme.id,
      costPlan: [{ costKind: "fees", amountCents: -100 }, ...plan.costPlan.slice(1)],
    });
    expect(negative.statusCode).toBe(422);
    expect(negative.json().errors).toContainEqual({
      path: "costPlan.0.amountCents",
      message: "Der Betrag darf nicht negativ sein.",
    });
    const float = await api("POST", "/grant-applications", vhs, {
      ...plan,
      programmeId: programme.id,
      financing: { ...plan.financing, ownCents: 2.5 },
    });
    expect(float.statusCode).toBe(400);
    expect(await count("grant_application")).toBe(before);
  });

  it("the Volkshochschule applies; another provider neither sees nor edits it", async () => {
    const created = await api(
      "POST",
      "/grant-applications",
      { ...vhs, "idempotency-key": "vhs-antrag-1" },
      { ...plan, programmeId: programme.id, measureId: f.course },
    );
    expect(created.statusCode, created.body).toBe(201);
    application = created.json();
    expect(application).toMatchObject({ state: "draft", totalCostCents: 2_500_000 });
    expect(application.partnerName).toMatch(/^Volkshochschule/);
    // A double submit with the same key creates nothing new.
    const again = await api(
      "POST",
      "/grant-applications",
      { ...vhs, "idempotency-key": "vhs-antrag-1" },
      { ...plan, programmeId: programme.id, measureId: f.course },
    );
    expect(again.json().id).toBe(application.id);
    expect(await count("grant_application")).toBe(1);

    expect((await api("GET", `/grant-applications/${application.id}`, other)).statusCode).toBe(404);
    const edit = await api("PUT", `/grant-applications/${application.id}`, other, {
      ...plan,
      programmeId: programme.id,
    });
    expect(edit.statusCode).toBe(404);
    expect((await api("GET", "/grant-applications", other)).json().items).toEqual([]);
    expect((await api("GET", "/grant-applications", vhs)).json().items).toHaveLength(1);
    expect((await api("GET", "/grant-applications", office)).json().items).toHaveLength(1);
  });

  it("submit → under review; the office's steps are refused to the provider", async () => {
    const submitted = await api("POST", `/grant-applications/${application.id}/submit`, vhs, {});
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().state).toBe("submitted");
    const editAfter = await api("PUT", `/grant-applications/${application.id}`, vhs, {
      ...plan,
      programmeId: programme.id,
    });
    expect(editAfter.statusCode).toBe(409);
    expect(
      (await api("POST", `/grant-applications/${application.id}/review`, vhs, {})).statusCode,
    ).toBe(403);
    const review = await api("POST", `/grant-applications/${application.id}/review`, office, {
      reason: "Vollständig",
    });
    expect(review.json().state).toBe("underReview");
    expect(review.json().events.map((e: { toState: string }) => e.toState)).toEqual([
      "draft",
      "submitted",
      "underReview",
    ]);
  });

  it("granting for a measure outside the purpose is refused by the ledger; nothing booked", async () => {
    const bookings = await count("booking");
    const refused = await api("POST", `/grant-applications/${application.id}/grant`, office, {
      grantedCents: 1_800_000,
      measureId: f.counselling,
      noticeReference: "50.2-2024/001",
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].path).toBe("measureId");
    expect(await count("booking")).toBe(bookings);
    const tooMuch = await api("POST", `/grant-applications/${application.id}/grant`, office, {
      grantedCents: 2_000_001,
      noticeReference: "50.2-2024/001",
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().errors[0].path).toBe("grantedCents");
  });

  it("the office grants part of it: the commitment appears on the fund, the notice opens", async () => {
    await expectFund({ committedCents: 0, paidCents: 0, availableCents: 100_000_000 });
    const granted = await api("POST", `/grant-applications/${application.id}/grant`, office, {
      grantedCents: 1_800_000,
      noticeReference: "50.2-2024/001",
      reason: "Honorare nur bis 16.000 € förderfähig",
    });
    expect(granted.statusCode, granted.body).toBe(200);
    application = granted.json();
    expect(application).toMatchObject({
      state: "partlyGranted",
      grantedCents: 1_800_000,
      noticeReference: "50.2-2024/001",
      proofDueOn: "2025-06-30",
    });
    await expectFund({ committedCents: 1_800_000, paidCents: 0, availableCents: 98_200_000 });
    const bookings = (await t.app.inject({ url: `/api/v1/funds/${f.million.id}/bookings` })).json<{
      items: { id: string; documentReference: string | null }[];
    }>().items;
    expect(bookings.find((b) => b.id === application.commitmentId)?.documentReference).toBe(
      "50.2-2024/001",
    );
    const notice = await api("GET", `/grant-applications/${application.id}/notice.docx`, vhs);
    expect(notice.statusCode).toBe(200);
    expect(notice.headers["content-type"]).toContain("wordprocessingml");
    expect(notice.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect(
      (await api("GET", `/grant-applications/${application.id}/notice.docx`, other)).statusCode,
    ).toBe(404);
    // The same notice as a tagged PDF (PDF/UA, like every PDF of Kurs), the same text.
    const pdfNotice = await api("GET", `/grant-applications/${application.id}/notice.pdf`, vhs);
    expect(pdfNotice.statusCode).toBe(200);
    expect(pdfNotice.headers["content-type"]).toContain("application/pdf");
    const pdf = await inspectPdf(pdfNotice.rawPayload);
    expect(pdf).toMatchObject({ marked: true, lang: "de-DE", displayDocTitle: true });
    expect(pdf.untagged.flat()).toEqual([]);
    const levels = headingLevels(pdf.elements);
    expect(levels[0]).toBe(1);
    expect(skippedLevel(levels)).toBeNull();
    for (const table of pdf.elements.filter((e) => e.role === "Table"))
      expect(descendants(table).some((e) => e.role === "TH")).toBe(true);
    const text = pdfToText(pdfNotice.rawPayload);
    expect(text).toContain("Zuwendungsbescheid");
    expect(text).toContain("50.2-2024/001");
    expect(text).toContain("Rechtsbehelfsbelehrung");
    expect(text).toMatch(/Zuwendung\s+18\.000,00 €/);
    expect(
      (await api("GET", `/grant-applications/${application.id}/notice.pdf`, other)).statusCode,
    ).toBe(404);
  });

  it("once granted, the programme's terms stay as the notice states them; its texts may change", async () => {
    const {
      id,
      fundName: _,
      ...input
    } = (await api("GET", `/grant-programmes/${programme.id}`, office)).json<Programme>();
    const changed = await api("PUT", `/grant-programmes/${id}`, office, {
      ...input,
      overspendAllowancePercent: 30,
      maxShareBasisPoints: 9000,
    });
    expect(changed.statusCode, changed.body).toBe(422);
    expect(
      changed
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["maxShareBasisPoints", "overspendAllowancePercent"]);
    expect(changed.json().errors[0].message).toContain("schon eine Bewilligung");
    const unchanged = (await api("GET", `/grant-programmes/${id}`, office)).json<Programme>();
    expect(unchanged).toMatchObject({ overspendAllowancePercent: 20, maxShareBasisPoints: 8000 });
    const retitled = await api("PUT", `/grant-programmes/${id}`, office, {
      ...input,
      title: "Sprachkurse vor Ort 2024 (Eltern)",
      eligibleCostKinds: [...input.eligibleCostKinds].reverse(),
    });
    expect(retitled.statusCode, retitled.body).toBe(200);
    expect(retitled.json<Programme>().title).toBe("Sprachkurse vor Ort 2024 (Eltern)");
    const back = await api("PUT", `/grant-programmes/${id}`, office, input);
    expect(back.statusCode, back.body).toBe(200);
  });

  it("the proof of use is on the provider's Meine Aufgaben; on the office's once overdue", async () => {
    const proofTasks = async (headers: Record<string, string>) =>
      (await api("GET", "/me/tasks", headers))
        .json<{ items: { kind: string; due: string; overdue: boolean; href: string }[] }>()
        .items.filter((task) => task.kind === "proofOfUse");
    expect(await proofTasks(vhs)).toEqual([
      expect.objectContaining({
        due: "2025-06-30",
        overdue: false,
        href: `/zuwendungen/antraege/${application.id}`,
      }),
    ]);
    expect(await proofTasks(other)).toEqual([]);
    expect(await proofTasks(office)).toEqual([]);
    // One rule (grants/common.ts proofOverdue): the overview lists what the office's tasks list.
    const overviewProofs = async () =>
      (await api("GET", "/overview", office)).json<Overview>().overdueProofsOfUse;
    const asOverview = async () =>
      (await proofTasks(office)).map((task) => ({
        applicationId: task.href.split("/").at(-1),
        dueOn: task.due,
      }));
    process.env.KURS_TODAY = "2025-06-30";
    try {
      expect(await overviewProofs()).toEqual([]);
      expect(await asOverview()).toEqual([]);
      process.env.KURS_TODAY = "2025-07-01";
      expect(await proofTasks(office)).toEqual([
        expect.objectContaining({ due: "2025-06-30", overdue: true }),
      ]);
      const listed = await overviewProofs();
      expect(listed).toEqual([
        {
          applicationId: application.id,
          title: plan.title,
          organisation: expect.stringContaining("Volkshochschule"),
          dueOn: "2025-06-30",
        },
      ]);
      expect(listed.map(({ applicationId, dueOn }) => ({ applicationId, dueOn }))).toEqual(
        await asOverview(),
      );
      // The public overview names no overdue provider.
      expect((await api("GET", "/overview", {})).json<Overview>().overdueProofsOfUse).toEqual([]);
    } finally {
      process.env.KURS_TODAY = "2024-05-15";
    }
  });

  it("instalments: too early, above the rest and before the period refused at the field; approved ones paid", async () => {
    process.env.KURS_TODAY = "2024-06-20";
    const url = `/grant-applications/${application.id}/payment-requests`;
    const tooEarly = await api("POST", url, vhs, { amountCents: 800_000, neededBy: "2024-10-01" });
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json().errors).toEqual([
      {
        path: "neededBy",
        message: "Abgerufen werden darf nur, was binnen 2 Monaten gebraucht wird (bis 20.08.2024).",
      },
    ]);
    const above = await api("POST", url, vhs, { amountCents: 1_900_000, neededBy: "2024-07-15" });
    expect(above.json().errors[0]).toMatchObject({ path: "amountCents" });
    expect(above.json().errors[0].message).toContain(formatEuro(1_800_000));
    const before = await api("POST", url, vhs, { amountCents: 100, neededBy: "2024-06-30" });
    expect(before.json().errors[0].path).toBe("neededBy");
    expect(await count("grant_payment_request")).toBe(0);

    const first = await api("POST", url, vhs, { amountCents: 800_000, neededBy: "2024-07-15" });
    expect(first.statusCode, first.body).toBe(201);
    const requestId = first.json().paymentRequests[0].id;
    expect(
      (await api("POST", `/grant-payment-requests/${requestId}/approve`, vhs, {})).statusCode,
    ).toBe(403);
    const approved = await api("POST", `/grant-payment-requests/${requestId}/approve`, office, {});
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().paidCents).toBe(800_000);
    await expectFund({ committedCents: 1_000_000, paidCents: 800_000, availableCents: 98_200_000 });

    process.env.KURS_TODAY = "2024-09-01";
    const second = await api("POST", url, vhs, { amountCents: 1_000_000, neededBy: "2024-10-15" });
    expect(second.statusCode, second.body).toBe(201);
    const secondId = second.json().paymentRequests[1].id;
    await api("POST", `/grant-payment-requests/${secondId}/approve`, office, {});
    await expectFund({ committedCents: 0, paidCents: 1_800_000, availableCents: 98_200_000 });
    const rest = await api("POST", url, vhs, { amountCents: 1, neededBy: "2024-10-15" });
    expect(rest.json().errors[0].path).toBe("amountCents");
  });

  it("the proof of use with lower costs: negative costs refused; the reclaim computed and booked", async () => {
    process.env.KURS_TODAY = "2024-11-15";
    const url = `/grant-applications/${application.id}/proof`;
    const negative = await api("POST", url, vhs, {
      report: "Zwei Kurse, 24 Teilnehmende.",
      actualCosts: [{ costKind: "fees", amountCents: -1 }],
      actualThirdPartyCents: 250_000,
    });
    expect(negative.statusCode).toBe(422);
    expect(negative.json().errors).toEqual([
      { path: "actualCosts.0.amountCents", message: "Der Betrag darf nicht negativ sein." },
    ]);
    expect(await count("grant_proof_of_use")).toBe(0);

    const proof = await api("POST", url, vhs, {
      report: "Zwei Kurse, 24 Teilnehmende, 19 mit Zertifikat A1.",
      actualCosts: [
        { costKind: "fees", amountCents: 1_600_000 },
        { costKind: "material", amountCents: 400_000 },
      ],
      actualThirdPartyCents: 250_000,
    });
    expect(proof.statusCode, proof.body).toBe(201);
    const letterUrl = `/grant-applications/${application.id}/settlement.pdf`;
    expect((await api("GET", letterUrl, office)).json().detail).toBe(
      "Das Abrechnungsschreiben gibt es, sobald das Amt den Verwendungsnachweis bestätigt hat.",
    );
    const tasks = (await api("GET", "/me/tasks", vhs)).json<{ items: { kind: string }[] }>();
    expect(tasks.items.filter((task) => task.kind === "proofOfUse")).toEqual([]);
    // Fehlbedarf: own share 25.000 − 2.500 − 18.000 = 4.500 €; entitled 20.000 − 4.500 − 2.500.
    expect(proof.json().proof).toMatchObject({
      state: "submitted",
      entitledCents: 1_300_000,
      reclaimCents: 500_000,
      releaseCents: 500_000,
    });
    expect(proof.json().proof.comparison[0]).toEqual({
      costKind: "fees",
      plannedCents: 2_000_000,
      actualCents: 1_600_000,
      differenceCents: -400_000,
      capCents: 2_400_000,
      eligibleCents: 1_600_000,
    });
    await expectFund({ committedCents: 0, paidCents: 1_800_000 });
    expect(
      (await api("POST", `/grant-applications/${application.id}/proof/confirm`, vhs, {}))
        .statusCode,
    ).toBe(403);
    const confirmed = await api(
      "POST",
      `/grant-applications/${application.id}/proof/confirm`,
      office,
      {},
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().proof).toMatchObject({ state: "confirmed", reclaimCents: 500_000 });
    expect(confirmed.json().paidCents).toBe(1_300_000);
    const letter = await api("GET", letterUrl, vhs);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers["content-disposition"]).toContain(
      "Abrechnungsschreiben_50.2-2024-001.pdf",
    );
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const docx = await api("GET", letterUrl.replace(".pdf", ".docx"), office);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect((await api("GET", letterUrl, other)).statusCode).toBe(404);
    // 5.000 € came back: paid 13.000 €, nothing left bound, 98.200 + 5.000 € free again.
    await expectFund({ committedCents: 0, paidCents: 1_300_000, availableCents: 98_700_000 });
    const again = await api(
      "POST",
      `/grant-applications/${application.id}/proof/confirm`,
      office,
      {},
    );
    expect(again.statusCode).toBe(409);
  });

  it("the pipeline per programme: asked, granted, paid, proven, reclaimed", async () => {
    const response = await api("GET", `/grant-pipeline?fundId=${f.million.id}`, office);
    expect(response.json<Pipeline>().items).toEqual([
      {
        programmeId: programme.id,
        programmeTitle: "Sprachkurse vor Ort 2024",
        fundId: f.million.id,
        applications: 1,
        askedCents: 2_000_000,
        grantedCents: 1_800_000,
        paidCents: 1_300_000,
        provenCents: 1_300_000,
        reclaimedCents: 500_000,
      },
    ]);
    expect((await api("GET", "/grant-pipeline", vhs)).statusCode).toBe(403);
  });

  it("per provider: the office lists one organisation's grants with granted and paid; a provider only its own", async () => {
    const of = async (headers: Record<string, string>, partnerId: string) =>
      (
        await api("GET", `/grant-applications?partnerId=${partnerId}`, headers)
      ).json<ApplicationList>().items;
    const vhsGrants = await of(office, vhsId);
    expect(vhsGrants.map((a) => a.id)).toEqual([application.id]);
    const pipeline = (
      await api("GET", `/grant-pipeline?fundId=${f.million.id}`, office)
    ).json<Pipeline>().items;
    // The same money as the pipeline (one application, one programme).
    expect(vhsGrants[0]).toMatchObject({
      partnerId: vhsId,
      grantedCents: pipeline[0]?.grantedCents,
      paidCents: pipeline[0]?.paidCents,
    });
    expect(await of(office, otherId)).toEqual([]);
    expect(await of(vhs, vhsId)).toHaveLength(1);
    expect(await of(other, vhsId)).toEqual([]);
    expect((await api("GET", "/grant-applications?partnerId=kein-uuid", office)).statusCode).toBe(
      400,
    );
  });

  it("every step is audited", async () => {
    const actions = (
      await t.database.query<{ action: string }>(
        "select action from audit_event where action like 'grant%' order by id",
      )
    ).map((r) => r.action);
    expect(new Set(actions)).toEqual(
      new Set([
        "grantProgramme.create",
        "grantProgramme.update",
        "grantApplication.create",
        "grantApplication.state",
        "grantPaymentRequest.create",
        "grantPaymentRequest.approve",
        "grantProof.submit",
        "grantProof.confirm",
      ]),
    );
  });
});
