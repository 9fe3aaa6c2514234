/**
 * A search worker (see search-pool.ts): answers GET /api/search query strings
 * on its own read-only connection, so searches run beside the main thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../db/client";
import { answerSearchRequest } from "./search-api";
import type { SearchReply, SearchRequest } from "./search-pool";

const db = openDatabase(workerData.databaseFile as string, { readonly: true });

parentPort!.on("message", ({ id, query }: SearchRequest) => {
  const { status, body } = answerSearchRequest(db, new URLSearchParams(query));
  parentPort!.postMessage({ id, status, json: JSON.stringify(body) } satisfies SearchReply);
});
