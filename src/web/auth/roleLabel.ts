import type { TFunction } from "i18next";
import type { RoleName } from "../../contract/auth";
import { roles } from "../../domain/roles";

export const roleNames: readonly RoleName[] = roles;

/** German role names as the county uses them: Administration, Koordinierung, … */
export function roleLabel(t: TFunction, role: RoleName): string {
  return t(`roles.${role}`);
}
