import type { LegalText, LegalTextInput, LegalTopic } from "../../contract/legal";
import { recordAudit } from "../audit/record-audit";
import type { TenantDb } from "../db/tenant-scope";
import * as q from "./queries";

type Row = Awaited<ReturnType<typeof q.findLegalText>>;

function present(topic: LegalTopic, row: Row): LegalText {
  return {
    topic,
    body: row?.body ?? null,
    contact: row?.contact ?? null,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
  };
}

export async function getLegalText(scope: TenantDb, topic: LegalTopic): Promise<LegalText> {
  return scope.transaction(async (tx) =>
    present(topic, await q.findLegalText(tx, scope.tenantId, topic)),
  );
}

export async function saveLegalText(
  scope: TenantDb,
  {
    actor,
    requestId,
    topic,
    input,
  }: { actor: string; requestId: string; topic: LegalTopic; input: LegalTextInput },
): Promise<LegalText> {
  const { tenantId } = scope;
  return scope.transaction(async (tx) => {
    const before = await q.findLegalText(tx, tenantId, topic, true);
    const saved = await q.upsertLegalText(tx, {
      tenantId,
      topic,
      body: input.body,
      contact: input.contact || null,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      requestId,
      action: "legal.save",
      entityType: "legal_text",
      entityId: null,
      before: before ? { topic, body: before.body, contact: before.contact } : null,
      after: { topic, body: input.body, contact: input.contact || null },
    });
    return present(topic, saved ?? null);
  });
}
