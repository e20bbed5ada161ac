/** Names of throwaway databases in test runs; all start with kurs_t_ so cleanup can find them. */
export function templateName(runId: string, kind: string): string {
  return `kurs_t_${runId}_tpl_${kind}`.toLowerCase();
}

/** The same server URL with another database name. */
export function adminUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
