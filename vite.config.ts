import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { splitTexts } from "./src/web/i18n/text-split";

const webRoot = fileURLToPath(new URL("./src/web", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/web", import.meta.url));

const germanTexts = fileURLToPath(new URL("./src/web/i18n/locales/de.json", import.meta.url));
const textModules = "virtual:kurs-texts/";

/**
 * `virtual:kurs-texts/de-core` and `…/de-deferred`: the one German text file split in two
 * (src/web/i18n/text-split.ts), so the entry script carries only the texts the first page uses.
 */
function splitGermanTexts(): Plugin {
  return {
    name: "kurs-split-german-texts",
    resolveId: (id) => (id.startsWith(textModules) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${textModules}`)) return undefined;
      this.addWatchFile(germanTexts);
      const parts = splitTexts(JSON.parse(readFileSync(germanTexts, "utf8")));
      const part = id.endsWith("de-core") ? parts.core : parts.deferred;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
    },
  };
}

/**
 * The web app: root src/web (index.html lives there), built into dist/web, which the server
 * serves. `vite` alone starts the dev server on 5173 and forwards /api to the API on 3000.
 */
export default defineConfig({
  root: webRoot,
  plugins: [react(), splitGermanTexts()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: "assets",
    // Fonts and icons stay files: the CSP allows data: for them, but files cache better.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: {
      "/api": { target: process.env.KURS_API_URL ?? "http://127.0.0.1:3000", changeOrigin: false },
    },
  },
  preview: { port: 4173 },
});
