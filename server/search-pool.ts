/**
 * Worker threads that answer GET /api/search. A search is CPU work on a SQLite
 * connection (synchronous in better-sqlite3); on the main thread it would queue
 * behind page rendering and every other request. Each worker holds a read-only
 * connection (WAL lets them read while the main thread writes) and its own
 * cached dictionary, which it reloads when the index changes.
 */
import { Worker } from "node:worker_threads";

export interface SearchRequest {
  id: number;
  /** The request's query string, without "?". */
  query: string;
}

export interface SearchReply {
  id: number;
  status: number;
  json: string;
}

/** Beyond this many searches in flight, new ones are refused with 503 rather than queued without end. */
const MAX_IN_FLIGHT = 1000;

/**
 * A search allocates little and briefly; a small young generation keeps each
 * worker's memory near what it holds (V8's default lets it grow by tens of MB).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

const unavailable = (error: string): SearchReply => ({ id: 0, status: 503, json: JSON.stringify({ error }) });

/** A worker that dies this soon after starting is restarted only after RESTART_DELAY_MS, not in a tight loop. */
const EARLY_EXIT_MS = 5_000;
const RESTART_DELAY_MS = 1_000;

interface Slot {
  /** null while a worker that failed early waits to be restarted. */
  worker: Worker | null;
  pending: Map<number, (reply: SearchReply) => void>;
}

export class SearchPool {
  private readonly slots: Slot[];
  private nextId = 1;
  private closing = false;

  constructor(
    size: number,
    private readonly workerUrl: URL,
    private readonly databaseFile: string,
  ) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, pending: new Map() }));
    this.slots.forEach((slot) => this.start(slot));
  }

  private start(slot: Slot): void {
    const startedAt = Date.now();
    const worker = new Worker(this.workerUrl, { workerData: { databaseFile: this.databaseFile }, resourceLimits: WORKER_LIMITS });
    slot.worker = worker;
    worker.on("message", (reply: SearchReply) => {
      slot.pending.get(reply.id)?.(reply);
      slot.pending.delete(reply.id);
    });
    // A worker that dies (a crash in native code, out of memory, a database it cannot open) fails its searches and is replaced.
    worker.on("error", (error) => console.error("[search] worker failed:", error));
    worker.on("exit", () => {
      slot.worker = null;
      for (const answer of slot.pending.values()) answer(unavailable("search is unavailable; try again shortly"));
      slot.pending.clear();
      if (this.closing) return;
      const delay = Date.now() - startedAt < EARLY_EXIT_MS ? RESTART_DELAY_MS : 0;
      setTimeout(() => this.closing || this.start(slot), delay).unref();
    });
  }

  /** Answers a query string on the least busy worker. */
  search(query: string): Promise<SearchReply> {
    const live = this.slots.filter((slot) => slot.worker !== null);
    if (live.length === 0) return Promise.resolve(unavailable("search is unavailable; try again shortly"));
    const inFlight = live.reduce((sum, slot) => sum + slot.pending.size, 0);
    if (inFlight >= MAX_IN_FLIGHT) return Promise.resolve(unavailable("the server is busy; try again shortly"));
    const slot = live.reduce((least, s) => (s.pending.size < least.pending.size ? s : least));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      slot.worker!.postMessage({ id, query } satisfies SearchRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }
}
