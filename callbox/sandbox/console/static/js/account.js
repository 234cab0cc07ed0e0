// The account: credentials and the environment line, numbers (search, buy, set URLs,
// release), applications, subaccounts, the sandbox's settings, reset.  All REST API calls
// but settings and reset, which are the control API's.

import { $, announce, copyText, h, say } from "./ui.js";

export class Account {
  constructor(api, stream) {
    this.api = api;
    this.numberListeners = [];
    const refresh = () => this.loadNumbers();
    for (const kind of ["number.bought", "number.seeded", "number.released", "number.transferred", "sandbox.reset"]) {
      stream.on(kind, (e) => { if (!e.backlog) refresh(); });
    }
    stream.on("sandbox.reset", (e) => { if (!e.backlog) { this.loadApps(); this.loadSubaccounts(); } });
    stream.on("sandbox.settings", (e) => { if (!e.backlog) this.loadSettings(); });
    this.wire();
  }

  /** ``fn(numbers)`` with the account's numbers each time they are listed. */
  onNumbers(fn) {
    this.numberListeners.push(fn);
  }

  async start() {
    $("acct-sid").textContent = this.api.account;
    this.showEnv(false);
    await Promise.all([this.loadNumbers(), this.loadApps(), this.loadSubaccounts(), this.loadSettings()]);
  }

  showEnv(token) {
    $("env-line").textContent = token ? this.envLine() : this.envLine().replace(this.api.token, "••••••••");
  }

  envLine() {
    return `export CALLBOX_BASE_URL=${location.origin} TWILIO_ACCOUNT_SID=${this.api.account} TWILIO_AUTH_TOKEN=${this.api.token}`;
  }

