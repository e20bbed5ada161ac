import "../auth/auth.css";
import "./users.css";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../contract/auth";
import { ApiError, problemCode } from "../api/client";
import { RequireSignIn } from "../auth/RequireSignIn";
import { SecondFactorNeeded } from "../components/AdminQueryState";
import { Page } from "../components/Page";
import { ErrorNotice, Loading } from "../components/QueryState";
import { AccountEditor } from "./AccountEditor";
import { AccountTable } from "./AccountTable";
import { CreateAccountForm } from "./CreateAccountForm";
import { useUsers } from "./usersApi";

/** /konten: the county's accounts, for admins whose session passed the second factor. */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("users.title")} lead={t("users.lead")}>
      <RequireSignIn>{(me) => <AccountAdministration me={me} />}</RequireSignIn>
    </Page>
  );
}

function AccountAdministration({ me }: { me: Me }) {
  const users = useUsers();
  const [editing, setEditing] = useState<string | null>(null);
  if (users.isPending) return <Loading />;
  if (users.isError) {
    if (problemCode(users.error) === "auth.secondFactorNeeded") {
      const detail = users.error instanceof ApiError ? users.error.problem?.detail : undefined;
      return (
        <div data-testid="second-factor-needed">
          <SecondFactorNeeded detail={detail} />
        </div>
      );
    }
    return <ErrorNotice error={users.error} onRetry={() => void users.refetch()} />;
  }
  const selected = users.data.find((u) => u.id === editing);
  const closeEditor = () => {
    const id = editing;
    setEditing(null);
    if (id) document.getElementById(`edit-${id}`)?.focus();
  };
  return (
    <div className="kurs-stack">
      <AccountTable
        users={users.data}
        ownId={me.user.id}
        editing={editing}
        onEdit={(id) => setEditing(id)}
      />
      {selected ? (
        <AccountEditor
          key={selected.id}
          user={selected}
          isSelf={selected.id === me.user.id}
          onClose={closeEditor}
        />
      ) : null}
      <CreateAccountForm />
    </div>
  );
}
