/** The server browser tests run against: the production build on a fresh database. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "../db/client";

fs.rmSync(path.dirname(databasePath()), { recursive: true, force: true });
const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
