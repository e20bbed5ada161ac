import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea, createdAtColumn, idColumn, tenantColumn } from "./columns";
import { grantApplication, grantProgramme } from "./grants";
import { partner } from "./measures";
import { paperFileMimeTypes } from "./paper-files";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/**
 * A scoped link to apply without an account: one organisation, one programme, until it expires
 * or is revoked. Only the SHA-256 of its token is stored (as indicator submission links).
 */
export const grantApplicationLink = pgTable(
  "grant_application_link",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    programmeId: uuid("programme_id").notNull(),
    partnerId: uuid("partner_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    note: text("note"),
    expiresAt: ts("expires_at").notNull(),
    revokedAt: ts("revoked_at"),
    createdBy: text("created_by").notNull(),
    lastUsedAt: ts("last_used_at"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("grant_application_link_token_uq").on(t.tenantId, t.tokenHash),
    foreignKey({
      columns: [t.tenantId, t.programmeId],
      foreignColumns: [grantProgramme.tenantId, grantProgramme.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.tenantId, t.partnerId],
      foreignColumns: [partner.tenantId, partner.id],
    }).onDelete("cascade"),
  ],
);

/** Anlage eines Antrags: the same file rules as a paper's (src/domain/uploaded-files.ts). */
export const grantApplicationFile = pgTable(
  "grant_application_file",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    applicationId: uuid("application_id").notNull(),
    name: text("name").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type", { enum: paperFileMimeTypes }).notNull(),
    size: integer("size").notNull(),
    sha1: text("sha1").notNull(),
    content: bytea("content").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [grantApplication.tenantId, grantApplication.id],
    }).onDelete("cascade"),
    index("grant_application_file_idx").on(t.tenantId, t.applicationId),
    check("grant_application_file_size_ck", sql`${t.size} = octet_length(${t.content})`),
  ],
);
