/** The roles of a signed-in person; what each may do is decided in server/auth/permissions.ts. */
export const roles = ["admin", "coordinator", "partner", "committee"] as const;
export type Role = (typeof roles)[number];
