// The browser phone: a phone outside Twilio that calls sandbox numbers and rings when the
// app calls it.  Everything goes through the control API, as a test's CallHandle does:
//   POST /_sandbox/phones/{me}          answer="live": calls to it ring here
//   POST /_sandbox/phones/{me}/calls    dial (wait=false, no script: a live person)
//   POST /_sandbox/calls/{sid}/input    keys, speech, hang-up
//   POST /_sandbox/calls/{sid}/answer|decline
// and follows the call through call.event / call.status / phone.ringing events.

import { $, announce, say } from "./ui.js";

const PHONES = "callbox.console.phones";
const CURRENT = "callbox.console.phone";
const SPEAK = "callbox.console.speak";
const DEFAULT_PHONE = "+14155550100";
const FINAL = new Set(["completed", "busy", "no-answer", "failed", "canceled"]);
const KEYS = "0123456789*#";

function readList(key, fallback) {
  try {
    const found = JSON.parse(localStorage.getItem(key) || "null");
    return Array.isArray(found) && found.length ? found : fallback;
  } catch {
    return fallback;
  }
}

export class Phone {
  constructor(api, stream) {
    this.api = api;
    this.numbers = readList(PHONES, [DEFAULT_PHONE]);
    this.current = localStorage.getItem(CURRENT) || this.numbers[0];
    if (!this.numbers.includes(this.current)) this.numbers.unshift(this.current);
    this.call = null; // {sid, peer, rendered, status}
    this.ringing = null; // {sid, from, phone}
    this.steps = new Map(); // call sid -> call.event events seen, in transcript order
    this.listeners = [];
    this.speak = "speechSynthesis" in window && localStorage.getItem(SPEAK) !== "off";

    stream.on("call.event", (e) => this.onStep(e));
    stream.on("call.status", (e) => this.onStatus(e));
    stream.on("phone.ringing", (e) => this.onRinging(e));
    stream.on("sandbox.reset", (e) => { if (!e.backlog) this.configureAll(); });
    this.wire();
  }

  /** ``fn()`` when the person answers a call (the console then shows the phone). */
  onAnswer(fn) {
    this.answerListeners = [...(this.answerListeners || []), fn];
  }

  /** ``fn(number)`` whenever the phone's number changes (the messages follow it). */
  onChange(fn) {
    this.listeners.push(fn);
  }

  async start() {
    this.renderNumbers();
    await this.configureAll();
  }

  // ------------------------------------------------------------ the phone's number

  /** Every number of this console rings here: answer="live" on each. */
  async configureAll() {
    for (const number of this.numbers) {
      try {
        await this.api.call("POST", this.api.phonePath(number), { json: { answer: "live" } });
      } catch (err) {
        say("me-error", `${number}: ${err.message}`, "error");
      }
    }
  }

  async use(number) {
    const answer = await this.api.call("POST", this.api.phonePath(number), { json: { answer: "live" } });
    const normal = answer.number || number;
    if (!this.numbers.includes(normal)) this.numbers.push(normal);
    this.current = normal;
    localStorage.setItem(PHONES, JSON.stringify(this.numbers));
    localStorage.setItem(CURRENT, normal);
    this.renderNumbers();
    for (const fn of this.listeners) fn(normal);
    announce(`Your phone is now ${normal}`);
  }

  renderNumbers() {
    const select = $("me-number");
    select.replaceChildren(
      ...this.numbers.map((n) => new Option(n, n, n === this.current, n === this.current)),
    );
  }

  // ------------------------------------------------------------ controls

