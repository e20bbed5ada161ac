import { Suspense, useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { Loading } from "../components/QueryState";
import { Footer } from "./Footer";
import { Header } from "./Header";
import { SkipLink } from "./SkipLink";

/**
 * The frame of every page. After a client-side navigation focus moves to <main>, so screen
 * readers start reading the new page instead of staying on the clicked link.
 */
export function Layout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (pathname) mainRef.current?.focus();
  }, [pathname]);
  return (
    <div className="kurs-app">
      <SkipLink />
      <Header />
      <main id="main" ref={mainRef} tabIndex={-1} className="kern-container kurs-main">
        {/* Pages load on first visit (lazyPage.ts): the notice holds their place meanwhile. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </div>
  );
}
