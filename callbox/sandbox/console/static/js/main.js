// The console's entry point: sign in, the tabs, and the views wired to one event stream.

import { Account } from "./account.js";
import { Activity } from "./activity.js";
import { Api, ApiError, forget, remember, takeCredentials } from "./api.js";
import { EventStream } from "./events.js";
import { Explorer } from "./explorer.js";
import { Phone } from "./phone.js";
import { Messages } from "./sms.js";
import { $, h, say, short } from "./ui.js";

const VIEW = "callbox.console.view";
const VIEWS = ["phone", "activity", "account", "api"];

function status(text, down = false) {
  const el = $("conn");
  el.textContent = text;
  el.classList.toggle("down", down);
}

/** Credentials that the sandbox accepts, asking for them as long as it takes. */
async function signIn() {
  let creds = takeCredentials();
  for (;;) {
    if (creds) {
      const api = new Api(creds.account, creds.token);
      try {
        await api.call("GET", "/_sandbox/settings");
        remember(creds.account, creds.token);
        $("signin").hidden = true;
        return api;
      } catch (err) {
        forget();
        const refused = err instanceof ApiError && (err.status === 401 || err.status === 403);
        say("signin-error", refused ? "The sandbox refused these credentials: use its main account's SID and auth token." : `The sandbox did not answer: ${err.message}`, "error");
      }
    }
    status("Signed out");
    $("signin").hidden = false;
    $("signin-account").focus();
    creds = await new Promise((resolve) => {
      $("signin-form").addEventListener("submit", (ev) => {
        ev.preventDefault();
        resolve({ account: $("signin-account").value.trim(), token: $("signin-token").value.trim() });
      }, { once: true });
    });
  }
}

class Tabs {
  constructor(onShow) {
    this.onShow = onShow;
    this.tabs = VIEWS.map((v) => $(`tab-${v}`));
    for (const tab of this.tabs) {
      tab.addEventListener("click", () => this.show(tab.id.slice(4)));
      tab.addEventListener("keydown", (ev) => this.key(ev));
    }
  }

  key(ev) {
    const i = this.tabs.indexOf(ev.currentTarget);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: this.tabs.length - 1 }[ev.key];
    if (next === undefined) return;
    ev.preventDefault();
    const tab = this.tabs[(next + this.tabs.length) % this.tabs.length];
    this.show(tab.id.slice(4));
    tab.focus();
  }

  show(view) {
    if (!VIEWS.includes(view)) view = "phone";
    for (const tab of this.tabs) {
      const on = tab.id === `tab-${view}`;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      $(tab.getAttribute("aria-controls")).hidden = !on;
    }
    sessionStorage.setItem(VIEW, view);
    this.onShow(view);
  }
}

async function main() {
  const api = await signIn();
  const stream = new EventStream(api, (state, err) => {
    if (state === "live") status(`Live · ${short(api.account)}`);
    else status(`Disconnected (${err ? err.message : "no answer"}); retrying…`, true);
  });
  const phone = new Phone(api, stream);
  const messages = new Messages(api, stream, phone);
  const activity = new Activity(api, stream);
  const account = new Account(api, stream);
  const explorer = new Explorer(api);

  let alerts = 0;
  const badge = $("alert-badge");
  const tabs = new Tabs((view) => {
    if (view === "activity") {
      alerts = 0;
      badge.hidden = true;
    }
    if (view === "api") explorer.start().catch((err) => say("api-status", err.message, "error"));
  });
  phone.onAnswer(() => tabs.show("phone"));
  activity.onAlert(() => {
    if ($("tab-activity").getAttribute("aria-selected") === "true") return;
    alerts += 1;
    badge.textContent = String(alerts);
    badge.hidden = false;
    badge.setAttribute("aria-label", `${alerts} new alert${alerts === 1 ? "" : "s"}`);
  });
  account.onNumbers((numbers) => {
    $("sandbox-numbers").replaceChildren(...numbers.map((n) => h("option", { value: n.phone_number }, n.friendly_name || "")));
    const first = numbers[0] && numbers[0].phone_number;
    if (first && !$("dial-to").value) $("dial-to").value = first;
    if (first && !$("sms-to").value) $("sms-to").value = first;
  });

  $("tabs").hidden = false;
  tabs.show(sessionStorage.getItem(VIEW) || "phone");
  window.callboxConsole = { api, stream, phone, messages, activity, account, explorer, tabs };
  // All at once: the event stream's backlog and the views' first lists overlap (the views
  // drop what they already have, by SID).
  await Promise.all([stream.start(), phone.start(), account.start(), messages.reload()]);
  document.body.dataset.ready = String(Math.round(performance.now()));
}

main().catch((err) => {
  status(`The console failed to start: ${err.message}`, true);
  console.error(err);
});
