// Live activity: every event of the sandbox as a row, newest first, with its details.
// Rows carry data-seq, data-time (the event's time, epoch s) and, once painted,
// data-shown-at and data-received-at (epoch ms: the frame that paints the row, the moment
// its long poll answered): the gaps are the latency from the sandbox to the screen.

import { $, clock, digits, h, nowMs, short } from "./ui.js";

const MAX_ROWS = 2000;
const FINAL = new Set(["completed", "busy", "no-answer", "failed", "canceled"]);

/** Which filter a kind of event falls under. */
export function category(kind) {
  if (kind === "webhook.request") return "webhook";
  if (kind === "debugger.alert") return "alert";
  if (kind === "call.event") return "step";
  if (kind.startsWith("message.")) return "message";
  if (/^(call|phone|conference|recording|transcription)\./.test(kind)) return "call";
  return "sandbox";
}

/** One line for a transcript event (the same words as ``callbox sandbox`` prints). */
export function describeStep(e) {
  const t = `${Number(e.t || 0).toFixed(1)}s`;
  switch (e.kind) {
    case "status": return `${t} status ${e.status}`;
    case "webhook": return `${t} ${e.purpose}: ${e.method} ${e.url} → ${e.status_code || e.error || "no answer"}${e.ms != null ? ` (${e.ms} ms)` : ""}`;
    case "verb": return `${t} <${e.verb}${Object.entries(e.attrs || {}).map(([k, v]) => ` ${k}="${v}"`).join("")}>`;
    case "heard":
      if (e.what === "play") return `${t} heard play ${e.url}`;
      if (e.what === "say") return `${t} heard${e.voice ? ` [${e.voice}]` : ""}: “${e.text}”`;
      return `${t} heard ${e.what} ${e.text || ""}`.trimEnd();
    case "caller": {
      const detail = e.digits || e.text || e.seconds || "";
      return `${t} caller ${e.action}${detail !== "" ? ` “${detail}”` : ""}`;
    }
    case "recording": return `${t} recording ${e.recording_sid} ${e.duration} s`;
    case "leg": return `${t} ${e.role} leg ${e.call_sid} to ${e.to}`;
    case "error": case "warning": return `${t} ${e.kind} ${e.code}: ${e.message}`;
    default: return `${t} ${e.text || e.kind}`;
  }
}

function quote(text, max = 80) {
  const s = String(text || "");
  return `“${s.length > max ? s.slice(0, max) + "…" : s}”`;
}

