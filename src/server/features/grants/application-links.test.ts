import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatedApplicationLink } from "../../../contract/grant-applications";
import type { Application, Programme } from "../../../contract/grants";
import { ledgerFixtures } from "../../../testing/ledger-fixtures";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/**
 * A provider applies through a scoped link, without an account. The link is bound to
 * one organisation and one programme; only its hash is stored; revoked or expired, it is gone.
 */
describe("grants: applying through a scoped link", () => {
  let t: TestApp;
  let office: Record<string, string>;
  let other: Record<string, string>;
  let programme: Programme;
  let link: CreatedApplicationLink;
  let vhsId: string;
  let otherId: string;
  let otherApplication: Application;
  const api = (
    method: "GET" | "POST" | "PUT",
    url: string,
    headers: Record<string, string>,
    payload?: unknown,
  ) => t.app.inject({ method, url: `/api/v1${url}`, headers, payload: payload as object });
  /** Without sign-in: only the origin the CSRF check wants. */
  let anon: Record<string, string>;
  const count = async (table: string) =>
    Number((await t.database.query<{ n: string }>(`select count(*) n from ${table}`))[0]?.n);
  const plan = {
    title: "Sprachcafé für Eltern, Zeven",
    costPlan: [{ costKind: "fees", amountCents: 1_000_000 }],
    financing: { ownCents: 200_000, thirdPartyCents: 0, requestedCents: 800_000 },
    periodFrom: "2024-07-01",
    periodTo: "2024-12-31",
  };

  beforeAll(async () => {
    process.env.KURS_TODAY = "2024-05-15";
    t = await createTestApp({ seeded: false });
    office = await t.signIn("coordinator");
    anon = { origin: office.origin ?? "" };
    const f = await ledgerFixtures(t, office);
    const partners = await t.database.query<{ id: string; name: string }>(
      "select id, name from partner order by name",
    );
    vhsId = partners.find((p) => p.name.startsWith("Volkshochschule"))?.id ?? "";
    otherId = partners.find((p) => p.id !== vhsId)?.id ?? "";
    other = await t.signIn("partner");
    await t.database.query(
      "update app_user set partner_id = $1 where role = 'partner' and partner_id is null",
      [otherId],
    );
    programme = (
      await api("POST", "/grant-programmes", office, {
        fundId: f.million.id,
        title: "Sprachcafés 2024",
        purpose: "Sprachcafés freier Träger",
        deadline: "2024-06-30",
        financingType: "deficit",
        maxShareBasisPoints: 8000,
        eligibleCostKinds: ["fees", "material"],
        conditions: "ANBest-P",
      })
    ).json();
    otherApplication = (
      await api("POST", "/grant-applications", other, { ...plan, programmeId: programme.id })
    ).json();
  });
  afterAll(async () => {
    delete process.env.KURS_TODAY;
    await t?.close();
  });

  it("the office creates a link for one organisation; only its hash is stored", async () => {
    const past = await api("POST", `/grant-programmes/${programme.id}/links`, office, {
      partnerId: vhsId,
      expiresOn: "2024-05-14",
    });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors[0].path).toBe("expiresOn");
    expect(
      (
        await api("POST", `/grant-programmes/${programme.id}/links`, other, {
          partnerId: otherId,
          expiresOn: "2024-06-30",
        })
      ).statusCode,
    ).toBe(403);
    const created = await api("POST", `/grant-programmes/${programme.id}/links`, office, {
      partnerId: vhsId,
      expiresOn: "2024-06-30",
      note: "Per E-Mail an die VHS",
    });
    expect(created.statusCode, created.body).toBe(201);
    link = created.json();
    expect(link.partnerName).toMatch(/^Volkshochschule/);
    const stored = await t.database.query<{ token_hash: string }>(
      "select token_hash from grant_application_link",
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toBe(link.token);
    const listed = await api("GET", `/grant-programmes/${programme.id}/links`, office);
    expect(listed.json().items).toHaveLength(1);
    expect(listed.json().items[0]).not.toHaveProperty("token");
  });

  it("applies through the link as its organisation, in its programme; audited", async () => {
    const scope = await t.app.inject({ url: `/api/v1/grant-link/${link.token}` });
    expect(scope.statusCode, scope.body).toBe(200);
    expect(scope.json()).toMatchObject({ programme: { id: programme.id }, applications: [] });
    const audits = await count("audit_event");
    const bad = await api("POST", `/grant-link/${link.token}/applications`, anon, {
      ...plan,
      financing: { ...plan.financing, requestedCents: 700_000 },
    });
    expect(bad.statusCode).toBe(422);
    expect(await count("grant_application")).toBe(1);
    // The link fixes programme and organisation: naming them is refused by the schema.
    const foreign = await api("POST", `/grant-link/${link.token}/applications`, anon, {
      ...plan,
      partnerId: otherId,
    });
    expect(foreign.statusCode).toBe(400);
    const created = await api("POST", `/grant-link/${link.token}/applications`, anon, plan);
    expect(created.statusCode, created.body).toBe(201);
    const application = created.json<Application>();
    expect(application).toMatchObject({
      partnerId: vhsId,
      programmeId: programme.id,
      state: "draft",
    });
    const edited = await api(
      "PUT",
      `/grant-link/${link.token}/applications/${application.id}`,
      anon,
      {
        ...plan,
        title: "Sprachcafé für Eltern, Zeven und Sittensen",
      },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const submitted = await api(
      "POST",
      `/grant-link/${link.token}/applications/${application.id}/submit`,
      anon,
      {},
    );
    expect(submitted.json().state).toBe("submitted");
    const actors = await t.database.query<{ actor: string }>(
      "select actor from audit_event where entity_id = $1",
      [application.id],
    );
    expect(actors.map((a) => a.actor)).toEqual([
      `link:${link.id}`,
      `link:${link.id}`,
      `link:${link.id}`,
    ]);
    expect(await count("audit_event")).toBe(audits + 3);
    const shown = (await t.app.inject({ url: `/api/v1/grant-link/${link.token}` })).json();
    expect(shown.applications.map((a: Application) => a.id)).toEqual([application.id]);
    // The office sees it as the organisation's application.
    const office1 = await api("GET", `/grant-applications/${application.id}`, office);
    expect(office1.json()).toMatchObject({ state: "submitted", partnerId: vhsId });
  });

  it("the link cannot see or change another organisation's application", async () => {
    const url = `/grant-link/${link.token}/applications/${otherApplication.id}`;
    expect((await t.app.inject({ url: `/api/v1${url}` })).statusCode).toBe(404);
    expect((await api("PUT", url, anon, plan)).statusCode).toBe(404);
    expect((await api("POST", `${url}/withdraw`, anon, {})).statusCode).toBe(404);
    const scope = (await t.app.inject({ url: `/api/v1/grant-link/${link.token}` })).json();
    expect(scope.applications.map((a: Application) => a.id)).not.toContain(otherApplication.id);
    expect(
      (await api("GET", `/grant-applications/${otherApplication.id}`, office)).json().state,
    ).toBe("draft");
  });

  it("attachments follow the paper files' rules; bad files are refused, nothing written", async () => {
    const upload = (url: string, headers: Record<string, string>, type: string, body: Buffer) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1${url}`,
        headers: { ...headers, "content-type": type },
        payload: body,
      });
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    const files = `/grant-applications/${otherApplication.id}/files?fileName=Kostenplan.pdf`;
    const before = await count("grant_application_file");
    const audits = await count("audit_event");
    const exe = await upload(files, other, "application/pdf", Buffer.from("MZ\x90\x00binary"));
    expect(exe.statusCode).toBe(422);
    expect(exe.json().errors).toEqual([
      { path: "file", message: "Der Inhalt der Datei passt nicht zu ihrem Typ." },
    ]);
    expect((await upload(files, other, "application/pdf", Buffer.alloc(0))).statusCode).toBe(422);
    expect((await upload(files, other, "text/html", Buffer.from("<html>"))).statusCode).toBe(415);
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    expect((await upload(files, other, "application/pdf", big)).statusCode).toBe(413);
    expect(await count("grant_application_file")).toBe(before);
    expect(await count("audit_event")).toBe(audits);

    const ok = await upload(files, other, "application/pdf", pdf);
    expect(ok.statusCode, ok.body).toBe(201);
    const file = ok.json();
    expect(file).toMatchObject({ fileName: "Kostenplan.pdf", size: pdf.length });
    const shown = await api("GET", `/grant-applications/${otherApplication.id}`, other);
    expect(shown.json().files.map((f: { id: string }) => f.id)).toEqual([file.id]);
    const got = await api(
      "GET",
      `/grant-applications/${otherApplication.id}/files/${file.id}`,
      office,
    );
    expect(got.headers["content-type"]).toBe("application/pdf");
    expect(got.rawPayload.equals(pdf)).toBe(true);
    // Through the link: only on its own applications.
    const viaLink = `/grant-link/${link.token}/applications/${otherApplication.id}/files?fileName=a.pdf`;
    expect((await upload(viaLink, anon, "application/pdf", pdf)).statusCode).toBe(404);
    const draft = (
      await api("POST", `/grant-link/${link.token}/applications`, anon, plan)
    ).json<Application>();
    const linked = await upload(
      `/grant-link/${link.token}/applications/${draft.id}/files?fileName=Satzung.pdf`,
      anon,
      "application/pdf",
      pdf,
    );
    expect(linked.statusCode, linked.body).toBe(201);
    // A submitted application's attachments are the record: no more changes.
    await api("POST", `/grant-applications/${otherApplication.id}/submit`, other, {});
    expect((await upload(files, other, "application/pdf", pdf)).statusCode).toBe(409);
    const remove = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/grant-applications/${otherApplication.id}/files/${file.id}`,
      headers: other,
    });
    expect(remove.statusCode).toBe(409);
    expect(await count("grant_application_file")).toBe(before + 2);
  });

  it("a revoked link is gone (404) and writes nothing", async () => {
    const revoke = await api(
      "POST",
      `/grant-programmes/${programme.id}/links/${link.id}/revoke`,
      office,
    );
    expect(revoke.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/v1/grant-link/${link.token}` })).statusCode).toBe(404);
    const before = await count("grant_application");
    const refused = await api("POST", `/grant-link/${link.token}/applications`, anon, plan);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().detail).toBe(
      "Dieser Antragslink ist ungültig, abgelaufen oder widerrufen.",
    );
    expect(await count("grant_application")).toBe(before);
  });

  it("an expired link is gone too", async () => {
    const short = (
      await api("POST", `/grant-programmes/${programme.id}/links`, office, {
        partnerId: vhsId,
        expiresOn: "2024-05-20",
      })
    ).json<CreatedApplicationLink>();
    expect((await t.app.inject({ url: `/api/v1/grant-link/${short.token}` })).statusCode).toBe(200);
    process.env.KURS_TODAY = "2024-05-21";
    expect((await t.app.inject({ url: `/api/v1/grant-link/${short.token}` })).statusCode).toBe(404);
    process.env.KURS_TODAY = "2024-05-15";
  });
});
