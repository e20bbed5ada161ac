import type { TFunction } from "i18next";
import type { RoleName } from "../../contract/auth";

export const roleNames: readonly RoleName[] = ["admin", "coordinator", "partner", "committee"];

/** German role names as the county uses them: Administration, Koordinierung, … */
export function roleLabel(t: TFunction, role: RoleName): string {
  return t(`roles.${role}`);
}
