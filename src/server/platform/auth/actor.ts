import type { Principal } from "../../../contract/permissions";
import type { Role } from "../db/schema";

/** The roles (db/schema/accounts.ts) and "public" (src/contract/permissions.ts). */
export type { Principal, Role };

/** Who acts, as the audit log records it: the actor's name and the request's id. */
export interface Actor {
  actor: string;
  requestId?: string;
}

/** Who reads: the role ("public" without sign-in) and, for partners, their organisation. */
export interface Viewer {
  role: Principal;
  partnerId: string | null;
}
