import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Me } from "../../contract/auth";
import { ErrorNotice, Loading } from "../components/QueryState";
import { loginPathFrom } from "./nextPath";
import { useMe } from "./session";

/** Renders `children` for a signed-in person; sends everyone else to /anmelden and back. */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={loginPathFrom(pathname, search)} replace />;
  return <>{children(me.data)}</>;
}
