import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { TextField } from "../components/form";

/** Client-side checks: both filled in and equal. Length and common passwords: the server. */
export function checkNewPassword(
  t: TFunction,
  value: { next: string; repeat: string },
  missing: { next: string; repeat: string },
): Partial<Record<"newPassword" | "repeat", string>> {
  const errors: Partial<Record<"newPassword" | "repeat", string>> = {};
  if (!value.next) errors.newPassword = missing.next;
  if (!value.repeat) errors.repeat = missing.repeat;
  else if (value.next && value.repeat !== value.next) {
    errors.repeat = t("form.passwordRepeatMismatch");
  }
  return errors;
}

/** "New password" with the rules as hint, and its repetition. */
export function NewPasswordFields({
  ids,
  labels,
  value,
  onChange,
  errors,
}: {
  ids: { next: string; repeat: string };
  labels: { next: string; repeat: string };
  value: { next: string; repeat: string };
  onChange: (value: { next: string; repeat: string }) => void;
  errors: { next?: string; repeat?: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={ids.next}
        label={labels.next}
        required
        hint={t("form.passwordHint")}
        type="password"
        autoComplete="new-password"
        value={value.next}
        onChange={(v) => onChange({ ...value, next: v })}
        error={errors.next}
      />
      <TextField
        id={ids.repeat}
        label={labels.repeat}
        required
        type="password"
        autoComplete="new-password"
        value={value.repeat}
        onChange={(v) => onChange({ ...value, repeat: v })}
        error={errors.repeat}
      />
    </>
  );
}
