/** The server browser tests run against: the production build on a fresh database. */
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "../db/client";
import { env } from "../lib/env";
import { spawnProductionServer } from "./production-server";

fs.rmSync(path.dirname(databasePath()), { recursive: true, force: true });
const server = spawnProductionServer({ port: String(env().PORT) });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