  wire() {
    $("me-number").addEventListener("change", (ev) => this.use(ev.target.value).catch((err) => say("me-error", err.message, "error")));
    $("me-add").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const value = $("me-new").value.trim();
      if (!value) return say("me-error", "Type a phone number, like +14155550100.", "error");
      try {
        await this.use(value);
        $("me-new").value = "";
        say("me-error", "");
      } catch (err) {
        say("me-error", err.message, "error");
      }
    });
    const toggle = $("speak-toggle");
    toggle.checked = this.speak;
    toggle.disabled = !("speechSynthesis" in window);
    toggle.addEventListener("change", () => {
      this.speak = toggle.checked;
      localStorage.setItem(SPEAK, this.speak ? "on" : "off");
      if (!this.speak) speechSynthesis.cancel();
    });
    $("dial-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.dial($("dial-to").value.trim());
    });
    $("keypad").addEventListener("click", (ev) => {
      const key = ev.target.closest("button")?.dataset.key;
      if (key) this.press(key);
    });
    $("call").addEventListener("keydown", (ev) => {
      if (ev.target.matches("input, textarea") || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.key.length === 1 && KEYS.includes(ev.key)) {
        ev.preventDefault();
        this.press(ev.key);
      }
    });
    $("say-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const text = $("say-text").value.trim();
      if (text) {
        this.input({ say: text, confidence: 0.95 });
        $("say-text").value = "";
      }
    });
    $("hangup").addEventListener("click", () => this.input({ hang_up: true }));
    $("answer").addEventListener("click", () => this.pickUp("answer"));
    $("decline").addEventListener("click", () => this.pickUp("decline"));
    this.wireMic();
  }

  wireMic() {
    const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    if (!Recognition) return;
    const mic = $("mic");
    mic.hidden = false;
    mic.addEventListener("click", () => {
      const listening = new Recognition();
      listening.lang = navigator.language || "en-US";
      listening.interimResults = false;
      mic.setAttribute("aria-pressed", "true");
      announce("Listening");
      listening.onresult = (ev) => {
        const best = ev.results[0][0];
        this.input({ say: best.transcript, confidence: Number(best.confidence.toFixed(2)) || 0.9 });
      };
      listening.onend = () => {
        mic.setAttribute("aria-pressed", "false");
      };
      listening.start();
    });
  }

  // ------------------------------------------------------------ calling

  async dial(to) {
    if (!to) return say("dial-error", "Type the number to call (one the sandbox owns).", "error");
    if (this.call && !FINAL.has(this.call.status)) return say("dial-error", "Hang up first.", "error");
    say("dial-error", "");
    try {
      const transcript = await this.api.call("POST", this.api.phonePath(this.current, "/calls"), {
        json: { to, wait: false },
      });
      this.begin(transcript.call_sid, transcript.to || to, transcript.status, transcript.events || []);
    } catch (err) {
      say("dial-error", err.message, "error");
    }
  }

  begin(sid, peer, status, events) {
    this.call = { sid, peer, rendered: 0, status: status || "" };
    $("call-log").replaceChildren();
    $("call-peer").textContent = peer;
    $("call").hidden = false;
    $("dial-form").hidden = true;
    this.setStatus(status || "ringing");
    for (const event of events) this.render(event);
    this.call.rendered = events.length;
    for (const step of this.steps.get(sid) || []) {
      if (step.index >= this.call.rendered) this.showStep(step);
    }
    $("keypad").querySelector("button").focus();
  }

  async press(key) {
    if (!this.call || FINAL.has(this.call.status)) return;
    const button = $("keypad").querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (button) {
      button.classList.add("pressed");
      setTimeout(() => button.classList.remove("pressed"), 150);
    }
    await this.input({ press: key });
  }

  async input(action) {
    if (!this.call) return;
    try {
      await this.api.call("POST", `/_sandbox/calls/${this.call.sid}/input`, { json: action });
    } catch (err) {
      this.line("bad", err.message);
    }
  }

  async pickUp(decision) {
    const ring = this.ringing;
    if (!ring) return;
    this.ringing = null;
    $("incoming").hidden = true;
    try {
      await this.api.call("POST", `/_sandbox/calls/${ring.sid}/${decision}`, { form: {} });
    } catch (err) {
      say("dial-error", err.message, "error");
      return;
    }
    if (decision === "answer") {
      for (const fn of this.answerListeners || []) fn();
      this.begin(ring.sid, ring.from, "in-progress", []);
    }
    else announce("Declined");
  }

  // ------------------------------------------------------------ events

  onStep(event) {
    let seen = this.steps.get(event.sid);
    if (!seen) {
      seen = [];
      this.steps.set(event.sid, seen);
      if (this.steps.size > 50) this.steps.delete(this.steps.keys().next().value);
    }
    seen.push(event);
    if (this.call && event.sid === this.call.sid && event.index >= this.call.rendered) {
      this.showStep(event);
    }
  }

  showStep(step) {
    this.call.rendered = step.index + 1;
    this.render(step.event);
  }

  onStatus(event) {
    if (this.ringing && event.sid === this.ringing.sid && FINAL.has(event.status)) {
      $("incoming").hidden = true;
      announce(`Missed call from ${this.ringing.from}`);
      this.ringing = null;
    }
  }

  onRinging(event) {
    if (event.backlog || !this.numbers.includes(event.phone)) return;
    this.ringing = { sid: event.call_sid, from: event.from || "unknown", phone: event.phone };
    $("incoming-text").textContent = `Incoming call to ${event.phone} from ${this.ringing.from}`;
    $("incoming").hidden = false;
    announce(`Incoming call from ${this.ringing.from}`, true);
  }

  setStatus(status) {
    if (!this.call) return;
    this.call.status = status;
    const words = {
      queued: "Calling…", initiated: "Calling…", ringing: "Ringing…", "in-progress": "Connected",
      completed: "Call ended", busy: "Busy", "no-answer": "No answer", failed: "Call failed",
      canceled: "Canceled",
    };
    $("call-status").textContent = words[status] || status;
    if (FINAL.has(status)) this.end();
  }

  end() {
    if ("speechSynthesis" in window) speechSynthesis.cancel();
    $("dial-form").hidden = false;
    $("keypad").querySelectorAll("button").forEach((b) => { b.disabled = true; });
    $("hangup").disabled = true;
  }

  /** One transcript event as a line of the call screen. */
  render(e) {
    if (this.call && !FINAL.has(this.call.status)) {
      $("keypad").querySelectorAll("button").forEach((b) => { b.disabled = false; });
      $("hangup").disabled = false;
    }
    switch (e.kind) {
      case "status":
        this.setStatus(e.status);
        if (e.status === "in-progress") this.line("sys", "Connected");
        else if (FINAL.has(e.status)) this.line("sys", `Call ended (${e.status})`);
        break;
      case "heard":
        if (e.what === "say") {
          this.line("app", `“${e.text}”`);
          this.utter(e.text, e.language);
        } else if (e.what === "play") this.line("sys", `♪ plays ${e.url}`);
        else if (e.what === "digits") this.line("sys", `tones ${e.text}`);
        else if (e.what === "beep") this.line("sys", "beep");
        else if (e.what === "speech") this.line("app", `They say: “${e.text}”`);
        else this.line("sys", `${e.what} ${e.text || ""}`);
        break;
      case "caller":
        if (e.action === "press") this.line("you", `You pressed ${e.digits}`);
        else if (e.action === "say") this.line("you", `You said “${e.text}”`);
        else if (e.action === "hang_up") this.line("you", "You hung up");
        break;
      case "verb":
        if (e.verb === "Gather") {
          const input = (e.attrs && e.attrs.input) || "dtmf";
          this.line("sys", input.includes("speech") ? "The app listens: press keys or say something" : "The app listens for keys");
        } else if (e.verb === "Record") this.line("sys", "Recording: speak, then press a key or hang up");
        else if (e.verb === "Dial") this.line("sys", "Connecting you…");
        break;
      case "webhook":
        if (e.error || (e.status_code && e.status_code >= 400)) {
          this.line("bad", `The app's ${e.purpose} URL failed: ${e.error || "HTTP " + e.status_code}`);
        }
        break;
      case "error":
      case "warning":
        this.line(e.kind === "error" ? "bad" : "sys", `${e.kind} ${e.code}: ${e.message}`);
        break;
      case "recording":
        this.line("sys", `Recorded ${e.duration} s (${e.recording_sid})`);
        break;
      case "note":
        this.line("sys", e.text);
        break;
      default:
        break;
    }
  }

  line(kind, text) {
    const log = $("call-log");
    const item = document.createElement("li");
    item.className = kind;
    item.textContent = text;
    log.append(item);
    log.scrollTop = log.scrollHeight;
  }

  utter(text, language) {
    if (!this.speak || !("speechSynthesis" in window)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    if (language) utterance.lang = language;
    speechSynthesis.speak(utterance);
  }
}
