/**
 * Starting the production server (server/main.ts as built by
 * scripts/build-if-needed.ts) from scripts: `npm start`, the browser tests'
 * server, the page audit and the benchmarks all serve through it.
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed";
import { SERVER_ENTRY } from "./build-server";

/** The built server on `port`; `env` adds to this process's environment. */
export function spawnProductionServer(options: {
  port: number | string;
  env?: Record<string, string>;
  stdio?: SpawnOptions["stdio"];
  detached?: boolean;
}): ChildProcess {
  return spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, NODE_ENV: "production", ...options.env, PORT: String(options.port) },
    stdio: options.stdio ?? "inherit",
    detached: options.detached ?? false,
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Stops a process started in its own group, with everything it started. */
export function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

export interface RunningServer {
  baseUrl: string;
  port: number;
  /** The server process (its search workers are threads of it, its cluster's processes its children). */
  pid: number | undefined;
  databasePath: string;
  stop: () => void;
}

/**
 * Serves the production build (server/main.ts) on a spare port with the given
 * database (a fresh demo one by default), with no API rate limit and no open-data files made; `env` adds
 * configuration (SERVER_PROCESSES…) or overrides those.
 */
export async function startProductionServer(
  options: { databasePath?: string; quiet?: boolean; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  buildIfNeeded();
  const port = await freePort();
  let databasePath = options.databasePath;
  let tempDir: string | null = null;
  if (!databasePath) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-pages-"));
    databasePath = path.join(tempDir, "audit.db");
  }
  const server = spawnProductionServer({
    port,
    // For measurements: one client makes the whole load, and the open-data files are not remade meanwhile.
    env: { API_RATE_LIMIT: "0", DUMPS_CHECK_MINUTES: "0", ...options.env, DATABASE_PATH: databasePath },
    stdio: options.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const cleanup = () => {
    stop(server);
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
  process.on("exit", cleanup);
  await waitFor(`${baseUrl}/api/health`, 180_000);
  return { baseUrl, port, pid: server.pid, databasePath, stop: cleanup };
}
