import { sql } from "drizzle-orm";
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { closedFollowUpStates, followUpStates } from "../../../../domain/follow-up";
import { appUser } from "./accounts";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { resolution } from "./council";
import { inList, valueCheck } from "./value-check";

/**
 * Beschlussverfolgung: one thing to be done because of a resolution — what, by whom (an
 * organisation or a role, never a person), until when, and how far it is. Effects Kurs applies
 * itself get one marked done (`effect_index` names the effect).
 */
export const resolutionFollowUp = pgTable(
  "resolution_follow_up",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    resolutionId: uuid("resolution_id").notNull(),
    title: text("title").notNull(),
    responsible: text("responsible"),
    dueOn: date("due_on", { mode: "string" }),
    state: text("state", { enum: followUpStates }).notNull().default("open"),
    /** The day it was done or overtaken (null while open or in progress). */
    closedOn: date("closed_on", { mode: "string" }),
    /** The position of the effect in the resolution that Kurs applied (automatic follow-up). */
    effectIndex: integer("effect_index"),
    createdAt: createdAtColumn(),
    modifiedAt: timestamp("modified_at", { withTimezone: true, mode: "string" })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.resolutionId],
      foreignColumns: [resolution.tenantId, resolution.id],
    }),
    index("resolution_follow_up_resolution_ix").on(t.tenantId, t.resolutionId),
    valueCheck("resolution_follow_up_state_ck", t.state, followUpStates),
    check(
      "resolution_follow_up_closed_ck",
      sql`(${inList(t.state, closedFollowUpStates)}) = (${t.closedOn} is not null)`,
    ),
  ],
);

/** A dated note on a follow-up (what happened, by the office). Never edited. */
export const resolutionFollowUpNote = pgTable(
  "resolution_follow_up_note",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    followUpId: uuid("follow_up_id").notNull(),
    notedOn: date("noted_on", { mode: "string" }).notNull(),
    text: text("text").notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.followUpId],
      foreignColumns: [resolutionFollowUp.tenantId, resolutionFollowUp.id],
    }).onDelete("cascade"),
  ],
);

/**
 * A personal calendar feed (iCalendar) of an office user: the URL carries a random token, only
 * its SHA-256 is stored; revoking it makes the URL answer 404.
 */
export const calendarFeed = pgTable(
  "calendar_feed",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    userId: uuid("user_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "string" }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("calendar_feed_hash_uq").on(t.tenantId, t.tokenHash),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [appUser.tenantId, appUser.id],
    }).onDelete("cascade"),
  ],
);
