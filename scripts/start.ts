/** `npm start`: build if needed, then serve; the server migrates and seeds its database as it starts. */
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { databasePath } from "../db/client";

buildIfNeeded();
const port = process.env.PORT || "3000";
console.log(`[mttq] Database: ${databasePath()} (set DATABASE_PATH to use another file)`);
console.log(`[mttq] Serving on http://localhost:${port}`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