  wire() {
    $("token-show").addEventListener("click", () => {
      const button = $("token-show");
      const showing = button.textContent === "Show";
      button.textContent = showing ? "Hide" : "Show";
      button.setAttribute("aria-expanded", String(showing));
      $("acct-token").textContent = showing ? this.api.token : "••••••••";
      this.showEnv(showing);
    });
    $("env-copy").addEventListener("click", async () => {
      announce((await copyText(this.envLine())) ? "Copied the environment line" : "Could not copy");
    });
    $("settings-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.saveSettings();
    });
    $("reset").addEventListener("click", () => $("reset-dialog").showModal());
    $("reset-cancel").addEventListener("click", () => $("reset-dialog").close());
    $("reset-confirm").addEventListener("click", async () => {
      $("reset-dialog").close();
      try {
        await this.api.call("POST", "/_sandbox/reset", { form: {} });
        say("settings-msg", "The sandbox was reset.", "ok");
      } catch (err) {
        say("settings-msg", err.message, "error");
      }
      $("reset").focus();
    });
    $("search-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.search();
    });
    $("app-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.createApp();
    });
    $("sub-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.createSubaccount();
    });
  }

  // ------------------------------------------------------------ settings

  async loadSettings() {
    try {
      const s = await this.api.call("GET", "/_sandbox/settings");
      $("set-clock").value = s.clock;
      $("set-delay").value = s.step_delay_configured ?? "";
      $("set-delay").placeholder = String(s.step_delay);
    } catch (err) {
      say("settings-msg", err.message, "error");
    }
  }

  async saveSettings() {
    try {
      await this.api.call("POST", "/_sandbox/settings", {
        form: { Clock: $("set-clock").value, StepDelay: $("set-delay").value.trim() },
      });
      say("settings-msg", "Saved.", "ok");
    } catch (err) {
      say("settings-msg", err.message, "error");
    }
  }

  // ------------------------------------------------------------ numbers

  async loadNumbers() {
    let numbers = [];
    try {
      numbers = (await this.api.call("GET", this.api.account2010("IncomingPhoneNumbers.json"), { query: { PageSize: 1000 } })).incoming_phone_numbers;
    } catch (err) {
      say("numbers-msg", err.message, "error");
    }
    $("numbers").replaceChildren(...numbers.map((n) => this.numberRow(n)));
    if (!numbers.length) $("numbers").append(h("li", { class: "note" }, "No numbers yet: buy one below."));
    for (const fn of this.numberListeners) fn(numbers);
  }

  numberRow(n) {
    const id = n.sid;
    const sms = h("input", { type: "url", id: `sms-${id}`, value: n.sms_url || "", autocomplete: "off", placeholder: "https://your-app/sms" });
    const voice = h("input", { type: "url", id: `voice-${id}`, value: n.voice_url || "", autocomplete: "off", placeholder: "https://your-app/voice" });
    const save = async (ev) => {
      ev.preventDefault();
      try {
        await this.api.call("POST", this.api.account2010(`IncomingPhoneNumbers/${id}.json`), { form: { SmsUrl: sms.value.trim(), VoiceUrl: voice.value.trim() } });
        say("numbers-msg", `Saved the URLs of ${n.phone_number}.`, "ok");
      } catch (err) {
        say("numbers-msg", err.message, "error");
      }
    };
    const release = async () => {
      try {
        await this.api.call("DELETE", this.api.account2010(`IncomingPhoneNumbers/${id}.json`));
        say("numbers-msg", `Released ${n.phone_number}.`, "ok");
        this.loadNumbers();
      } catch (err) {
        say("numbers-msg", err.message, "error");
      }
    };
    const hidden = (text) => h("span", { class: "sr-only" }, text);
    return h("li", { dataset: { number: n.phone_number } },
      h("div", { class: "head" },
        h("strong", {}, n.phone_number),
        h("span", { class: "note" }, n.friendly_name !== n.phone_number ? `${n.friendly_name} · ` : "", n.sid),
        h("button", { type: "button", class: "secondary small", onclick: release, "aria-label": `Release ${n.phone_number}` }, "Release"),
      ),
      h("form", { onsubmit: save },
        h("div", {}, h("label", { for: `sms-${id}` }, "SMS URL", hidden(` of ${n.phone_number}`)), sms),
        h("div", {}, h("label", { for: `voice-${id}` }, "Voice URL", hidden(` of ${n.phone_number}`)), voice),
        h("button", { type: "submit", class: "small", "aria-label": `Save the URLs of ${n.phone_number}` }, "Save"),
      ),
    );
  }

  async search() {
    const country = $("search-country").value;
    const type = $("search-type").value;
    const query = { PageSize: 12 };
    if ($("search-area").value.trim()) query.AreaCode = $("search-area").value.trim();
    if ($("search-contains").value.trim()) query.Contains = $("search-contains").value.trim();
    const list = $("search-results");
    list.replaceChildren(h("li", {}, "Searching…"));
    try {
      const found = await this.api.call("GET", this.api.account2010(`AvailablePhoneNumbers/${country}/${type}.json`), { query });
      const numbers = found.available_phone_numbers || [];
      list.replaceChildren(...numbers.map((n) => h("li", {},
        h("span", {}, n.phone_number, n.locality ? ` · ${n.locality}` : ""),
        h("button", { type: "button", class: "small", "aria-label": `Buy ${n.phone_number}`, onclick: () => this.buy(n.phone_number) }, "Buy"),
      )));
      if (!numbers.length) list.append(h("li", {}, "No number matches."));
      announce(`${numbers.length} numbers found`);
    } catch (err) {
      list.replaceChildren(h("li", { class: "error" }, err.message));
    }
  }

  async buy(number) {
    try {
      await this.api.call("POST", this.api.account2010("IncomingPhoneNumbers.json"), { form: { PhoneNumber: number } });
      say("numbers-msg", `Bought ${number}. Set its URLs above.`, "ok");
      $("search-results").replaceChildren();
      await this.loadNumbers();
    } catch (err) {
      say("numbers-msg", err.message, "error");
    }
  }

  // ------------------------------------------------------------ applications

  async loadApps() {
    let apps = [];
    try {
      apps = (await this.api.call("GET", this.api.account2010("Applications.json"), { query: { PageSize: 1000 } })).applications;
    } catch (err) {
      say("apps-msg", err.message, "error");
    }
    $("apps").replaceChildren(...apps.map((a) => h("li", {},
      h("div", { class: "head" },
        h("strong", {}, a.friendly_name || a.sid),
        h("span", { class: "note" }, a.sid),
        h("button", { type: "button", class: "secondary small", "aria-label": `Delete ${a.friendly_name || a.sid}`, onclick: () => this.deleteApp(a.sid) }, "Delete"),
      ),
      h("div", { class: "note" }, `Voice: ${a.voice_url || "—"} · SMS: ${a.sms_url || "—"}`),
    )));
    if (!apps.length) $("apps").append(h("li", { class: "note" }, "No applications."));
  }

  async createApp() {
    const form = { FriendlyName: $("app-name").value.trim() };
    if ($("app-voice").value.trim()) form.VoiceUrl = $("app-voice").value.trim();
    if ($("app-sms").value.trim()) form.SmsUrl = $("app-sms").value.trim();
    try {
      const app = await this.api.call("POST", this.api.account2010("Applications.json"), { form });
      say("apps-msg", `Created ${app.sid}.`, "ok");
      for (const id of ["app-name", "app-voice", "app-sms"]) $(id).value = "";
      await this.loadApps();
    } catch (err) {
      say("apps-msg", err.message, "error");
    }
  }

  async deleteApp(sid) {
    try {
      await this.api.call("DELETE", this.api.account2010(`Applications/${sid}.json`));
      await this.loadApps();
    } catch (err) {
      say("apps-msg", err.message, "error");
    }
  }

  // ------------------------------------------------------------ subaccounts

  async loadSubaccounts() {
    let accounts = [];
    try {
      accounts = (await this.api.call("GET", "/api/2010-04-01/Accounts.json", { query: { PageSize: 1000 } })).accounts;
    } catch {
      accounts = [];
    }
    const subs = accounts.filter((a) => a.sid !== this.api.account);
    $("subs").replaceChildren(...subs.map((a) => {
      const token = h("code", { class: "secret" }, "••••••••");
      const label = (verb) => `${verb} the auth token of ${a.friendly_name}`;
      const show = h("button", { type: "button", class: "secondary small", "aria-label": label("Show") }, "Show");
      show.addEventListener("click", () => {
        const on = show.textContent === "Show";
        show.textContent = on ? "Hide" : "Show";
        show.setAttribute("aria-label", label(show.textContent));
        token.textContent = on ? a.auth_token : "••••••••";
      });
      return h("tr", {}, h("td", {}, a.friendly_name), h("td", {}, h("code", {}, a.sid)), h("td", {}, a.status), h("td", {}, token, " ", show));
    }));
    if (!subs.length) $("subs").append(h("tr", {}, h("td", { colspan: 4, class: "note" }, "No subaccounts.")));
  }

  async createSubaccount() {
    try {
      await this.api.call("POST", "/api/2010-04-01/Accounts.json", { form: { FriendlyName: $("sub-name").value.trim() || "Subaccount" } });
      $("sub-name").value = "";
      await this.loadSubaccounts();
    } catch (err) {
      announce(err.message, true);
    }
  }
}
