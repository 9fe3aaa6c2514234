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

/** One client may have this many searches waiting; more are refused, so that no client fills the queue. */
const MAX_WAITING_PER_CLIENT = 50;

/**
 * A search that has not answered after this long is answered 503, and its
 * worker (stuck in SQLite, which cannot be interrupted from outside) is replaced.
 */
export const SEARCH_TIME_LIMIT_MS = 3_000;

/**
 * Searches handed to a worker at once. The rest wait in one queue per client and
 * go, a client at a time in turn, to whichever worker frees up first, so a slow
 * search holds up no more than one behind it and one busy client cannot make
 * the others wait behind all of its searches.
 */
const PER_WORKER = 2;

/**
 * A search allocates little and briefly; a small young generation keeps each
 * worker's memory near what it holds (V8's default lets it grow by tens of MB).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

const unavailable = (error: string): SearchReply => ({ id: 0, status: 503, json: JSON.stringify({ error, code: "unavailable" }) });
const UNAVAILABLE = "search is unavailable; try again shortly";
const TOO_SLOW = "the search took too long; try a more specific query";

/** A worker that dies this soon after starting is restarted only after RESTART_DELAY_MS, not in a tight loop. */
const EARLY_EXIT_MS = 5_000;
const RESTART_DELAY_MS = 1_000;

type Answer = (reply: SearchReply) => void;

interface Queued {
  request: SearchRequest;
  client: string;
  answer: Answer;
}

interface Running extends Queued {
  timer: NodeJS.Timeout;
}

interface Slot {
  /** null while a worker that failed early waits to be restarted. */
  worker: Worker | null;
  /** The searches this worker has been handed, by id. */
  pending: Map<number, Running>;
}

export class SearchPool {
  private readonly slots: Slot[];
  /** Searches not yet handed to a worker, per client, oldest first; the map's order is the turn order. */
  private readonly queues = new Map<string, Queued[]>();
  private waiting = 0;
  private readonly retired = new Set<Worker>();
  private nextId = 1;
  private closing = false;

  constructor(
    size: number,
    private readonly workerUrl: URL,
    private readonly databaseFile: string,
    private readonly timeLimitMs = SEARCH_TIME_LIMIT_MS,
  ) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, pending: new Map() }));
    this.slots.forEach((slot) => this.start(slot));
  }

  private start(slot: Slot): void {
    const startedAt = Date.now();
    const worker = new Worker(this.workerUrl, { workerData: { databaseFile: this.databaseFile }, resourceLimits: WORKER_LIMITS });
    slot.worker = worker;
    worker.on("message", (reply: SearchReply) => {
      const running = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (running) {
        clearTimeout(running.timer);
        running.answer(reply);
      }
      this.dispatch();
    });
    // A worker that dies (a crash in native code, out of memory, a database it cannot open) fails its searches and is replaced.
    worker.on("error", (error) => console.error("[search] worker failed:", error));
    // A restarted worker takes what queued up meanwhile.
    worker.on("online", () => this.dispatch());
    worker.on("exit", () => {
      // A worker replaced after a slow search has handed its work back already: start its successor at once.
      if (this.retired.delete(worker)) {
        if (!this.closing) this.start(slot);
        return;
      }
      slot.worker = null;
      for (const running of slot.pending.values()) {
        clearTimeout(running.timer);
        running.answer(unavailable(UNAVAILABLE));
      }
      slot.pending.clear();
      // With no worker left, the queued searches would wait for a restart that may fail again.
      if (this.slots.every((s) => s.worker === null)) {
        for (const queue of this.queues.values()) for (const { answer } of queue) answer(unavailable(UNAVAILABLE));
        this.queues.clear();
        this.waiting = 0;
      }
      if (this.closing) return;
      const delay = Date.now() - startedAt < EARLY_EXIT_MS ? RESTART_DELAY_MS : 0;
      setTimeout(() => this.closing || this.start(slot), delay).unref();
    });
  }

  /** Answers a query string on the first worker free to take it; `client` is whose turn it waits for. */
  search(query: string, client = "unknown"): Promise<SearchReply> {
    if (this.slots.every((slot) => slot.worker === null)) return Promise.resolve(unavailable(UNAVAILABLE));
    const inFlight = this.waiting + this.slots.reduce((sum, slot) => sum + slot.pending.size, 0);
    if (inFlight >= MAX_IN_FLIGHT) return Promise.resolve(unavailable("the server is busy; try again shortly"));
    const queue = this.queues.get(client) ?? [];
    if (queue.length >= MAX_WAITING_PER_CLIENT) return Promise.resolve(unavailable("too many searches at once; try again shortly"));
    return new Promise((answer) => {
      queue.push({ request: { id: this.nextId++, query }, client, answer });
      this.queues.set(client, queue);
      this.waiting++;
      this.dispatch();
    });
  }

  /** The next search in turn: the first client's oldest, after which that client goes to the back of the line. */
  private next(): Queued | undefined {
    const first = this.queues.entries().next();
    if (first.done) return undefined;
    const [client, queue] = first.value;
    const item = queue.shift()!;
    this.queues.delete(client);
    if (queue.length > 0) this.queues.set(client, queue);
    this.waiting--;
    return item;
  }

  /** Hands queued searches to the workers with room for them. */
  private dispatch(): void {
    for (const slot of this.slots) {
      while (slot.worker && slot.pending.size < PER_WORKER && this.waiting > 0) {
        const item = this.next()!;
        const worker = slot.worker;
        const timer = setTimeout(() => this.timeOut(slot, worker, item.request.id), this.timeLimitMs);
        timer.unref();
        slot.pending.set(item.request.id, { ...item, timer });
        worker.postMessage(item.request);
      }
    }
  }

  /** A search ran past its limit: it is answered 503, the worker's other search goes back in line, and the worker is replaced. */
  private timeOut(slot: Slot, worker: Worker, id: number): void {
    if (slot.worker !== worker) return;
    for (const running of slot.pending.values()) {
      clearTimeout(running.timer);
      if (running.request.id === id) running.answer(unavailable(TOO_SLOW));
      else {
        const queue = this.queues.get(running.client) ?? [];
        queue.unshift(running);
        this.queues.set(running.client, queue);
        this.waiting++;
      }
    }
    slot.pending.clear();
    slot.worker = null;
    this.retired.add(worker);
    void worker.terminate();
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }
}
