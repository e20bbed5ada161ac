import "@kern-ux/native/dist/kern.min.css";
import "./styles/fonts.css";
import "./styles/layout.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { TenantInfo } from "../contract/overview";
import { overviewRoutes } from "../contract/routes/overview";
import { App } from "./App";
import { pathOf } from "./api/call";
import { apiQuery } from "./api/queries";
import { queryClient } from "./api/queryClient";
import { meQuery } from "./auth/session";
import { initialLanguage } from "./i18n/language";
import { setupI18n } from "./i18n/setup";

// The header shows the county and who is signed in. Both are read before the first paint
// (index.html preloads them beside the scripts), so the header does not grow and push the page
// down once they arrive; a slow answer holds the first paint back by at most 3 s.
const frame = Promise.all([
  queryClient.prefetchQuery(meQuery),
  queryClient.prefetchQuery(
    apiQuery<TenantInfo>(pathOf(overviewRoutes.getTenantInfo, {}), initialLanguage()),
  ),
]);
await Promise.all([
  setupI18n(),
  Promise.race([frame, new Promise((resolve) => setTimeout(resolve, 3_000))]),
]);

const root = document.getElementById("root");
if (!root) throw new Error("#root fehlt in index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
