/**
 * Accounts the e2e server starts with. playwright.config.ts creates them with
 * `kurs create-user --password-stdin` in the fresh data directory before the server starts
 * (the PGlite directory is locked while the server runs).
 */
export const e2eAccounts = {
  admin: {
    email: "admin@example.org",
    role: "admin",
    name: "Ada Administration",
    password: "Verwaltung-im-Kreishaus-2026",
  },
  // A second admin for e2e/audit.spec.ts: it enrols its own second factor, so the spec does not
  // depend on whether auth-admin.spec.ts has already enrolled (or not) the first admin's.
  auditor: {
    email: "audit@example.org",
    role: "admin",
    name: "Anton Audit",
    password: "Pruefprotokoll-lesen-im-Kreishaus-2026",
  },
  coordinator: {
    email: "koordinierung@example.org",
    role: "coordinator",
    name: "Karla Koordinierung",
    password: "Integrationskonzept-steuern-2026",
  },
  // Indicators: a partner account of the example adult-education centre (reports its figures).
  partner: {
    email: "vhs@example.org",
    role: "partner",
    name: "Paula Partner",
    password: "Kennzahlen-melden-fuer-die-VHS-2026",
    partner: "Volkshochschule (Beispiel)",
  },
  // A member of a committee: reads the concept, its drafts, Gremien and reports; edits nothing.
  committee: {
    email: "gremium@example.org",
    role: "committee",
    name: "Gerd Gremium",
    password: "Beschluesse-lesen-im-Kreistag-2026",
  },
} as const;

type AccountKey = keyof typeof e2eAccounts;

/** Shell steps that create the accounts; the password goes through stdin from an env var. */
export function createAccountsCommand(): string {
  const steps = (Object.keys(e2eAccounts) as AccountKey[])
    .map((key) => {
      const account = e2eAccounts[key];
      return `printf '%s' "$KURS_E2E_PASSWORD_${key.toUpperCase()}" | node dist/server/kurs.js create-user --email ${account.email} --role ${account.role} --name "$KURS_E2E_NAME_${key.toUpperCase()}"${"partner" in account ? ` --partner "${account.partner}"` : ""} --password-stdin`;
    })
    .join(" && ");
  // The compiled command line (npm run build), as `npm run kurs` runs it: no tsx start-up per account.
  return `node scripts/build-if-stale.mjs && ${steps}`;
}

/** The env vars the command above reads. */
export function createAccountsEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of Object.keys(e2eAccounts) as AccountKey[]) {
    env[`KURS_E2E_PASSWORD_${key.toUpperCase()}`] = e2eAccounts[key].password;
    env[`KURS_E2E_NAME_${key.toUpperCase()}`] = e2eAccounts[key].name;
  }
  return env;
}
