// The tenant-settings section: what 'pbiadmin settings' stored in the same database.
(function () {
  'use strict';
  var r = window.pbiadminReport, t = r.data.tenantSettings, el = r.el;
  var host = document.getElementById('tenant-settings-body');
  if (!t || !t.available) {
    host.appendChild(el('p', 'note', 'No tenant-settings snapshot in this database. Run \u2018pbiadmin settings --db '
      + r.data.meta.database + '\u2019 to take one, then write the report again.'));
    return;
  }
  host.appendChild(el('p', 'meta', 'Snapshot of ' + t.takenAt + ': ' + r.show(t.settings) + ' settings, '
    + r.show(t.overrides) + ' delegated overrides, ' + r.show(t.snapshots) + ' snapshot(s) in all. Group names from '
    + (t.groupNames === 'graph' ? 'Microsoft Graph.' : 'the Fabric API (' + t.groupNames.replace(/^fabric: /, '') + ').')));

  function part(id, title, why, count, body) {
    var box = el('div', 'finding');
    box.id = 'settings-' + id;
    var h = el('h3', null, title);
    var badge = el('span', 'badge' + (count ? ' bad' : ''), count === null ? 'n/a' : r.show(count));
    badge.setAttribute('data-count', count === null ? '' : String(count));
    h.appendChild(badge);
    box.appendChild(h);
    box.appendChild(el('p', 'why', why));
    if (body) { box.appendChild(body); }
    host.appendChild(box);
  }

  function table(data, name) {
    if (!data.total) { return null; }
    var div = el('div', 'table-host');
    r.DataTable(div, data, name);
    return div;
  }

  part('open', 'Enabled for the entire organization', 'Export, sharing, guest and service-principal settings that'
    + ' governance usually limits to security groups or turns off, found on for everyone.',
    t.openToEveryone.total, table(t.openToEveryone, 'settings-open'));
  if (t.drift.checked) {
    part('drift', 'Drift from the baseline', 'Where the tenant differs from ' + t.drift.baseline + ' (checked '
      + t.drift.checkedAt + ').', t.drift.table.total, table(t.drift.table, 'settings-drift'));
  } else {
    part('drift', 'Drift from the baseline', 'No snapshot was checked against a baseline yet: run \u2018pbiadmin'
      + ' settings --baseline FILE\u2019.', null, null);
  }
  part('changes', 'Recent changes', 'What changed between snapshots, newest first; each change happened between'
    + ' not_before and first_seen.', t.changes.total, table(t.changes, 'settings-changes'));
})();
