// The portal's shared helpers. Every tenant-provided string reaches the page through text nodes
// (h() never parses HTML), so a display name such as <img src=x onerror=...> shows as text.
'use strict';

const Portal = (() => {
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'className') el.className = v;
      else if (k === 'checked' || k === 'value' || k === 'disabled' || k === 'selected') el[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  // replaceChildren() does not flatten arrays; pages build theirs from nested sections.
  function fill(el, ...children) {
    el.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  }

  class ApiError extends Error {
    constructor(status, code, message) { super(message); this.status = status; this.code = code; }
  }

  // Calls the management API with the session cookie; the header marks a same-origin script call.
  async function api(method, path, body) {
    const init = { method, credentials: 'same-origin', headers: { 'X-Portal-Request': '1', 'Accept': 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    if (res.status === 401) {
      window.location.assign('/portal');
      throw new ApiError(401, 'Unauthorized', 'your portal session ended; sign in again');
    }
    if (res.status === 204) return null;
    let json = null;
    try { json = await res.json(); } catch (e) { /* no JSON body */ }
    if (!res.ok) {
      const err = json && json.error ? json.error : {};
      throw new ApiError(res.status, err.code || String(res.status), err.message || res.statusText);
    }
    return json;
  }

  let toastTimer;
  function toast(text, bad) {
    const t = document.getElementById('toast');
    t.textContent = text;
    t.className = 'toast show' + (bad ? ' bad' : '');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { t.className = 'toast'; }, bad ? 6000 : 2500);
  }

  // Runs an action from a button; shows its error rather than failing silently.
  async function act(fn, done) {
    try {
      const r = await fn();
      if (done) toast(done);
      return r;
    } catch (e) {
      toast(e.message || String(e), true);
      return undefined;
    }
  }

  function time(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace('Z', ' UTC');
  }

  function guid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const x = [...b].map(v => v.toString(16).padStart(2, '0')).join('');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
  }

  function options(items, selected) {
    return items.map(([value, label]) => h('option', { value, selected: value === selected }, label));
  }

  // ---- routing ----
  const pages = {};
  let stopCurrent = null;

  function register(name, render) { pages[name] = render; }

  async function route() {
    const [name, ...rest] = (location.hash.replace(/^#/, '') || 'settings').split('/');
    const render = pages[name] || pages.settings;
    if (stopCurrent) { stopCurrent(); stopCurrent = null; }
    document.querySelectorAll('.sidebar a').forEach(a => a.classList.toggle('active', a.id === 'nav-' + name));
    const page = document.getElementById('page');
    fill(page, h('p', { className: 'muted' }, 'Loading…'));
    try {
      const stop = await render(page, rest.map(decodeURIComponent));
      if (typeof stop === 'function') stopCurrent = stop;
    } catch (e) {
      fill(page, h('h1', {}, 'Something went wrong'), h('p', { className: 'error' }, e.message || String(e)));
    }
  }

  const state = { info: null };

  async function start() {
    state.info = await api('GET', '/portal/api/info');
    document.getElementById('tenant').textContent = `Tenant ${state.info.domain} (${state.info.tenantId})`;
    window.addEventListener('hashchange', route);
    await route();
  }

  return { h, fill, api, act, toast, time, guid, options, register, start, state, route };
})();

document.addEventListener('DOMContentLoaded', () => Portal.start().catch(e => Portal.toast(e.message, true)));
