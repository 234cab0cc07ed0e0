// Text messages between the browser phone and sandbox numbers, one thread per number.
//   POST /_sandbox/phones/{me}/messages   text a sandbox number (To, Body, MediaUrl)
//   GET  /_sandbox/phones/{me}/inbox      what the sandbox delivered to the phone
//   GET  Messages.json?From={me}           what the phone sent (the main account's numbers)
// and live: message.status "received" from the phone, message.delivered_to_phone to it.

import { $, announce, h, say } from "./ui.js";

export class Messages {
  constructor(api, stream, phone) {
    this.api = api;
    this.phone = phone;
    this.threads = new Map(); // peer number -> Map(sid -> message)
    this.peer = "";
    stream.on("message.status", (e) => {
      if (e.status === "received" && e.from === this.phone.current) {
        this.add({ sid: e.sid, mine: true, peer: e.to, body: e.body, media: e.media_urls || [], time: e.time }, e.backlog);
      }
    });
    stream.on("message.delivered_to_phone", (e) => {
      if (e.to === this.phone.current) {
        this.add({ sid: e.sid, mine: false, peer: e.from, body: e.body, media: e.media_urls || [], time: e.time }, e.backlog);
      }
    });
    stream.on("sandbox.reset", (e) => { if (!e.backlog) this.reload(); });
    phone.onChange(() => this.reload());
    $("sms-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.send();
    });
    $("sms-to").addEventListener("change", () => this.show($("sms-to").value.trim()));
  }

  async reload() {
    this.threads.clear();
    this.peer = "";
    const me = this.phone.current;
    try {
      const inbox = await this.api.call("GET", this.api.phonePath(me, "/inbox"));
      for (const m of inbox.messages) {
        this.add({ sid: m.sid, mine: false, peer: m.from, body: m.body, media: m.media_urls || [], time: Date.parse(m.date_created) / 1000 }, true);
      }
      const sent = await this.api.call("GET", this.api.account2010("Messages.json"), { query: { From: me, PageSize: 200 } });
      for (const m of sent.messages) {
        const media = Number(m.num_media) ? [`(${m.num_media} attachment${m.num_media === "1" ? "" : "s"})`] : [];
        this.add({ sid: m.sid, mine: true, peer: m.to, body: m.body, media, time: Date.parse(m.date_created) / 1000, noPreview: true }, true);
      }
    } catch (err) {
      say("sms-error", err.message, "error");
    }
    this.renderThreads();
    this.show(this.peer || [...this.threads.keys()][0] || "");
  }

  add(message, quiet) {
    if (!message.peer) return;
    let thread = this.threads.get(message.peer);
    const isNew = !thread;
    if (!thread) {
      thread = new Map();
      this.threads.set(message.peer, thread);
    }
    if (thread.has(message.sid)) return;
    thread.set(message.sid, message);
    if (isNew) this.renderThreads();
    if (!this.peer) this.show(message.peer);
    else if (message.peer === this.peer) this.renderBubbles();
    if (!quiet && !message.mine) announce(`Text from ${message.peer}: ${message.body || "a picture"}`);
  }

  async send() {
    const to = $("sms-to").value.trim();
    const body = $("sms-body").value;
    const media = $("sms-media").value.trim();
    if (!to) return say("sms-error", "Type the sandbox number to text.", "error");
    if (!body && !media) return say("sms-error", "Type a message (or a picture URL).", "error");
    say("sms-error", "");
    try {
      const record = await this.api.call("POST", this.api.phonePath(this.phone.current, "/messages"), {
        form: { To: to, Body: body, MediaUrl: media ? [media] : undefined },
      });
      $("sms-body").value = "";
      $("sms-media").value = "";
      this.peer = record.to || to;
      this.add({ sid: record.sid, mine: true, peer: this.peer, body, media: media ? [media] : [], time: Date.now() / 1000 }, true);
      this.show(this.peer);
    } catch (err) {
      say("sms-error", err.message, "error");
    }
  }

  show(peer) {
    this.peer = peer;
    if (peer) $("sms-to").value = peer;
    $("thread-h").textContent = peer ? `Conversation with ${peer}` : "New conversation";
    for (const button of $("threads").querySelectorAll("button")) {
      button.setAttribute("aria-current", String(button.dataset.peer === peer));
    }
    this.renderBubbles();
  }

  renderThreads() {
    $("threads").replaceChildren(
      ...[...this.threads.keys()].map((peer) =>
        h("li", {}, h("button", { type: "button", class: "small", dataset: { peer }, "aria-current": String(peer === this.peer), onclick: () => this.show(peer) }, peer)),
      ),
    );
  }

  renderBubbles() {
    const thread = this.threads.get(this.peer);
    const messages = thread ? [...thread.values()].sort((a, b) => a.time - b.time) : [];
    $("bubbles").replaceChildren(...messages.map((m) => this.bubble(m)));
    const list = $("bubbles");
    list.scrollTop = list.scrollHeight;
  }

  bubble(m) {
    const who = m.mine ? "You" : m.peer;
    const when = new Date(m.time * 1000).toLocaleTimeString();
    const pictures = m.media.map((url, i) => {
      if (m.noPreview) return h("span", { class: "meta" }, url);
      const img = h("img", { src: url, alt: `Picture ${i + 1} from ${who}`, loading: "lazy", referrerPolicy: "no-referrer", decoding: "async" });
      img.addEventListener("error", () => img.replaceWith(h("span", {}, `(picture: ${url})`)));
      return h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, img);
    });
    return h("li", { class: m.mine ? "bubble mine" : "bubble", dataset: { sid: m.sid } },
      h("span", { class: "meta" }, `${who} · ${when}`),
      m.body ? h("span", { class: "body" }, m.body) : null,
      pictures,
    );
  }
}
