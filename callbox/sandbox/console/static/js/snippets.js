// The same API call as callbox Python, curl, or a `callbox api` command line.
// Pure functions of a call: {domain, resource, op, values, account, base}, where
//   domain   {name, label}             from GET /_sandbox/api/{domain}
//   resource {name, py, own}           the resource (py: [[attribute, ids], ...] or null)
//   op       {op, method, path, instance, json, params: [[api, py, where, type, required, enum?]]}
//   values   {ApiName: "text as typed"} (path parameters included; empty ones are left out)
// Credentials are never written into a snippet: each reads them from the environment.

/** Path parameter names, in order: "/v2/Services/{ServiceSid}/x/{Sid}" -> [ServiceSid, Sid]. */
export function pathNames(path) {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

/** The request: {method, path (filled), query, form, json, headers} from the values typed. */
export function buildRequest(domain, op, values) {
  const names = pathNames(op.path);
  let path = op.path;
  for (const name of names) path = path.replace(`{${name}}`, encodeURIComponent(values[name] || ""));
  const request = { method: op.method, path: `/${domain.label}${path}`, query: [], form: [], headers: {}, json: undefined };
  for (const [api, , where, type] of op.params) {
    const raw = values[api];
    if (raw === undefined || raw === "") continue;
    const many = type.startsWith("a:") ? lines(raw) : [raw];
    if (where === "q") for (const v of many) request.query.push([api, v]);
    else if (where === "h") request.headers[api] = raw;
    else if (where === "j") request.json = parseJson(raw);
    else for (const v of many) request.form.push([api, v]);
  }
  return request;
}

function lines(text) {
  return String(text).split("\n").map((s) => s.trim()).filter(Boolean);
}

function parseJson(text) {
  try { return JSON.parse(text); } catch { return text; }
}

/** The full URL of a request on this sandbox. */
export function requestUrl(base, request) {
  const qs = new URLSearchParams(request.query).toString();
  return base + request.path + (qs ? `?${qs}` : "");
}

// ------------------------------------------------------------ Python

function pyString(s) {
  return JSON.stringify(String(s)); // a JSON string is a valid Python str literal
}

function pyJson(value) {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (Array.isArray(value)) return `[${value.map(pyJson).join(", ")}]`;
  if (typeof value === "object") return `{${Object.entries(value).map(([k, v]) => `${pyString(k)}: ${pyJson(v)}`).join(", ")}}`;
  if (typeof value === "number") return String(value);
  return pyString(value);
}

function pyValue(type, raw) {
  if (type.startsWith("a:")) return `[${lines(raw).map((v) => pyValue(type.slice(2), v)).join(", ")}]`;
  const text = String(raw).trim();
  if (type === "i" && /^-?\d+$/.test(text)) return text;
  if (type === "n" && /^-?\d+(\.\d+)?$/.test(text)) return text;
  if (type === "b" && /^(true|false)$/i.test(text)) return text.toLowerCase() === "true" ? "True" : "False";
  if (type === "o") {
    try { return pyJson(JSON.parse(text)); } catch { return pyString(raw); }
  }
  return pyString(raw);
}

/** callbox Python for the call. */
export function python(call) {
  const { domain, resource, op, values, account } = call;
  const lines_ = ["from callbox import Client", "", "client = Client()  # CALLBOX_BASE_URL and TWILIO_* from the environment"];
  const kwargs = op.params
    .filter(([api]) => values[api] !== undefined && values[api] !== "")
    .map(([api, py, , type]) => `${py}=${pyValue(type, values[api])}`);
  if (!resource.py) {
    // The client's attribute tree does not reach this resource: send the request as is.
    const request = buildRequest(domain, op, values);
    lines_[0] = "import os\n\nfrom callbox import Client";
    const args = [pyString(op.method), `os.environ["CALLBOX_BASE_URL"] + ${pyString(request.path)}`];
    if (request.query.length) args.push(`params={${request.query.map(([k, v]) => `${pyString(k)}: ${pyString(v)}`).join(", ")}}`);
    if (request.form.length) args.push(`data={${request.form.map(([k, v]) => `${pyString(k)}: ${pyString(v)}`).join(", ")}}`);
    lines_.push(`response = client.request(${args.join(", ")})`, "print(response.status, response.text)");
    return lines_.join("\n");
  }
  const ids = pathNames(op.path).map((n) => values[n] || "");
  const steps = resource.py.map(([name, n]) => [name, n]);
  steps[steps.length - 1][1] = op.instance ? resource.own : 0;
  let chain = `client.${domain.name}.${resource.name.split(".")[0]}`;
  let used = 0;
  if (domain.name === "api" && steps[0][0] === "accounts" && steps.length > 1 && ids[0] === account) {
    chain = "client"; // the client's own account: client.messages, client.calls...
    steps.shift();
    used = 1;
  }
  for (const [name, n] of steps) {
    chain += `.${name}`;
    if (n) {
      chain += `(${ids.slice(used, used + n).map(pyString).join(", ")})`;
      used += n;
    }
  }
  const args = kwargs.length > 2 ? `\n    ${kwargs.join(",\n    ")},\n` : kwargs.join(", ");
  if (op.op === "list") {
    lines_.push(`for record in ${chain}.list(${args}):`, "    print(record)");
  } else {
    lines_.push(`result = ${chain}.${op.op}(${args})`, "print(result)");
  }
  return lines_.join("\n");
}

// ------------------------------------------------------------ shell

/** A word for a POSIX shell: bare when it is safe, else single-quoted. */
export function shellWord(s) {
  const text = String(s);
  if (/^[\w@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** curl for the call (credentials from the variables the console's env line sets). */
export function curl(call) {
  const request = buildRequest(call.domain, call.op, call.values);
  const parts = [];
  const url = call.base + request.path;
  if (request.method === "GET") parts.push(`curl -G ${shellWord(url)}`);
  else parts.push(`curl -X ${request.method} ${shellWord(url)}`);
  parts.push(`-u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"`);
  for (const [name, value] of Object.entries(request.headers)) parts.push(`-H ${shellWord(`${name}: ${value}`)}`);
  if (request.json !== undefined) {
    parts.push(`-H 'Content-Type: application/json'`, `--data ${shellWord(JSON.stringify(request.json))}`);
  }
  if (request.method === "GET" || request.method === "DELETE") {
    for (const [k, v] of request.query) parts.push(`--data-urlencode ${shellWord(`${k}=${v}`)}`);
    if (request.method === "DELETE" && request.query.length) parts[0] = `curl -G -X DELETE ${shellWord(url)}`;
  } else {
    if (request.query.length) parts[0] = parts[0].replace(shellWord(url), shellWord(requestUrl(call.base, request)));
    for (const [k, v] of request.form) parts.push(`--data-urlencode ${shellWord(`${k}=${v}`)}`);
  }
  return parts.join(" \\\n  ");
}

/** ``callbox api <domain> <resource> <operation> --Param value …`` */
export function cli(call) {
  const { domain, resource, op, values } = call;
  const words = ["callbox", "api", domain.name, resource.name, op.op];
  for (const name of pathNames(op.path)) {
    if (values[name]) words.push(`--${name}`, shellWord(values[name]));
  }
  for (const [api, , , type] of op.params) {
    const raw = values[api];
    if (raw === undefined || raw === "") continue;
    for (const v of type.startsWith("a:") ? lines(raw) : [raw]) words.push(`--${api}`, shellWord(v));
  }
  return words.join(" ");
}
