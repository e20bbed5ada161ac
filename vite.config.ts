import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL("./src/web", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/web", import.meta.url));

/**
 * The web app: root src/web (index.html lives there), built into dist/web, which the server
 * serves. `vite` alone starts the dev server on 5173 and forwards /api to the API on 3000.
 */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
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
