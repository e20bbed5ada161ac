import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemCode } from "../api/client";
import { Alert } from "./Alert";
import { ErrorNotice, Loading } from "./QueryState";

/**
 * QueryState for the county's administration pages (/landkreis, /landkreis/oparl): an admin
 * without a second factor gets the way to the account page instead of an error.
 */
export function AdminQueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (problemCode(query.error) === "auth.secondFactorNeeded") return <SecondFactorNeeded />;
    return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}

/**
 * The notice for an admin who has no second factor yet: the server's detail where it gave one,
 * and the way to the account page to set one up.
 */
export function SecondFactorNeeded({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" title={t("users.secondFactorTitle")}>
      {detail ? <p className="kern-body">{detail}</p> : null}
      <p className="kern-body">
        <Link className="kern-link" to="/konto">
          {t("users.toAccount")}
        </Link>
      </p>
    </Alert>
  );
}
