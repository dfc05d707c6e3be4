// Security groups page: groups and their direct members (service principals, users, nested groups).
'use strict';

(() => {
  const { h, api, act, register, guid, options } = Portal;
  const KINDS = [['ServicePrincipal', 'Service principal'], ['User', 'User'], ['Group', 'Group']];

  async function directory() {
    const [groups, apps, users] = await Promise.all([api('GET', '/emulator/groups'), api('GET', '/emulator/apps'), api('GET', '/emulator/users')]);
    const names = new Map();
    apps.forEach(a => names.set(a.servicePrincipalId.toLowerCase(), `${a.displayName} (app ${a.clientId})`));
    users.forEach(u => names.set(u.objectId.toLowerCase(), `${u.displayName} <${u.userPrincipalName}>`));
    groups.forEach(g => names.set(g.id.toLowerCase(), g.displayName));
    return { groups, apps, users, names };
  }

  function list(dir) {
    const name = h('input', { type: 'text', id: 'new-group-name', placeholder: 'Group name', 'aria-label': 'New group name' });
    const type = h('select', { 'aria-label': 'Group type' }, options([['Security', 'Security'], ['MailEnabledSecurity', 'Mail-enabled security'], ['Microsoft365', 'Microsoft 365']], 'Security'));
    return [
      h('h1', {}, 'Security groups'),
      h('p', { className: 'lead' }, 'Tenant settings name groups, never service principals: an app is admitted through its service principal\'s (transitive) membership in a security group.'),
      h('table', { id: 'groups-table' },
        h('thead', {}, h('tr', {}, ['Name', 'Group type', 'Direct members', 'Object ID'].map(t => h('th', {}, t)))),
        h('tbody', {}, dir.groups.map(g => h('tr', { 'data-group-id': g.id },
          h('td', { className: 'group-name' }, h('a', { href: '#groups/' + encodeURIComponent(g.id) }, g.displayName)),
          h('td', {}, g.groupType === 'Microsoft365' ? h('span', { className: 'badge warn' }, 'Microsoft 365 (does not count for tenant settings)') : g.groupType),
          h('td', {}, g.members.length),
          h('td', { className: 'mono' }, g.id))))),
      h('h2', {}, 'New group'),
      h('div', { className: 'row' }, name, type, h('button', { type: 'button', className: 'primary', onclick: async () => {
        const id = guid();
        if (await act(() => api('PUT', '/emulator/groups/' + id, { displayName: name.value || 'New group', groupType: type.value }), 'Group created')) {
          location.hash = '#groups/' + id;
        }
      } }, 'Create')),
    ];
  }

  function candidates(dir, kind, group) {
    const taken = new Set(group.members.map(m => m.id.toLowerCase()));
    const all = kind === 'ServicePrincipal' ? dir.apps.map(a => [a.servicePrincipalId, `${a.displayName} (app ${a.clientId})`])
      : kind === 'User' ? dir.users.map(u => [u.objectId, `${u.displayName} <${u.userPrincipalName}>`])
        : dir.groups.filter(g => g.id !== group.id).map(g => [g.id, g.displayName]);
    return all.filter(([id]) => !taken.has(id.toLowerCase()));
  }

  async function detail(page, groupId) {
    const reload = async () => {
      const dir = await directory();
      const group = dir.groups.find(g => g.id.toLowerCase() === groupId.toLowerCase());
      if (!group) {
        Portal.fill(page, h('h1', {}, 'Group not found'), h('p', {}, h('a', { href: '#groups' }, '← Security groups')));
        return;
      }
      const path = '/emulator/groups/' + encodeURIComponent(group.id);
      const kind = h('select', { id: 'member-kind', 'aria-label': 'Member type' }, options(KINDS, 'ServicePrincipal'));
      const who = h('select', { id: 'member-id', 'aria-label': 'Member' });
      const fill = () => Portal.fill(who, h('option', { value: '' }, 'Select a member…'),
        candidates(dir, kind.value, group).map(([id, label]) => h('option', { value: id }, label)));
      kind.addEventListener('change', fill);
      fill();
      Portal.fill(page, 
        h('p', {}, h('a', { href: '#groups' }, '← Security groups')),
        h('h1', { id: 'group-title' }, group.displayName),
        h('p', { className: 'lead' }, `${group.groupType} group · `, h('span', { className: 'mono' }, group.id)),
        h('h2', {}, 'Members'),
        h('table', { id: 'members-table' },
          h('thead', {}, h('tr', {}, ['Name', 'Type', 'Object ID', ''].map(t => h('th', {}, t)))),
          h('tbody', {}, group.members.length ? group.members.map(m => h('tr', { 'data-member-id': m.id },
            h('td', {}, dir.names.get(m.id.toLowerCase()) || '(not in the directory)'),
            h('td', {}, (KINDS.find(k => k[0] === m.kind) || [m.kind, m.kind])[1]),
            h('td', { className: 'mono' }, m.id),
            h('td', {}, h('button', { type: 'button', className: 'danger', onclick: () => act(() => api('DELETE',
              `${path}/members/${encodeURIComponent(m.id)}`), 'Member removed').then(reload) }, 'Remove'))))
            : h('tr', {}, h('td', { colspan: 4, className: 'muted' }, 'No members')))),
        h('div', { className: 'row' }, 'Add member:', kind, who, h('button', { type: 'button', id: 'add-member', className: 'primary', onclick: async () => {
          if (!who.value) { Portal.toast('Select a member first', true); return; }
          if (await act(() => api('POST', path + '/members', { kind: kind.value, id: who.value }), 'Member added')) await reload();
        } }, 'Add')),
        h('h2', {}, 'Delete'),
        h('button', { type: 'button', className: 'danger', onclick: async () => {
          if (confirm('Delete this group?') && await act(() => api('DELETE', path).then(() => true), 'Group deleted')) location.hash = '#groups';
        } }, 'Delete group'));
    };
    await reload();
  }

  register('groups', async (page, [groupId]) => {
    if (groupId) return detail(page, groupId);
    Portal.fill(page, list(await directory()));
    return undefined;
  });
})();
