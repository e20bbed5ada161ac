import { foreignKey, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { legalTopics } from "../../../../domain/legal-topics";
import { publicLanguageCodes, translationLanguageCodes } from "../../../../domain/public-languages";
import { tenantColumn } from "./columns";
import { measure } from "./measures";
import { tenant } from "./tenant";
import { valueCheck } from "./value-check";

/** A measure's public title and description in another language. */
export const measureTranslation = pgTable(
  "measure_translation",
  {
    tenantId: tenantColumn(),
    measureId: uuid("measure_id").notNull(),
    lang: text("lang", { enum: translationLanguageCodes }).notNull(),
    title: text("title").notNull(),
    description: text("description"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.measureId, t.lang] }),
    foreignKey({
      columns: [t.tenantId, t.measureId],
      foreignColumns: [measure.tenantId, measure.id],
    }).onDelete("cascade"),
    valueCheck("measure_translation_lang_ck", t.lang, translationLanguageCodes),
  ],
);

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
    valueCheck("legal_text_topic_ck", t.topic, legalTopics),
    valueCheck("legal_text_lang_ck", t.lang, publicLanguageCodes),
  ],
);
