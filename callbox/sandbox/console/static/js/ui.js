// Small DOM helpers shared by the views: element building, announcements, copying.

/** The element with this id (throws if the page lacks it: a bug, not a user error). */
export function $(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no #${id} on the page`);
  return found;
}

/**
 * Build an element: h("li", {class: "row", dataset: {seq: 3}}, "text", child).
 * Strings become text nodes (never HTML), so nothing from the sandbox is ever parsed as markup.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "dataset") Object.assign(el.dataset, value);
    else if (name === "class") el.className = value;
    else if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else if (name in el && typeof value !== "string") el[name] = value;
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Tell screen readers something (``urgent`` interrupts). */
export function announce(text, urgent = false) {
  const region = $(urgent ? "announce-urgent" : "announce");
  region.textContent = "";
  // A new text node in a later task is announced even when the text repeats.
  setTimeout(() => { region.textContent = text; }, 30);
}

/** Show a message in a status/alert element, or clear it. */
export function say(id, text, kind = "") {
  const el = $(id);
  el.textContent = text || "";
  el.classList.toggle("error", kind === "error");
  el.classList.toggle("ok", kind === "ok");
}

/** Copy text to the clipboard (the selection fallback covers browsers without the API). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h("textarea", { class: "sr-only", "aria-hidden": "true" }, text);
    document.body.append(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  }
}

/** HH:MM:SS.mmm of an epoch time in seconds. */
export function clock(seconds) {
  const d = new Date(seconds * 1000);
  const pad = (n, w = 2) => String(n).padStart(w, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** The first characters of a SID, for compact rows. */
export function short(sid) {
  return sid ? String(sid).slice(0, 10) + "…" : "";
}

/** Digits and a leading + only: what numbers are compared by. */
export function digits(text) {
  return String(text || "").replace(/[^\d+]/g, "");
}

/** Wall-clock milliseconds now, with sub-millisecond precision. */
export function nowMs() {
  return performance.timeOrigin + performance.now();
}
