// Workspaces page: searched and paged on the server, since a tenant may hold 100k workspaces.
'use strict';

(() => {
  const { h, api, register, time } = Portal;
  const PAGE = 50;

  register('workspaces', async page => {
    const search = h('input', { type: 'search', id: 'workspace-search', placeholder: 'Search by name or id', 'aria-label': 'Search workspaces' });
    const body = h('tbody');
    const info = h('span', { id: 'workspace-range', className: 'muted' });
    const prev = h('button', { type: 'button', id: 'workspaces-prev' }, 'Previous');
    const next = h('button', { type: 'button', id: 'workspaces-next' }, 'Next');
    const counts = h('p', { className: 'lead' });
    let skip = 0;
    let token = 0;

    async function load() {
      const mine = ++token;
      const q = new URLSearchParams({ search: search.value.trim(), skip: String(skip), top: String(PAGE) });
      const r = await api('GET', '/emulator/workspaces?' + q);
      if (mine !== token) return; // a newer search answered first
      const c = r.counts || {};
      counts.textContent = `${(c.workspaces ?? r.matches).toLocaleString('en-US')} workspaces in the tenant`
        + (c.reports !== undefined ? `, ${c.reports.toLocaleString('en-US')} reports, ${(c.datasets ?? 0).toLocaleString('en-US')} semantic models` : '');
      Portal.fill(body, (r.workspaces.length ? r.workspaces.map(w => h('tr', { 'data-workspace-id': w.id },
        h('td', { className: 'workspace-name' }, w.name),
        h('td', { className: 'mono' }, w.id),
        h('td', {}, w.type),
        h('td', {}, w.state === 'Active' ? w.state : h('span', { className: 'badge warn' }, w.state)),
        h('td', { className: 'mono' }, w.capacityId || '—'),
        h('td', {}, w.users),
        h('td', {}, w.items),
        h('td', {}, time(w.modifiedAt))))
        : [h('tr', {}, h('td', { colspan: 8, className: 'muted' }, 'No workspace matches'))]));
      info.textContent = r.matches === 0 ? '0 of 0' : `${(skip + 1).toLocaleString('en-US')}–${(skip + r.workspaces.length).toLocaleString('en-US')} of ${r.matches.toLocaleString('en-US')}`;
      prev.disabled = skip === 0;
      next.disabled = skip + r.workspaces.length >= r.matches;
    }

    let debounce;
    search.addEventListener('input', () => { clearTimeout(debounce); debounce = setTimeout(() => { skip = 0; load().catch(e => Portal.toast(e.message, true)); }, 250); });
    prev.addEventListener('click', () => { skip = Math.max(0, skip - PAGE); load().catch(e => Portal.toast(e.message, true)); });
    next.addEventListener('click', () => { skip += PAGE; load().catch(e => Portal.toast(e.message, true)); });

    Portal.fill(page, 
      h('h1', {}, 'Workspaces'), counts,
      h('div', { className: 'toolbar' }, search),
      h('table', { id: 'workspaces-table' },
        h('thead', {}, h('tr', {}, ['Name', 'ID', 'Type', 'State', 'Capacity', 'Users', 'Items', 'Modified'].map(t => h('th', {}, t)))),
        body),
      h('div', { className: 'pager' }, prev, info, next));
    await load();
    return () => clearTimeout(debounce);
  });
})();
