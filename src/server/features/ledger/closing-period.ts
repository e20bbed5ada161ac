import { eq } from "drizzle-orm";
import { tenantSettingsSchema } from "../../../contract/tenant-settings";
import { defaultClosingUntil, isClosingUntil } from "../../../domain/year-close";
import type { Executor } from "../../platform/db/database";
import { tenant } from "../../platform/db/schema";

/**
 * The server-wide default of the last day of the closing period after a fiscal year, as
 * month-day of the next year: `KURS_LEDGER_CLOSING_UNTIL` (e.g. "02-15"), else "01-31". A county
 * sets its own on its settings page (tenant.settings.ledgerClosingUntil, see closingUntilOf).
 */
export function closingUntil(): string {
  const value = process.env.KURS_LEDGER_CLOSING_UNTIL?.trim();
  if (!value) return defaultClosingUntil;
  if (!isClosingUntil(value))
    throw new Error(`KURS_LEDGER_CLOSING_UNTIL must be a month-day like 01-31, not "${value}"`);
  return value;
}

/**
 * The county's closing day: until then a late booking (Nachbuchung) with a reason may still go
 * into the old year (src/domain/year-close.ts). Its own setting, else the server's default.
 */
export async function closingUntilOf(db: Executor, tenantId: string): Promise<string> {
  const [row] = await db
    .select({ settings: tenant.settings })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  return closingUntilIn(row?.settings);
}

/** The closing day from the county's stored settings (tenant.settings), else the default. */
export function closingUntilIn(settings: unknown): string {
  return tenantSettingsSchema.parse(settings ?? {}).ledgerClosingUntil ?? closingUntil();
}
