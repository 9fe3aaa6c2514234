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

/** Beyond this many searches waiting or running, new ones are refused with 503 rather than queued without end. */
const MAX_IN_FLIGHT = 1000;

/**
 * Searches handed to a worker at once. The rest wait in one queue and go to
 * whichever worker frees up first, so a slow search holds up no more than one
 * behind it; the second keeps a worker busy while its next search is on the way.
 */
const PER_WORKER = 2;

/**
 * A search allocates little and briefly; a small young generation keeps each
 * worker's memory near what it holds (V8's default lets it grow by tens of MB).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

const unavailable = (error: string): SearchReply => ({ id: 0, status: 503, json: JSON.stringify({ error }) });
const UNAVAILABLE = "search is unavailable; try again shortly";

/** A worker that dies this soon after starting is restarted only after RESTART_DELAY_MS, not in a tight loop. */
const EARLY_EXIT_MS = 5_000;
const RESTART_DELAY_MS = 1_000;

type Answer = (reply: SearchReply) => void;

interface Slot {
  /** null while a worker that failed early waits to be restarted. */
  worker: Worker | null;
  /** The searches this worker has been handed, by id. */
  pending: Map<number, Answer>;
}

export class SearchPool {
  private readonly slots: Slot[];
  /** Searches not yet handed to a worker, oldest first. */
  private readonly queue: { request: SearchRequest; answer: Answer }[] = [];
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
      this.dispatch();
    });
    // A worker that dies (a crash in native code, out of memory, a database it cannot open) fails its searches and is replaced.
    worker.on("error", (error) => console.error("[search] worker failed:", error));
    // A restarted worker takes what queued up meanwhile.
    worker.on("online", () => this.dispatch());
    worker.on("exit", () => {
      slot.worker = null;
      for (const answer of slot.pending.values()) answer(unavailable(UNAVAILABLE));
      slot.pending.clear();
      // With no worker left, the queued searches would wait for a restart that may fail again.
      if (this.slots.every((s) => s.worker === null)) {
        for (const { answer } of this.queue.splice(0)) answer(unavailable(UNAVAILABLE));
      }
      if (this.closing) return;
      const delay = Date.now() - startedAt < EARLY_EXIT_MS ? RESTART_DELAY_MS : 0;
      setTimeout(() => this.closing || this.start(slot), delay).unref();
    });
  }

  /** Answers a query string on the first worker free to take it. */
  search(query: string): Promise<SearchReply> {
    if (this.slots.every((slot) => slot.worker === null)) return Promise.resolve(unavailable(UNAVAILABLE));
    const inFlight = this.queue.length + this.slots.reduce((sum, slot) => sum + slot.pending.size, 0);
    if (inFlight >= MAX_IN_FLIGHT) return Promise.resolve(unavailable("the server is busy; try again shortly"));
    return new Promise((answer) => {
      this.queue.push({ request: { id: this.nextId++, query }, answer });
      this.dispatch();
    });
  }

  /** Hands queued searches to the workers with room for them. */
  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.worker && slot.pending.size < PER_WORKER && this.queue.length > 0) {
        const { request, answer } = this.queue.shift()!;
        slot.pending.set(request.id, answer);
        slot.worker.postMessage(request);
      }
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }
}
