import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { type Role, roles } from "../../../../domain/roles";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { partner } from "./measures";
import { tenant } from "./tenant";
import { valueCheck } from "./value-check";

export type { Role };

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** An account of one county. E-mail is unique per county (case-insensitive). */
export const appUser = pgTable(
  "app_user",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    email: text("email").notNull(),
    displayName: text("display_name"),
    role: text("role", { enum: roles }).notNull(),
    /** Null for accounts that sign in only through the county's identity provider (OIDC). */
    passwordHash: text("password_hash"),
    passwordChangedAt: ts("password_changed_at").notNull().defaultNow(),
    /** Base32 TOTP secret in force (once totpEnabledAt is set). */
    totpSecret: text("totp_secret"),
    totpEnabledAt: ts("totp_enabled_at"),
    /** A new secret being set up; the old one stays in force until this one is confirmed. */
    totpPendingSecret: text("totp_pending_secret"),
    /** The last 30-second step whose code was accepted: a code is never accepted twice. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    /** For partners: the organisation (partner) whose measures and figures they may touch. */
    partnerId: uuid("partner_id"),
    /** For committee members: the committee whose shared drafts they may read. */
    committeeId: uuid("committee_id"),
    disabledAt: ts("disabled_at"),
    /** The identity provider's `sub` for this person (OIDC sign-in, src/server/platform/auth/oidc). */
    oidcSubject: text("oidc_subject"),
    /**
     * The break-glass admin (named by `kurs break-glass`): the only account whose local password
     * still works when KURS_LOCAL_LOGIN=0.
     */
    breakGlass: boolean("break_glass").notNull().default(false),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("app_user_email_uq").on(t.tenantId, sql`lower(${t.email})`),
    uniqueIndex("app_user_oidc_subject_uq")
      .on(t.tenantId, t.oidcSubject)
      .where(sql`${t.oidcSubject} is not null`),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
    foreignKey({
      columns: [t.tenantId, t.partnerId],
      foreignColumns: [partner.tenantId, partner.id],
    }),
    valueCheck("app_user_role_ck", t.role, roles),
  ],
);

/** A login session. Only the SHA-256 of the cookie token is stored. */
export const userSession = pgTable(
  "user_session",
  {
    tenantId: tenantColumn(),
    tokenHash: text("token_hash").notNull(),
    userId: uuid("user_id").notNull(),
    createdAt: createdAtColumn(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    /** Second factor passed in this session (required for admins). */
    mfaVerified: boolean("mfa_verified").notNull().default(false),
    userAgent: text("user_agent"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.tokenHash] }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [appUser.tenantId, appUser.id],
    }).onDelete("cascade"),
  ],
);

/** One-time recovery codes for the second factor (hashed). */
export const recoveryCode = pgTable(
  "recovery_code",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    userId: uuid("user_id").notNull(),
    codeHash: text("code_hash").notNull(),
    usedAt: ts("used_at"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [appUser.tenantId, appUser.id],
    }).onDelete("cascade"),
  ],
);

/** Admin-issued one-time password reset links (hashed token). */
export const passwordReset = pgTable(
  "password_reset",
  {
    tenantId: tenantColumn(),
    tokenHash: text("token_hash").notNull(),
    userId: uuid("user_id").notNull(),
    createdBy: uuid("created_by"),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.tokenHash] }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [appUser.tenantId, appUser.id],
    }).onDelete("cascade"),
  ],
);

/**
 * Failed logins per e-mail (hashed, so that unknown addresses are throttled the same way as known
 * ones and nothing reveals which exist).
 */
export const loginThrottle = pgTable(
  "login_throttle",
  {
    tenantId: tenantColumn(),
    emailHash: text("email_hash").notNull(),
    failures: integer("failures").notNull().default(0),
    windowStartedAt: ts("window_started_at").notNull().defaultNow(),
    lockedUntil: ts("locked_until"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.emailHash] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
  ],
);
