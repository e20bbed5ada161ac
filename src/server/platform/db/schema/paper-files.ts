import { sql } from "drizzle-orm";
import { check, foreignKey, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { bytea, createdAtColumn, idColumn, tenantColumn } from "./columns";
import { paper } from "./council";

export const paperFileMimeTypes = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "image/png",
  "image/jpeg",
] as const;

/**
 * Anlage einer Vorlage (OParl File). The bytes live in the database, so the backup holds them.
 */
export const paperFile = pgTable(
  "paper_file",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    paperId: uuid("paper_id").notNull(),
    /** Shown name (OParl File.name). */
    name: text("name").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type", { enum: paperFileMimeTypes }).notNull(),
    size: integer("size").notNull(),
    sha1: text("sha1").notNull(),
    content: bytea("content").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.paperId],
      foreignColumns: [paper.tenantId, paper.id],
    }).onDelete("cascade"),
    check("paper_file_size_ck", sql`${t.size} = octet_length(${t.content})`),
  ],
);
