import { sql } from "drizzle-orm";
import { check, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumn } from "./columns";
import { measure } from "./measures";
import { tenant } from "./tenant";

/** Languages a measure's public text may be translated into (German is the original). */
export const translationLanguages = ["en", "uk", "ar", "tr", "fa"] as const;

/** A measure's public title and description in another language. */
export const measureTranslation = pgTable(
  "measure_translation",
  {
    tenantId: tenantColumn(),
    measureId: uuid("measure_id").notNull(),
    lang: text("lang", { enum: translationLanguages }).notNull(),
    title: text("title").notNull(),
    description: text("description"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.measureId, t.lang] }),
    foreignKey({
      columns: [t.tenantId, t.measureId],
      foreignColumns: [measure.tenantId, measure.id],
    }).onDelete("cascade"),
    check("measure_translation_lang_ck", sql`${t.lang} in ('en', 'uk', 'ar', 'tr', 'fa')`),
  ],
);

export const legalTopics = ["imprint", "privacy", "accessibility"] as const;

/** Impressum, Datenschutz and Erklärung zur Barrierefreiheit, written by the admin. */
export const legalText = pgTable(
  "legal_text",
  {
    tenantId: tenantColumn(),
    topic: text("topic", { enum: legalTopics }).notNull(),
    /** The language of this text (public site languages); "de" is the original. */
    lang: text("lang").notNull().default("de"),
    body: text("body").notNull(),
    /** Feedback contact (accessibility statement): e-mail or postal text. */
    contact: text("contact"),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.topic, t.lang] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    check("legal_text_topic_ck", sql`${t.topic} in ('imprint', 'privacy', 'accessibility')`),
    check("legal_text_lang_ck", sql`${t.lang} in ('de', 'de-x-ls', 'en', 'uk', 'ar', 'tr', 'fa')`),
  ],
);
