// App registrations page: the Entra ID side of a service principal (secrets, certificates, API permissions).
'use strict';

(() => {
  const { h, api, act, register, state, time, guid, options } = Portal;
  const POWER_BI = 'https://analysis.windows.net/powerbi/api';
  const PERMISSIONS = ['Tenant.Read.All', 'Tenant.ReadWrite.All', 'Workspace.Read.All', 'Dataset.Read.All', 'Report.Read.All'];

  function consentRequired(p) {
    return p.type === 'Application' || p.name.startsWith('Tenant.');
  }

  function list(page, apps) {
    const name = h('input', { type: 'text', id: 'new-app-name', placeholder: 'Display name', 'aria-label': 'New app display name' });
    return [
      h('h1', {}, 'App registrations'),
      h('p', { className: 'lead' }, 'Each app registration has a service principal (its object id) that tenant settings and security groups refer to.'),
      h('table', { id: 'apps-table' },
        h('thead', {}, h('tr', {}, ['Display name', 'Application (client) ID', 'Object ID (service principal)', 'Secrets', 'Certificates', 'API permissions'].map(t => h('th', {}, t)))),
        h('tbody', {}, apps.map(a => h('tr', { 'data-client-id': a.clientId },
          h('td', { className: 'app-name' }, h('a', { href: '#apps/' + encodeURIComponent(a.clientId) }, a.displayName)),
          h('td', { className: 'mono' }, a.clientId),
          h('td', { className: 'mono' }, a.servicePrincipalId),
          h('td', {}, a.secrets.length),
          h('td', {}, a.certificates.length),
          h('td', {}, a.permissions.map(p => `${p.name} (${p.type})`).join(', ') || '—'))))),
      h('h2', {}, 'New registration'),
      h('div', { className: 'row' }, name, h('button', { type: 'button', className: 'primary', onclick: async () => {
        const clientId = guid();
        if (await act(() => api('PUT', '/emulator/apps/' + clientId, { displayName: name.value }), 'App registered')) {
          location.hash = '#apps/' + clientId;
        }
      } }, 'Register')),
    ];
  }

  // Expiry is judged on the emulator's clock, which tests move forward and may scale.
  function secretsSection(app, reload, emulatedNow) {
    const expiry = h('select', { 'aria-label': 'Secret expiry' }, options([['180', '180 days (6 months)'], ['365', '365 days (12 months)'], ['730', '730 days (24 months)'], ['never', 'Never (emulator only)']], '180'));
    const shown = h('div');
    const now = emulatedNow;
    return [
      h('h2', {}, 'Client secrets'),
      h('table', { id: 'secrets-table' },
        h('thead', {}, h('tr', {}, ['Secret ID', 'Value', 'Expires', 'Status', ''].map(t => h('th', {}, t)))),
        h('tbody', {}, app.secrets.length ? app.secrets.map(s => {
          const expired = s.expiresAt && Date.parse(s.expiresAt) <= now;
          return h('tr', {},
            h('td', { className: 'mono' }, s.id),
            h('td', { className: 'mono' }, s.hint + '*'.repeat(10)),
            h('td', {}, s.expiresAt ? time(s.expiresAt) : 'Never'),
            h('td', {}, h('span', { className: 'badge ' + (expired ? 'bad' : 'ok') }, expired ? 'Expired' : 'Active')),
            h('td', {}, h('button', { type: 'button', className: 'danger', onclick: () => act(() => api('DELETE',
              `/emulator/apps/${encodeURIComponent(app.clientId)}/secrets/${encodeURIComponent(s.id)}`), 'Secret deleted').then(reload) }, 'Delete')));
        }) : h('tr', {}, h('td', { colspan: 5, className: 'muted' }, 'No client secrets')))),
      h('div', { className: 'row' }, expiry, h('button', { type: 'button', onclick: async () => {
        const body = { description: 'portal' };
        if (expiry.value !== 'never') body.expiresAt = new Date(emulatedNow + Number(expiry.value) * 86400000).toISOString().replace(/\.\d+Z$/, 'Z');
        const r = await act(() => api('POST', `/emulator/apps/${encodeURIComponent(app.clientId)}/secrets`, body));
        if (r) {
          await reload();
          document.getElementById('new-secret').replaceChildren(h('div', { className: 'notice' },
            'New client secret value (copy it now; it is never shown again): ', h('span', { className: 'secret-value' }, r.secretText)));
        }
      } }, 'New client secret')),
      h('div', { id: 'new-secret' }, shown),
    ];
  }

  function certificatesSection(app) {
    return [
      h('h2', {}, 'Certificates'),
      h('table', { id: 'certificates-table' },
        h('thead', {}, h('tr', {}, ['Thumbprint (SHA-1)', 'Thumbprint (SHA-256)', 'Start date', 'Expires'].map(t => h('th', {}, t)))),
        h('tbody', {}, app.certificates.length ? app.certificates.map(c => h('tr', {},
          h('td', { className: 'mono' }, c.thumbprintSha1), h('td', { className: 'mono' }, c.thumbprintSha256),
          h('td', {}, time(c.notBefore)), h('td', {}, time(c.notAfter))))
          : h('tr', {}, h('td', { colspan: 4, className: 'muted' }, 'No certificates (add them in the tenant file)')))),
    ];
  }

  function permissionsSection(app, reload) {
    const path = `/emulator/apps/${encodeURIComponent(app.clientId)}`;
    const save = perms => act(() => api('PUT', path + '/permissions', { permissions: perms }), 'API permissions saved').then(reload);
    const name = h('select', { 'aria-label': 'Permission' }, options(PERMISSIONS.map(p => [p, p]), 'Tenant.Read.All'));
    const type = h('select', { 'aria-label': 'Permission type' }, options([['Delegated', 'Delegated'], ['Application', 'Application']], 'Delegated'));
    return [
      h('h2', {}, 'API permissions'),
      h('p', { className: 'muted' }, 'An app calling the read-only admin APIs as a service principal must have no Power BI Application permissions with admin consent.'),
      h('div', { className: 'row' },
        h('button', { type: 'button', id: 'grant-consent', onclick: () => act(() => api('POST', path + '/adminConsent', { granted: true }), 'Admin consent granted').then(reload) },
          `Grant admin consent for ${state.info.domain}`),
        h('button', { type: 'button', id: 'revoke-consent', onclick: () => act(() => api('POST', path + '/adminConsent', { granted: false }), 'Admin consent revoked').then(reload) },
          'Revoke admin consent')),
      h('table', { id: 'permissions-table' },
        h('thead', {}, h('tr', {}, ['API / Permission name', 'Type', 'Admin consent required', 'Status', ''].map(t => h('th', {}, t)))),
        h('tbody', {}, app.permissions.length ? app.permissions.map((p, i) => h('tr', {},
          h('td', {}, p.resource === POWER_BI ? 'Power BI Service' : p.resource, ' · ', h('b', {}, p.name)),
          h('td', {}, p.type),
          h('td', {}, consentRequired(p) ? 'Yes' : 'No'),
          h('td', {}, p.adminConsentGranted ? h('span', { className: 'badge ok' }, `Granted for ${state.info.domain}`) : h('span', { className: 'badge' }, 'Not granted')),
          h('td', {}, h('button', { type: 'button', className: 'danger', onclick: () => save(app.permissions.filter((_, j) => j !== i)) }, 'Remove'))))
          : h('tr', {}, h('td', { colspan: 5, className: 'muted' }, 'No API permissions')))),
      h('div', { className: 'row' }, 'Add a Power BI Service permission:', name, type,
        h('button', { type: 'button', onclick: () => save([...app.permissions, { resource: POWER_BI, name: name.value, type: type.value, adminConsentGranted: false }]) }, 'Add permission')),
    ];
  }

  async function detail(page, clientId) {
    const reload = async () => {
      const [app, clock] = await Promise.all([api('GET', '/emulator/apps/' + encodeURIComponent(clientId)), api('GET', '/emulator/time')]);
      const emulatedNow = Date.parse(clock.now);
      Portal.fill(page, 
        h('p', {}, h('a', { href: '#apps' }, '← App registrations')),
        h('h1', { id: 'app-title' }, app.displayName),
        h('table', { className: 'overview' }, h('tbody', {},
          h('tr', {}, h('th', {}, 'Display name'), h('td', {}, app.displayName)),
          h('tr', {}, h('th', {}, 'Application (client) ID'), h('td', { className: 'mono' }, app.clientId)),
          h('tr', {}, h('th', {}, 'Object ID (service principal)'), h('td', { className: 'mono' }, app.servicePrincipalId)),
          h('tr', {}, h('th', {}, 'Directory (tenant) ID'), h('td', { className: 'mono' }, state.info.tenantId)))),
        secretsSection(app, reload, emulatedNow), certificatesSection(app), permissionsSection(app, reload),
        h('h2', {}, 'Delete'),
        h('button', { type: 'button', className: 'danger', onclick: async () => {
          if (confirm('Delete this app registration and its service principal?')
            && await act(() => api('DELETE', '/emulator/apps/' + encodeURIComponent(clientId)).then(() => true), 'App deleted')) {
            location.hash = '#apps';
          }
        } }, 'Delete app registration'));
    };
    await reload();
  }

  register('apps', async (page, [clientId]) => {
    if (clientId) return detail(page, clientId);
    Portal.fill(page, list(page, await api('GET', '/emulator/apps')));
    return undefined;
  });
})();
