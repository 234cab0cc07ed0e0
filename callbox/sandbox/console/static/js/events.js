// The sandbox's event log, live: one long-poll at a time on GET /_sandbox/events.
// (EventSource cannot send an Authorization header; a held fetch can, and the server
// answers the moment an event is logged.)

import { nowMs } from "./ui.js";

const WAIT_SECONDS = 25;
const BACKLOG = 300;

export class EventStream {
  constructor(api, onState) {
    this.api = api;
    this.onState = onState || (() => {});
    this.listeners = new Map();
    this.after = 0;
    this.running = false;
  }

  /** Call ``fn(event)`` for events of ``kind`` ("message.status"), a prefix ("call.*"), or "*". */
  on(kind, fn) {
    if (!this.listeners.has(kind)) this.listeners.set(kind, []);
    this.listeners.get(kind).push(fn);
  }

  /** Start with the newest BACKLOG events (flagged ``backlog``), then follow live. */
  async start() {
    this.running = true;
    const first = await this.api.call("GET", "/_sandbox/events", { query: { tail: BACKLOG } });
    this.dispatch(first.events, true);
    this.after = Math.max(this.after, first.last_seq);
    this.onState("live");
    this.loop();
  }

  stop() {
    this.running = false;
    if (this.abort) this.abort.abort();
  }

  async loop() {
    let failures = 0;
    while (this.running) {
      this.abort = new AbortController();
      try {
        const page = await this.api.call("GET", "/_sandbox/events", {
          query: { after: this.after, wait: WAIT_SECONDS },
          signal: this.abort.signal,
        });
        if (page.last_seq < this.after) this.after = 0; // a new server: start over
        this.dispatch(page.events, false);
        if (page.events.length) this.after = page.events[page.events.length - 1].seq;
        if (failures) this.onState("live");
        failures = 0;
      } catch (err) {
        if (!this.running) return;
        failures += 1;
        this.onState("down", err);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** failures)));
      }
    }
  }

  dispatch(events, backlog) {
    const received = nowMs();
    for (const event of events) {
      event.receivedAt = received;
      event.backlog = backlog;
      const prefix = event.kind.split(".")[0] + ".*";
      for (const key of [event.kind, prefix, "*"]) {
        for (const fn of this.listeners.get(key) || []) {
          try { fn(event); } catch (err) { console.error("console: a listener failed", err); }
        }
      }
    }
    for (const fn of this.listeners.get("batch") || []) fn(events, backlog);
  }
}
