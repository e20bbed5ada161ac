import type { LegalLanguage, LegalText, LegalTextInput, LegalTopic } from "../../../contract/legal";
import { publicLanguageCodes } from "../../../domain/public-languages";
import { recordAudit } from "../../platform/audit/record-audit";
import type { Executor } from "../../platform/db/database";
import type { TenantDb } from "../../platform/db/tenant-scope";
import * as q from "./queries";

/**
 * One legal text in one language: its own version, else the German one (marked inGerman, as the
 * public measure pages mark theirs), else nothing yet. The contact is the German text's.
 */
async function read(
  tx: Executor,
  tenantId: string,
  topic: LegalTopic,
  language: LegalLanguage,
): Promise<LegalText> {
  const rows = await q.findLegalTexts(tx, tenantId, topic);
  const own = rows.find((r) => r.lang === language);
  const german = rows.find((r) => r.lang === "de");
  const shown = own ?? german;
  return {
    topic,
    language,
    body: shown?.body ?? null,
    inGerman: !own && Boolean(german) && language !== "de",
    languages: publicLanguageCodes.filter((code) => rows.some((r) => r.lang === code)),
    contact: german?.contact ?? null,
    updatedAt: shown ? new Date(shown.updatedAt).toISOString() : null,
  };
}

export async function getLegalText(
  scope: TenantDb,
  { topic, language }: { topic: LegalTopic; language: LegalLanguage },
): Promise<LegalText> {
  return scope.transaction((tx) => read(tx, scope.tenantId, topic, language));
}

/** Writes one language's version of a legal text (the admin), audited. */
export async function saveLegalText(
  scope: TenantDb,
  {
    actor,
    requestId,
    topic,
    language,
    input,
  }: {
    actor: string;
    requestId: string;
    topic: LegalTopic;
    language: LegalLanguage;
    input: LegalTextInput;
  },
): Promise<LegalText> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await q.findLegalText(tx, tenantId, topic, language, true);
    const contact = language === "de" ? input.contact || null : null;
    await q.upsertLegalText(tx, { tenantId, topic, lang: language, body: input.body, contact });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "legal.save",
      entityType: "legal_text",
      entityId: null,
      before: before ? { topic, language, body: before.body, contact: before.contact } : null,
      after: { topic, language, body: input.body, contact },
    });
    return read(tx, tenantId, topic, language);
  });
}
