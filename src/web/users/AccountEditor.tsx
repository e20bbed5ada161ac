import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RoleName, User } from "../../contract/auth";
import { roleLabel, roleNames } from "../auth/roleLabel";
import { Alert } from "../components/Alert";
import { SelectField } from "../components/form";
import { ErrorNotice } from "../components/QueryState";
import { ResetLinkSection } from "./ResetLinkSection";
import { useUpdateUser } from "./usersApi";

type Done = "roleSaved" | "disabledNow" | "enabledNow" | null;

/** One account opened from the table: change its role, (un)lock it, issue a reset link. */
export function AccountEditor({
  user,
  isSelf,
  onClose,
}: {
  user: User;
  isSelf: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [role, setRole] = useState<RoleName>(user.role);
  const [done, setDone] = useState<Done>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const change = async (changes: { role?: RoleName; disabled?: boolean }, result: Done) => {
    setDone(null);
    await update.mutateAsync({ id: user.id, ...changes }).then(
      () => setDone(result),
      () => undefined, // shown below from update.error
    );
  };

  return (
    <section
      id="account-editor"
      className="kurs-section kurs-account-editor"
      aria-labelledby="account-editor-title"
    >
      <h2
        id="account-editor-title"
        ref={heading}
        tabIndex={-1}
        className="kern-heading-large kurs-focus-target"
      >
        {t("users.editTitle", { email: user.email })}
      </h2>
      {done ? (
        <Alert tone="success" title={t(`users.${done}`)} role="status" headingLevel={3} />
      ) : null}
      {update.isError ? <ErrorNotice error={update.error} /> : null}
      {isSelf ? (
        <p className="kern-body">{t("users.ownAccount")}</p>
      ) : (
        <div className="kurs-editor-row">
          <form
            className="kurs-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void change({ role }, "roleSaved");
            }}
          >
            <SelectField
              id="account-editor-role"
              label={t("users.newRole")}
              value={role}
              onChange={(v) => setRole(v as RoleName)}
            >
              {roleNames.map((name) => (
                <option key={name} value={name}>
                  {roleLabel(t, name)}
                </option>
              ))}
            </SelectField>
            <button
              type="submit"
              className="kern-btn kern-btn--secondary"
              disabled={update.isPending || role === user.role}
            >
              <span className="kern-label">{t("users.saveRole")}</span>
            </button>
          </form>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            disabled={update.isPending}
            onClick={() =>
              void change(
                { disabled: !user.disabled },
                user.disabled ? "enabledNow" : "disabledNow",
              )
            }
          >
            <span className="kern-label">
              {user.disabled ? t("users.enable") : t("users.disable")}
            </span>
          </button>
        </div>
      )}
      <ResetLinkSection userId={user.id} />
      <div className="kern-btn-wrapper">
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onClose}>
          <span className="kern-icon kern-icon--close" aria-hidden="true" />
          <span className="kern-label">{t("users.close")}</span>
        </button>
      </div>
    </section>
  );
}
