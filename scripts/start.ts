/** `npm start`: build if needed, then serve; the server migrates and seeds its database as it starts. */
import { buildIfNeeded } from "./build-if-needed";
import { spawnProductionServer } from "./production-server";
import { databasePath } from "../db/client";
import { env } from "../lib/env";

buildIfNeeded();
const port = String(env().PORT);
console.log(`[mttq] Database: ${databasePath()} (set DATABASE_PATH to use another file)`);
const server = spawnProductionServer({ port });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
