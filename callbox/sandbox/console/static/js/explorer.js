// "Try an API call": pick an operation of the API description (GET /_sandbox/api and
// /_sandbox/api/{domain}), fill its parameters, send it through the REST API, read the
// answer, and copy the same call as Python, curl or a command line.

import { $, announce, copyText, h, say } from "./ui.js";
import { buildRequest, cli, curl, pathNames, python } from "./snippets.js";

const COMMON = ["From", "Body", "MediaUrl", "Url", "Twiml", "PhoneNumber", "FriendlyName", "SmsUrl", "VoiceUrl", "StatusCallback", "Status", "PageSize"];
const TYPES = { s: "text", i: "integer", n: "number", b: "true or false", o: "JSON", dt: "date and time (ISO 8601)", d: "date (YYYY-MM-DD)", dr: "date and time" };

function typeName(type) {
  return type.startsWith("a:") ? `list of ${TYPES[type.slice(2)] || type.slice(2)}, one per line` : TYPES[type] || type;
}

export class Explorer {
  constructor(api) {
    this.api = api;
    this.domains = [];
    this.catalogs = new Map();
    this.domain = null;
    this.choices = []; // [{resource, op}] in the operation list's order
    this.choice = null;
    this.wire();
  }

  wire() {
    $("api-domain").addEventListener("change", () => this.pickDomain($("api-domain").value));
    $("api-find").addEventListener("input", () => this.listOperations());
    $("api-op").addEventListener("change", () => this.pickOperation(Number($("api-op").value)));
    $("api-params").addEventListener("input", () => this.renderSnippets());
    $("api-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.send();
    });
    for (const button of document.querySelectorAll("[data-copy]")) {
      button.addEventListener("click", async () => {
        const text = $(button.dataset.copy).textContent;
        const done = await copyText(text);
        say("copy-msg", done ? `${button.textContent.replace("Copy ", "")} copied to the clipboard.` : "Could not copy.", done ? "ok" : "error");
      });
    }
  }

  /** Load the domain list once, on the first visit to the view. */
  async start() {
    if (this.domains.length) return;
    const found = await this.api.call("GET", "/_sandbox/api");
    this.domains = found.domains;
    $("api-domain").replaceChildren(...this.domains.map((d) => new Option(`${d.name} (${d.host})`, d.name, d.name === "api", d.name === "api")));
    await this.pickDomain("api", { resource: "v2010.accounts.messages", op: "create" });
  }

  async pickDomain(name, want) {
    let catalog = this.catalogs.get(name);
    if (!catalog) {
      catalog = await this.api.call("GET", `/_sandbox/api/${encodeURIComponent(name)}`);
      this.catalogs.set(name, catalog);
    }
    this.domain = catalog;
    this.listOperations(want);
  }

  listOperations(want) {
    const words = $("api-find").value.toLowerCase().split(/\s+/).filter(Boolean);
    this.choices = [];
    for (const resource of this.domain.resources) {
      for (const op of resource.ops) {
        const label = `${resource.version} · ${resource.title} · ${op.op} (${op.method})`;
        const hay = `${resource.name} ${resource.title} ${op.op} ${op.method}`.toLowerCase();
        if (words.every((w) => hay.includes(w))) this.choices.push({ resource, op, label });
      }
    }
    const select = $("api-op");
    select.replaceChildren(...this.choices.map((c, i) => new Option(c.label, String(i))));
    let index = 0;
    if (want) index = Math.max(0, this.choices.findIndex((c) => c.resource.name === want.resource && c.op.op === want.op));
    else if (this.choice) index = Math.max(0, this.choices.findIndex((c) => c.resource === this.choice.resource && c.op === this.choice.op));
    if (this.choices.length) {
      select.value = String(index);
      this.pickOperation(index);
    } else {
      this.choice = null;
      $("api-params").replaceChildren(h("p", { class: "note" }, "No operation matches."));
    }
  }

  pickOperation(index) {
    const choice = this.choices[index];
    if (!choice || choice === this.choice) return;
    this.choice = choice;
    const { op } = choice;
    $("api-op-title").textContent = `${op.method} /${this.domain.label}${op.path}`;
    const fields = pathNames(op.path).map((name) => this.field(name, "s", true, null, true));
    // Required ones first, then the ones most calls use, then the description's order.
    const rank = (p) => (p[4] ? 0 : COMMON.includes(p[0]) ? 1 + COMMON.indexOf(p[0]) / 100 : 2);
    const params = [...op.params].sort((a, b) => rank(a) - rank(b));
    for (const [api, , , type, required, choices] of params) fields.push(this.field(api, type, Boolean(required), choices, false));
    $("api-params").replaceChildren(...fields);
    this.renderSnippets();
  }

  field(name, type, required, choices, inPath) {
    const id = `param-${name}`;
    let input;
    if (choices || type === "b") {
      const values = choices || ["true", "false"];
      input = h("select", { id, name }, new Option(required ? "(choose)" : "(not set)", ""), values.map((v) => new Option(String(v), String(v))));
    } else if (type.startsWith("a:") || type === "o") {
      input = h("textarea", { id, name, rows: 2 });
    } else {
      input = h("input", { id, name, autocomplete: "off", spellcheck: "false" });
    }
    if (inPath && name === "AccountSid") input.value = this.api.account;
    const hint = `${inPath ? "in the path; " : ""}${typeName(type)}`;
    return h("div", { class: "field" },
      h("label", { for: id }, name, required ? " (required)" : ""),
      input,
      h("span", { class: "hint", id: `${id}-hint` }, hint),
    );
  }

  values() {
    const values = {};
    for (const el of $("api-params").querySelectorAll("input, select, textarea")) {
      if (el.value !== "") values[el.name] = el.value;
    }
    return values;
  }

  call() {
    const { resource, op } = this.choice;
    return { domain: this.domain, resource, op, values: this.values(), account: this.api.account, base: location.origin };
  }

  renderSnippets() {
    if (!this.choice) return;
    const call = this.call();
    $("snip-py").textContent = python(call);
    $("snip-curl").textContent = curl(call);
    $("snip-cli").textContent = cli(call);
  }

  async send() {
    if (!this.choice) return;
    const call = this.call();
    const missing = pathNames(call.op.path).filter((n) => !call.values[n]);
    if (missing.length) {
      say("api-status", `Fill in ${missing.join(", ")} (part of the path).`, "error");
      return;
    }
    const request = buildRequest(call.domain, call.op, call.values);
    say("api-status", "Sending…");
    try {
      const answer = await this.api.send(request.method, request.path, {
        query: Object.fromEntries(groupPairs(request.query)),
        form: ["POST", "PUT", "PATCH"].includes(request.method) && request.json === undefined ? Object.fromEntries(groupPairs(request.form)) : undefined,
        json: request.json,
        headers: request.headers,
      });
      const good = answer.status < 400;
      say("api-status", `HTTP ${answer.status} in ${answer.ms.toFixed(0)} ms`, good ? "ok" : "error");
      $("api-response").textContent = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body, null, 2);
      announce(`Answer: HTTP ${answer.status}`);
    } catch (err) {
      say("api-status", err.message, "error");
    }
  }
}

/** [[k, v], [k, w]] -> [[k, [v, w]]]: repeated keys for formBody(). */
function groupPairs(pairs) {
  const grouped = new Map();
  for (const [k, v] of pairs) grouped.set(k, [...(grouped.get(k) || []), v]);
  return grouped;
}
