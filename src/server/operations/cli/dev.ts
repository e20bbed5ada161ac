import { type ChildProcess, spawn } from "node:child_process";

/**
 * `npm run dev`: the API with reload on change (tsx watch, port 3000) and Vite's dev server with
 * hot reload (port 5173, proxies /api to the API). Open http://localhost:5173.
 */
const children: ChildProcess[] = [];
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    for (const other of children) if (other !== child) other.kill("SIGTERM");
    process.exitCode = code ?? 0;
  });
  children.push(child);
};

run("npx", ["tsx", "watch", "--clear-screen=false", "src/server/operations/cli/serve.ts"], {
  KURS_SKIP_WEB_BUILD: "1",
  PORT: process.env.PORT ?? "3000",
});
run("npx", ["vite", "--port", process.env.VITE_PORT ?? "5173"]);
console.log("Kurs (Entwicklung): http://localhost:5173 – API auf http://localhost:3000");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
