import "@kern-ux/native/dist/kern.min.css";
import "./styles/fonts.css";
import "./styles/layout.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { setupI18n } from "./i18n/setup";

await setupI18n();

const root = document.getElementById("root");
if (!root) throw new Error("#root fehlt in index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
