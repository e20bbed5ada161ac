import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LegalText } from "../../../contract/legal";
import { createTestApp, type TestApp } from "../../../testing/test-app";

/** Impressum, Datenschutz, Barrierefreiheit in each public language, German as the fallback. */
describe("legal texts per language", () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let editor: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ seeded: false });
    admin = await t.signIn("admin");
    editor = await t.signIn("coordinator");
  });
  afterAll(async () => t?.close());

  const put = (language: string, payload: object, headers = admin) =>
    t.app.inject({
      method: "PUT",
      url: "/api/v1/legal/imprint",
      headers,
      payload: { language, ...payload },
    });
  const read = async (language: string) =>
    (await t.app.inject({ url: `/api/v1/legal/imprint?language=${language}` })).json<LegalText>();
  const site = async (lang: string) =>
    (await t.app.inject({ url: `/oeffentlich/${lang}/impressum` })).body;

  it("a language without its own text shows the German one with the measures' note", async () => {
    expect(
      (await put("de", { body: "Landkreis Rotenburg (Wümme), Hopfengarten 2" })).statusCode,
    ).toBe(200);
    expect(await read("tr")).toMatchObject({
      language: "tr",
      body: "Landkreis Rotenburg (Wümme), Hopfengarten 2",
      inGerman: true,
      languages: ["de"],
    });
    const turkish = await site("tr");
    expect(turkish).toContain("Bu metin henüz sizin dilinizde yok. Almanca gösteriliyor.");
    expect(turkish).toContain('<div lang="de" dir="auto">');
    expect(await site("de")).not.toContain('class="note"');
  });

  it("the admin writes each language; the site shows it without the note; others still fall back", async () => {
    const saved = await put("uk", { body: "Район Ротенбург (Вюмме), Гопфенгартен 2" });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<LegalText>()).toMatchObject({ language: "uk", inGerman: false });
    expect((await put("de-x-ls", { body: "Das ist der Landkreis Rotenburg." })).statusCode).toBe(
      200,
    );
    expect((await read("uk")).languages).toEqual(["de", "de-x-ls", "uk"]);
    const ukrainian = await site("uk");
    expect(ukrainian).toContain("Район Ротенбург (Вюмме), Гопфенгартен 2");
    expect(ukrainian).toContain('<div lang="uk" dir="auto">');
    expect(ukrainian).not.toContain("Цього тексту ще немає вашою мовою.");
    expect(await site("de-x-ls")).toContain("Das ist der Landkreis Rotenburg.");
    expect(await site("de")).toContain("Hopfengarten 2");
    expect(await site("fa")).toContain("این متن هنوز به زبان شما موجود نیست");
    const audit = await t.database.query<{ after: { language: string } }>(
      "select after from audit_event where action = 'legal.save' order by occurred_at",
    );
    expect(audit.map((a) => a.after.language)).toEqual(["de", "uk", "de-x-ls"]);
  });

  it("the contact stays the German text's; unknown languages and other roles are refused", async () => {
    await t.app.inject({
      method: "PUT",
      url: "/api/v1/legal/accessibility",
      headers: admin,
      payload: {
        language: "de",
        body: "Teilweise vereinbar.",
        contact: "barrierefrei@example.org",
      },
    });
    const english = await t.app.inject({
      method: "PUT",
      url: "/api/v1/legal/accessibility",
      headers: admin,
      payload: { language: "en", body: "Partially compliant.", contact: "other@example.org" },
    });
    expect(english.json<LegalText>()).toMatchObject({
      body: "Partially compliant.",
      contact: "barrierefrei@example.org",
    });
    const unknown = await put("fr", { body: "Mentions légales" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe("language");
    expect((await put("en", { body: "Imprint" }, editor)).statusCode).toBe(403);
    expect((await read("en")).inGerman).toBe(true);
  });
});