/** [badge text, extra badge class, summary line] for an event. */
function summary(e) {
  switch (e.kind) {
    case "webhook.request": {
      const failed = e.error || !e.status_code || e.status_code >= 400;
      const outcome = e.error ? `${e.error}` : `HTTP ${e.status_code}`;
      return ["webhook", failed ? "failed" : "", `${e.method} ${e.url} → ${outcome}${e.ms != null ? ` · ${e.ms} ms` : ""} · ${e.purpose}`];
    }
    case "debugger.alert":
      return ["alert", e.level === "warning" ? "warning" : "", `${e.level === "warning" ? "Warning" : "Error"} ${e.error_code}: ${e.text}`];
    case "message.status":
      if (e.body !== undefined) return ["message", "", `${short(e.sid)} ${e.from} → ${e.to} ${e.status} ${quote(e.body)}${e.media_urls && e.media_urls.length ? ` +${e.media_urls.length} media` : ""}`];
      return ["message", "", `${short(e.sid)} ${e.status}`];
    case "message.delivered_to_phone":
      return ["message", "", `${short(e.sid)} delivered to ${e.to} ${quote(e.body)}`];
    case "call.status":
      return ["call", "", `${short(e.sid)} ${e.from || ""} → ${e.to || ""} ${e.status}`];
    case "call.event":
      return ["step", "", `${short(e.sid)} ${describeStep(e.event || {})}`];
    case "phone.ringing":
      return ["call", "", `${e.phone} is ringing (${short(e.call_sid)} from ${e.from})`];
    default: {
      const rest = Object.entries(e).filter(([k]) => !["seq", "kind", "time", "receivedAt", "backlog"].includes(k));
      return [e.kind.split(".")[0], "", `${e.kind} ${rest.map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : v}`).join(" ")}`];
    }
  }
}

function field(name, value) {
  if (value === undefined || value === null || value === "") return [];
  return [h("dt", {}, name), h("dd", {}, value)];
}

function paramsTable(params) {
  const rows = Object.entries(params || {});
  if (!rows.length) return null;
  return h("table", { class: "params" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Parameter"), h("th", { scope: "col" }, "Value"))),
    h("tbody", {}, rows.map(([k, v]) => h("tr", {}, h("td", {}, k), h("td", {}, String(v))))),
  );
}

/** The expanded part of a row. */
function details(e, openTranscript) {
  if (e.kind === "webhook.request") {
    const refused = e.status_code === 401 || e.status_code === 403;
    const signature = e.signature
      ? [h("code", {}, e.signature), h("div", { class: "note" },
        `Signed: X-Twilio-Signature is the HMAC-SHA1 of ${e.method === "GET" ? "this URL" : "this URL and the sorted POST parameters"}, keyed with the auth token of ${e.account_sid}.`)]
      : "not signed";
    return h("dl", {},
      field("Request", `${e.method} ${e.url}`),
      field("Purpose", e.purpose),
      field("About", e.sid),
      field("Answer", e.error ? `${e.error} (error ${e.error_code})` : h("span", { class: e.status_code >= 400 ? "status-bad" : "status-good" }, `HTTP ${e.status_code}`)),
      field("Time", e.ms != null ? `${e.ms} ms${e.attempts > 1 ? ` over ${e.attempts} attempts` : ""}` : null),
      field("Signature", signature),
      refused ? field("Refused?", "The app answered 401/403. If it validates X-Twilio-Signature, it must compute it over exactly the URL above (the scheme, host, port and query string it was configured with) and with this account's auth token.") : [],
      field("Idempotency token", e.idempotency_token),
      field("Parameters", paramsTable(e.params)),
      field("Response type", e.content_type),
      field("Response body", e.response_body ? h("pre", {}, e.response_body) : null),
    );
  }
  if (e.kind === "debugger.alert") {
    return h("dl", {},
      field("Code", h("a", { href: `https://www.twilio.com/docs/errors/${e.error_code}`, target: "_blank", rel: "noopener noreferrer" }, String(e.error_code))),
      field("Level", e.level),
      field("Message", e.text),
      field("URL", e.url),
      field("About", e.resource_sid),
      field("Account", e.account_sid),
    );
  }
  const sid = e.kind.startsWith("call.") ? e.sid : e.kind === "phone.ringing" ? e.call_sid : null;
  const rest = Object.fromEntries(Object.entries(e).filter(([k]) => !["receivedAt", "backlog"].includes(k)));
  return h("div", {},
    sid ? h("div", { class: "buttons" }, h("button", { type: "button", class: "secondary small", onclick: () => openTranscript(sid) }, `Transcript of ${short(sid)}`)) : null,
    h("pre", {}, JSON.stringify(rest, null, 2)),
  );
}

/** Every number and SID an event mentions (what the filter box matches). */
function mentions(e) {
  const found = [e.to, e.from, e.phone, e.phone_number, e.sid, e.call_sid, e.resource_sid];
  if (e.params) found.push(e.params.From, e.params.To, e.params.CallSid, e.params.MessageSid);
  return found.filter(Boolean).map(String);
}

export class Activity {
  constructor(api, stream) {
    this.api = api;
    this.rows = [];
    this.total = 0;
    this.numbers = new Set();
    this.unseenAlerts = 0;
    this.alertListeners = [];
    this.pending = [];
    this.latencies = []; // ms from an event's time to its row on screen (live events only)
    stream.on("*", (e) => this.add(e));
    stream.on("batch", () => this.paint());
    stream.on("sandbox.reset", () => {
      this.numbers.clear();
      $("seen-numbers").replaceChildren();
    });
    this.wire();
  }

  onAlert(fn) {
    this.alertListeners.push(fn);
  }

