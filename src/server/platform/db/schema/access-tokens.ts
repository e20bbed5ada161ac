import {
  foreignKey,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tokenAccessLevels } from "../../../../domain/access-tokens";
import { appUser } from "./accounts";
import { createdAtColumn, idColumn, tenantColumn } from "./columns";
import { tenant } from "./tenant";
import { valueCheck } from "./value-check";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/**
 * A personal access token for scripts and dashboards (`Authorization: Bearer …`). Only the
 * SHA-256 of the token is stored; it acts with its owner's role, never with admin permissions,
 * and only reads when `access` is "read".
 */
export const accessToken = pgTable(
  "access_token",
  {
    tenantId: tenantColumn(),
    id: idColumn(),
    userId: uuid("user_id").notNull(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    access: text("access", { enum: tokenAccessLevels }).notNull(),
    expiresAt: ts("expires_at").notNull(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("access_token_hash_uq").on(t.tenantId, t.tokenHash),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [appUser.tenantId, appUser.id],
    }).onDelete("cascade"),
    valueCheck("access_token_access_ck", t.access, tokenAccessLevels),
  ],
);

/**
 * A sign-in through the identity provider that has started but not come back yet: the browser
 * holds a cookie with `id`; state, nonce and PKCE verifier stay here and are used once.
 */
export const oidcLogin = pgTable(
  "oidc_login",
  {
    tenantId: tenantColumn(),
    id: text("id").notNull(),
    state: text("state").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    /** Where the browser goes after sign-in (a path inside Kurs). */
    nextPath: text("next_path").notNull().default("/"),
    createdAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id] }),
  ],
);
