// Talking to the sandbox: the REST API and the control API, with the main account's
// credentials in an Authorization header (never cookies, never the URL).

const STORE = "callbox.console.credentials";

/** An answer that is not 2xx, in Twilio's shape: status, code, message, more_info. */
export class ApiError extends Error {
  constructor(status, body) {
    const code = body && body.code;
    const text = (body && body.message) || `HTTP ${status}`;
    super(code ? `${text} (error ${code})` : text);
    this.status = status;
    this.code = code || null;
    this.body = body;
  }
}

/**
 * The credentials to use: from the URL's fragment (#account=AC…&token=…, which never
 * reaches a server; it is then removed from the address bar and history), else from
 * this tab's sessionStorage; null when neither has them.
 */
export function takeCredentials() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const account = fragment.get("account");
  const token = fragment.get("token");
  if (account && token) {
    history.replaceState(null, "", location.pathname + location.search);
    remember(account, token);
    return { account, token };
  }
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORE) || "null");
    if (saved && saved.account && saved.token) return saved;
  } catch {
    sessionStorage.removeItem(STORE);
  }
  return null;
}

export function remember(account, token) {
  sessionStorage.setItem(STORE, JSON.stringify({ account, token }));
}

export function forget() {
  sessionStorage.removeItem(STORE);
}

/** Form encoding with repeated keys for arrays (Twilio's MediaUrl=a&MediaUrl=b). */
export function formBody(fields) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields || {})) {
    if (value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, String(one));
  }
  return body;
}

export class Api {
  constructor(account, token) {
    this.account = account;
    this.token = token;
    this.authorization = "Basic " + btoa(`${account}:${token}`);
  }

  /**
   * One request; resolves to {status, body, ms} for any HTTP answer (errors included) and
   * rejects only when nothing came back.  ``form`` is sent url-encoded, ``json`` as JSON.
   */
  async send(method, path, { form, json, query, headers, signal } = {}) {
    let url = path;
    if (query) {
      const qs = formBody(query).toString();
      if (qs) url += (url.includes("?") ? "&" : "?") + qs;
    }
    const init = {
      method,
      headers: { Authorization: this.authorization, Accept: "application/json", ...headers },
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
      signal,
    };
    if (json !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(json);
    } else if (form !== undefined) {
      init.headers["Content-Type"] = "application/x-www-form-urlencoded";
      init.body = formBody(form).toString();
    }
    const started = performance.now();
    const response = await fetch(url, init);
    const text = await response.text();
    const ms = performance.now() - started;
    let body = null;
    if (text) {
      try { body = JSON.parse(text); } catch { body = text; }
    }
    return { status: response.status, body, ms, text };
  }

  /** The raw fetch Response of a GET (for streamed answers); non-2xx throws ApiError. */
  async open(path, query, signal) {
    const url = path + "?" + formBody(query).toString();
    const response = await fetch(url, {
      headers: { Authorization: this.authorization },
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
      signal,
    });
    if (!response.ok) {
      let body = null;
      try { body = await response.json(); } catch { /* not JSON */ }
      throw new ApiError(response.status, body);
    }
    return response;
  }

  /** Like send(), but a non-2xx answer throws ApiError and the body is returned. */
  async call(method, path, options) {
    const answer = await this.send(method, path, options);
    if (answer.status < 200 || answer.status >= 300) throw new ApiError(answer.status, answer.body);
    return answer.body;
  }

  /** ``/api/2010-04-01/Accounts/{this account}/<rest>`` */
  account2010(rest) {
    return `/api/2010-04-01/Accounts/${this.account}/${rest}`;
  }

  phonePath(number, rest = "") {
    return `/_sandbox/phones/${encodeURIComponent(number)}${rest}`;
  }
}