  wire() {
    for (const box of document.querySelectorAll('#view-activity input[name="kind"]')) {
      box.addEventListener("change", () => this.applyFilters());
    }
    $("filter-number").addEventListener("input", () => this.applyFilters());
    $("feed-clear").addEventListener("click", () => {
      $("feed").replaceChildren();
      this.rows = [];
      this.count();
    });
    $("transcript-close").addEventListener("click", () => $("transcript-dialog").close());
  }

  filters() {
    const kinds = new Set([...document.querySelectorAll('#view-activity input[name="kind"]:checked')].map((b) => b.value));
    const text = $("filter-number").value.trim();
    return { kinds, text, number: digits(text) };
  }

  matches(row, f) {
    if (!f.kinds.has(row.category)) return false;
    if (!f.text) return true;
    return row.mentions.some((m) => m.includes(f.text) || (f.number.length > 2 && digits(m).includes(f.number)));
  }

  add(e) {
    this.total += 1;
    const [badge, extra, text] = summary(e);
    const cat = category(e.kind);
    // The details are built when first opened: most rows are never opened, and a feed of
    // thousands of rows stays light.
    const body = h("div", { class: "detail" });
    const disclosure = h("details", {},
      h("summary", {},
        h("span", { class: "when" }, clock(e.time)),
        h("span", { class: `kind ${badge} ${extra}`.trim() }, badge),
        h("span", { class: "what" }, text),
      ),
      body,
    );
    disclosure.addEventListener("toggle", () => {
      if (disclosure.open && !body.firstChild) body.append(details(e, (sid) => this.openTranscript(sid)));
    });
    const item = h("li", { dataset: { seq: e.seq, kind: e.kind, category: cat, time: e.time } }, disclosure);
    const row = { el: item, category: cat, mentions: mentions(e), event: e };
    this.current = this.current || this.filters();
    item.hidden = !this.matches(row, this.current);
    $("feed").prepend(item);
    this.rows.push(row);
    if (this.rows.length > MAX_ROWS) this.rows.shift().el.remove();
    if (!e.backlog) this.pending.push(row);
    for (const n of [e.to, e.from, e.phone]) {
      if (n && String(n).startsWith("+") && !this.numbers.has(n)) {
        this.numbers.add(n);
        $("seen-numbers").append(h("option", { value: n }));
      }
    }
    if (e.kind === "debugger.alert" && !e.backlog) {
      for (const fn of this.alertListeners) fn(e);
    }
  }

  /** Stamp the rows added since the last batch once they are about to be painted. */
  paint() {
    const rows = this.pending;
    this.pending = [];
    this.current = null;
    this.count();
    if (!rows.length) return;
    requestAnimationFrame(() => {
      const shown = nowMs();
      for (const row of rows) {
        row.el.dataset.shownAt = shown.toFixed(1);
        row.el.dataset.receivedAt = row.event.receivedAt.toFixed(1);
        this.latencies.push(shown - row.event.time * 1000);
      }
      if (this.latencies.length > 5000) this.latencies.splice(0, this.latencies.length - 5000);
    });
  }

  applyFilters() {
    const f = this.filters();
    this.current = f;
    for (const row of this.rows) row.el.hidden = !this.matches(row, f);
    this.count();
  }

  count() {
    const shown = this.rows.filter((r) => !r.el.hidden).length;
    $("feed-count").textContent = `Showing ${shown} of ${this.rows.length} events`;
  }

  async openTranscript(sid) {
    const dialog = $("transcript-dialog");
    $("transcript-h").textContent = `Call ${sid}`;
    $("transcript-text").textContent = "Loading…";
    dialog.showModal();
    try {
      const t = await this.api.call("GET", `/_sandbox/calls/${encodeURIComponent(sid)}`);
      const head = `${t.from} → ${t.to} · ${t.direction} · ${t.status}${FINAL.has(t.status) ? "" : " (in progress)"}`;
      $("transcript-text").textContent = [head, ...(t.events || []).map(describeStep)].join("\n");
    } catch (err) {
      $("transcript-text").textContent = err.message;
    }
  }
}
