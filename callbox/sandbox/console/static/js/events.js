// The sandbox's event log, live, from GET /_sandbox/events.
// It follows the log as a stream (stream=1: a line of JSON per batch, sent as events are
// logged, read with fetch and a ReadableStream: EventSource cannot send an Authorization
// header), and falls back to long polls (wait=25) where a stream cannot be held open.

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
    // "poll" in localStorage callbox.console.events forces long polls (to compare them).
    this.mode = localStorage.getItem("callbox.console.events") === "poll" ? "poll" : "stream";
    this.streamed = false; // a stream has worked once: do not give it up for polls
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
        if (this.mode === "stream") await this.follow(this.abort.signal);
        else await this.poll(this.abort.signal);
        failures = 0;
      } catch (err) {
        if (!this.running) return;
        failures += 1;
        if (this.mode === "stream" && !this.streamed && failures >= 2) this.mode = "poll";
        this.onState("down", err);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** failures)));
      }
    }
  }

  /** Read one stream until the server ends it (it is stopping) or it breaks. */
  async follow(signal) {
    const response = await this.api.open("/_sandbox/events", { after: this.after, stream: 1 }, signal);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        if (!line) continue;
        this.streamed = true;
        if (!this.take(JSON.parse(line))) {
          reader.cancel();
          return;
        }
      }
    }
  }

  async poll(signal) {
    const page = await this.api.call("GET", "/_sandbox/events", {
      query: { after: this.after, wait: WAIT_SECONDS },
      signal,
    });
    this.take(page);
  }

  /** One answer of the log; false when it comes from a new server (start over from 0). */
  take(page) {
    if (page.last_seq < this.after) {
      this.after = 0;
      return false;
    }
    this.onState("live");
    if (page.events.length) {
      this.dispatch(page.events, false);
      this.after = page.events[page.events.length - 1].seq;
    }
    return true;
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
