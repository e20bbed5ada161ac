import { type Role, roles } from "../../../../domain/roles";

/** Sign-in through the county's identity provider (OpenID Connect), from the environment. */
export interface OidcConfig {
  /** KURS_OIDC_ISSUER: discovery from `$issuer/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** KURS_PUBLIC_URL: the redirect URI is `$publicUrl/api/v1/auth/oidc/callback`. */
  publicUrl: string;
  /** KURS_OIDC_ROLE_CLAIM (default "groups"): the claim that lists the person's groups. */
  roleClaim: string;
  /** KURS_OIDC_ROLE_MAP: group → role, e.g. kurs-admin=admin,kurs-koordination=coordinator. */
  roleMap: ReadonlyMap<string, Role>;
  /**
   * KURS_OIDC_MFA_ACR: `acr` values that count as a second factor (comma-separated; default
   * none). An `amr` containing "mfa" or "otp" always counts.
   */
  mfaAcr: readonly string[];
}

const oidcCallbackPath = "/api/v1/auth/oidc/callback";

export function redirectUri(config: OidcConfig): string {
  return `${config.publicUrl.replace(/\/+$/, "")}${oidcCallbackPath}`;
}

/** The strongest role wins when a person is in several mapped groups. */
const rank: Record<Role, number> = { admin: 4, coordinator: 3, committee: 2, partner: 1 };

export function roleOfGroups(config: OidcConfig, groups: readonly string[]): Role | null {
  let best: Role | null = null;
  for (const group of groups) {
    const role = config.roleMap.get(group);
    if (role && (!best || rank[role] > rank[best])) best = role;
  }
  return best;
}

function parseRoleMap(raw: string): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const entry of raw
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf("=");
    const group = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !group || !(roles as readonly string[]).includes(role)) {
      throw new Error(
        `KURS_OIDC_ROLE_MAP: „${entry}“ ist kein Paar Gruppe=Rolle (Rollen: ${roles.join(", ")}).`,
      );
    }
    map.set(group, role as Role);
  }
  if (map.size === 0)
    throw new Error("KURS_OIDC_ROLE_MAP ist leer: ohne Zuordnung kann niemand sich anmelden.");
  return map;
}

/** Null when KURS_OIDC_ISSUER is unset; a clear error when the rest is incomplete. */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv): OidcConfig | null {
  const issuer = env.KURS_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const missing = [
    "KURS_OIDC_CLIENT_ID",
    "KURS_OIDC_CLIENT_SECRET",
    "KURS_PUBLIC_URL",
    "KURS_OIDC_ROLE_MAP",
  ].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new Error(`KURS_OIDC_ISSUER ist gesetzt, aber es fehlt: ${missing.join(", ")}.`);
  }
  const publicUrl = env.KURS_PUBLIC_URL?.trim() ?? "";
  try {
    new URL(publicUrl);
  } catch {
    throw new Error(`KURS_PUBLIC_URL ist keine Adresse: ${publicUrl}`);
  }
  return {
    issuer,
    clientId: env.KURS_OIDC_CLIENT_ID?.trim() ?? "",
    clientSecret: env.KURS_OIDC_CLIENT_SECRET ?? "",
    publicUrl,
    roleClaim: env.KURS_OIDC_ROLE_CLAIM?.trim() || "groups",
    roleMap: parseRoleMap(env.KURS_OIDC_ROLE_MAP ?? ""),
    mfaAcr: (env.KURS_OIDC_MFA_ACR ?? "")
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  };
}

/** KURS_LOCAL_LOGIN=0 switches local passwords off (only with OIDC configured). */
export function localLoginFromEnv(env: NodeJS.ProcessEnv, oidc: OidcConfig | null): boolean {
  const raw = env.KURS_LOCAL_LOGIN?.trim();
  if (raw !== "0" && raw !== "false") return true;
  if (!oidc)
    throw new Error(
      "KURS_LOCAL_LOGIN=0 geht nur mit KURS_OIDC_ISSUER: sonst könnte sich niemand anmelden.",
    );
  return false;
}
