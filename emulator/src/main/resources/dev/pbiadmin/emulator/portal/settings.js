// Tenant settings page: the Fabric admin portal's Developer and Admin API settings first, then every
// other setting of the catalogue under its portal heading.
'use strict';

(() => {
  const { h, api, act, register, state } = Portal;

  // Names and descriptions as the Fabric admin portal shows them (reference §2.1).
  const SECTIONS = [
    ['Developer settings', [
      ['ServicePrincipalAccess', 'Service principals can use Fabric APIs',
        'Web apps registered in Microsoft Entra ID use an assigned service principal to access Power BI APIs without a signed-in user. To allow an app to use service principal authentication, its service principal must be included in an allowed security group.'],
    ]],
    ['Admin API settings', [
      ['AllowServicePrincipalsUseReadAdminAPIs', 'Service principals can access read-only admin APIs',
        'Web apps registered in Microsoft Entra ID use an assigned service principal to access read-only admin APIs without a signed-in user. To allow an app to use service principal authentication, its service principal must be included in an allowed security group. By including the service principal in the allowed security group, you\'re giving the service principal read-only access to all the information available through admin APIs (current and future). For example, user names and emails, semantic model, and report detailed metadata.'],
      ['AdminApisIncludeDetailedMetadata', 'Enhance admin APIs responses with detailed metadata',
        'Users and service principals allowed to call Power BI admin APIs might get detailed metadata about Power BI items. For example, responses from GetScanResult APIs contain the names of semantic model tables and columns. For this setting to apply to service principals, make sure the tenant setting Allow service principals to use read-only admin APIs is enabled.'],
      ['AdminApisIncludeExpressions', 'Enhance admin APIs responses with DAX and mashup expressions',
        'Users and service principals eligible to call Power BI admin APIs get detailed metadata about queries and expressions comprising Power BI items. For example, responses from GetScanResult API contain DAX and mashup expressions. This setting can only be enabled if the first setting is also enabled.'],
    ]],
  ];

  function duration(seconds) {
    if (seconds % 3600 === 0) return `${seconds / 3600} hour(s)`;
    if (seconds % 60 === 0) return `${seconds / 60} minute(s)`;
    return `${seconds} second(s)`;
  }

  // A picker of security groups: chosen ones as removable chips, the rest in a drop-down.
  function groupPicker(groups, chosen, label, onChange) {
    const box = h('div', { className: 'picker' });
    const draw = () => {
      const byId = new Map(groups.map(g => [g.id.toLowerCase(), g]));
      const chips = chosen.map(id => {
        const g = byId.get(id.toLowerCase());
        const name = g ? g.displayName : id;
        return h('span', { className: 'chip' }, name, g && g.groupType !== 'Security' && g.groupType !== 'MailEnabledSecurity'
          ? h('span', { className: 'badge warn' }, g.groupType) : null,
        h('button', { type: 'button', title: 'Remove ' + name, 'aria-label': 'Remove ' + name,
          onclick: () => { chosen.splice(chosen.indexOf(id), 1); onChange(); draw(); } }, '×'));
      });
      const free = groups.filter(g => !chosen.some(c => c.toLowerCase() === g.id.toLowerCase()));
      const select = h('select', { 'aria-label': label, className: 'group-select' },
        h('option', { value: '' }, 'Enter security groups…'),
        free.map(g => h('option', { value: g.id }, `${g.displayName} (${g.groupType})`)));
      const add = h('button', { type: 'button', className: 'add-group', onclick: () => {
        if (select.value) { chosen.push(select.value); onChange(); draw(); }
      } }, 'Add');
      Portal.fill(box, h('div', { className: 'chips' }, chips.length ? chips : h('span', { className: 'muted' }, 'No groups selected')),
        h('div', { className: 'row' }, select, add));
    };
    draw();
    return box;
  }

  function settingCard(def, setting, groups) {
    const [name, title, description] = def;
    const s = setting || { enabled: false, enabledSecurityGroups: [], excludedSecurityGroups: [] };
    const draft = {
      enabled: s.enabled,
      specific: s.enabledSecurityGroups.length > 0,
      enabledGroups: [...s.enabledSecurityGroups],
      except: s.excludedSecurityGroups.length > 0,
      excludedGroups: [...s.excludedSecurityGroups],
    };
    const card = h('section', { className: 'card setting', id: 'setting-' + name });
    const status = h('p', { className: 'error' });
    const draw = () => {
      const toggle = h('label', { className: 'toggle' },
        h('input', { type: 'checkbox', className: 'enabled', checked: draft.enabled, onchange: e => { draft.enabled = e.target.checked; draw(); } }),
        draft.enabled ? 'Enabled' : 'Disabled');
      const body = [];
      if (draft.enabled && s.canSpecifySecurityGroups !== false) {
        const radio = (value, label) => h('label', { className: 'row' },
          h('input', { type: 'radio', name: 'scope-' + name, value, checked: draft.specific === (value === 'groups'),
            onchange: () => { draft.specific = value === 'groups'; draw(); } }), label);
        body.push(h('div', { className: 'indent' },
          h('p', {}, 'Apply to:'),
          radio('organization', 'The entire organization'),
          radio('groups', 'Specific security groups'),
          draft.specific ? h('div', { className: 'indent' }, groupPicker(groups, draft.enabledGroups, 'Specific security groups for ' + title, () => {})) : null,
          h('label', { className: 'row' },
            h('input', { type: 'checkbox', className: 'except', checked: draft.except, onchange: e => { draft.except = e.target.checked; draw(); } }),
            'Except specific security groups'),
          draft.except ? h('div', { className: 'indent' }, groupPicker(groups, draft.excludedGroups, 'Excepted security groups for ' + title, () => {})) : null));
      }
      Portal.fill(card, 
        h('h3', {}, title),
        h('p', { className: 'internal' }, name, s.changedAt && !s.changedAt.startsWith('1970-') ? ` · last changed ${Portal.time(s.changedAt)}` : ''),
        description ? h('p', { className: 'desc' }, description) : null,
        h('div', { className: 'row' }, toggle),
        body,
        status,
        h('div', { className: 'row' },
          h('button', { type: 'button', className: 'primary apply', onclick: apply }, 'Apply'),
          h('button', { type: 'button', className: 'cancel', onclick: () => Portal.route() }, 'Cancel')));
    };
    async function apply() {
      if (draft.enabled && draft.specific && draft.enabledGroups.length === 0) {
        status.textContent = 'Pick at least one security group, or apply the setting to the entire organization.';
        return;
      }
      status.textContent = '';
      const body = {
        enabled: draft.enabled,
        enabledSecurityGroups: draft.enabled && draft.specific ? draft.enabledGroups : [],
        excludedSecurityGroups: draft.enabled && draft.except ? draft.excludedGroups : [],
      };
      const saved = await act(() => api('PUT', '/emulator/settings/' + encodeURIComponent(name), body), `${title}: applied`);
      if (saved) { Object.assign(s, saved); draw(); card.dataset.saved = String(Date.now()); }
    }
    draw();
    return card;
  }

  // Every setting the sections above do not show, under its tenantSettingGroup heading, folded.
  function otherSettings(settings, groups, shown) {
    const byGroup = new Map();
    settings.filter(s => !shown.has(s.settingName)).forEach(s => {
      const heading = s.tenantSettingGroup || 'Other settings';
      if (!byGroup.has(heading)) byGroup.set(heading, []);
      byGroup.get(heading).push(s);
    });
    return [...byGroup.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([heading, list]) =>
      h('details', { className: 'setting-group' }, h('summary', {}, `${heading} (${list.length})`),
        list.map(s => settingCard([s.settingName, s.title.trim(), ''], s, groups))));
  }

  register('settings', async page => {
    const [settings, groups] = await Promise.all([api('GET', '/emulator/settings'), api('GET', '/emulator/groups')]);
    const byName = new Map(settings.map(s => [s.settingName, s]));
    const shown = new Set(SECTIONS.flatMap(([, defs]) => defs.map(d => d[0])));
    const delay = state.info.propagationDelaySeconds;
    Portal.fill(page, 
      h('h1', {}, 'Tenant settings'),
      h('p', { className: 'lead' }, 'Power BI decides every service-principal call with these settings.'),
      h('p', { id: 'propagation', className: 'notice info' }, delay > 0
        ? `Changes take up to ${duration(delay)} (emulated time) to take effect: this emulator runs with a propagation delay, as the real service does (up to 15 minutes).`
        : 'Changes take effect immediately (this emulator runs without a propagation delay; the real service can take up to 15 minutes).'),
      SECTIONS.map(([section, defs]) => [h('h2', {}, section), defs.map(d => settingCard(d, byName.get(d[0]), groups))]),
      h('h2', {}, 'All other tenant settings'),
      otherSettings(settings, groups, shown));
  });
})();
