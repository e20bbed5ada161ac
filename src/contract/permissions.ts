import type { RoleName } from "./auth";

/** Whoever asks: a role, or "public" without a session or token. */
export type Principal = RoleName | "public";

/**
 * The one place that decides what a role may do. Every API route names one permission in its
 * `config.permission`; a route without one is refused (deny by default).
 */
export const permissions = {
  "health.read": ["public", "admin", "coordinator", "partner", "committee"],
  "overview.read": ["public", "admin", "coordinator", "partner", "committee"],
  "concept.read": ["public", "admin", "coordinator", "partner", "committee"],
  "concept.readDrafts": ["admin", "coordinator", "committee"],
  "concept.edit": ["admin", "coordinator"],
  "measures.read": ["public", "admin", "coordinator", "partner", "committee"],
  "measures.edit": ["admin", "coordinator"],
  /** Progress updates; partners only for measures of their own organisation (checked in the service). */
  "measures.report": ["admin", "coordinator", "partner"],
  /** Staff capacity is internal planning: not for the public or partners. */
  "capacity.read": ["admin", "coordinator", "committee"],
  "capacity.edit": ["admin", "coordinator"],
  /** Funds are public money: everyone may see balances and bookings. */
  "funds.read": ["public", "admin", "coordinator", "partner", "committee"],
  "funds.book": ["admin", "coordinator"],
  "governance.read": ["public", "admin", "coordinator", "partner", "committee"],
  "governance.edit": ["admin", "coordinator"],
  "session.create": ["public", "admin", "coordinator", "partner", "committee"],
  "session.read": ["public", "admin", "coordinator", "partner", "committee"],
  "session.self": ["admin", "coordinator", "partner", "committee"],
  /** Meine Aufgaben: what is due from the signed-in person (each sees only their own). */
  "tasks.self": ["admin", "coordinator", "partner", "committee"],
  "users.manage": ["admin"],
  /** One's own personal access tokens: only from a signed-in session, never by token. */
  "tokens.manage": ["admin", "coordinator", "partner", "committee"],
  "audit.read": ["admin"],
  // public site: legal texts are public; only the admin writes them
  "legal.read": ["public", "admin", "coordinator", "partner", "committee"],
  "legal.edit": ["admin"],
  /** Budget ledger: a fund's sources (own money, grants with their notices). */
  "funds.sources": ["admin", "coordinator"],
  // Committee reports: drafts and final reports are internal until the office
  // publishes them; partners see their own requests for progress updates.
  "reports.read": ["admin", "coordinator", "committee"],
  "reports.edit": ["admin", "coordinator"],
  "reports.tasks": ["admin", "coordinator", "partner"],
  /** Indicators (Kennzahlen): internal figures; partners see only those assigned to them. */
  "indicators.read": ["admin", "coordinator", "partner", "committee"],
  "indicators.edit": ["admin", "coordinator"],
  /** Enter values; partners only for indicators assigned to their organisation (service). */
  "indicators.report": ["admin", "coordinator", "partner"],
  /** A scoped submission link works without an account; the token is the permission. */
  "indicators.submitByLink": ["public", "admin", "coordinator", "partner", "committee"],
  /**
   * Decision tracking: follow-ups of resolutions are the office's working list,
   * read by the committee; the public sees them in the published report only.
   */
  "followUps.read": ["admin", "coordinator", "committee"],
  "followUps.edit": ["admin", "coordinator"],
  /** The personal calendar feed (a revocable link) of office users. */
  "calendar.feed": ["admin", "coordinator"],
  /** The county's own settings page; creating counties also needs KURS_PLATFORM_ADMINS. */
  "county.settings": ["admin"],
  /**
   * Grants to course providers: programmes and applications are internal; partners
   * see, edit and report only their own organisation's applications (checked in the service).
   */
  "grants.read": ["admin", "coordinator", "partner", "committee"],
  "grants.apply": ["admin", "coordinator", "partner"],
  "grants.decide": ["admin", "coordinator"],
  /** A scoped application link works without an account; the token is the permission. */
  "grants.applyByLink": ["public", "admin", "coordinator", "partner", "committee"],
  /** The pipeline per programme (asked, granted, paid, proven, reclaimed). */
  "grants.review": ["admin", "coordinator", "committee"],
  /** Municipalities (list for all; add, edit, retire, import by the office). */
  "municipalities.edit": ["admin", "coordinator"],
} as const satisfies Record<string, readonly Principal[]>;

export type Permission = keyof typeof permissions;

export function may(principal: Principal, permission: Permission): boolean {
  return (permissions[permission] as readonly Principal[]).includes(principal);
}
