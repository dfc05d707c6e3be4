/* pbiadmin report: renders the embedded inventory data. Tenant text only ever reaches the DOM
   through textContent and attribute setters, never as HTML. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var number = new Intl.NumberFormat('en-US');
  var PAGE_SIZE = 25;
  var COLORS = ['#0b6bcb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#1b7c83', '#9a6700',
    '#bc4c00', '#6e7781', '#4d2d00', '#0550ae', '#116329', '#a40e26', '#6639ba', '#953800'];

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function show(value) {
    if (value === null || value === undefined) { return ''; }
    return typeof value === 'number' ? number.format(value) : String(value);
  }

  // ---- header and headline counts
  (function () {
    var m = data.meta, run = m.lastRun;
    var text = 'Database ' + m.database + ' (schema version ' + m.schemaVersion + '), report written '
      + m.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z').replace('Z', ' UTC') + '.';
    if (run) {
      text += ' Last inventory run #' + run.runId + ': ' + run.mode + ', ' + run.status
        + ', started ' + run.startedAt + ' UTC.';
    }
    document.getElementById('meta').textContent = text;
    var kpis = [['workspaces', 'Workspaces'], ['personalWorkspaces', 'Personal workspaces'],
      ['semanticModels', 'Semantic models'], ['reports', 'Reports'],
      ['appReportCopies', 'App copies of reports'], ['dashboards', 'Dashboards'],
      ['dataflows', 'Dataflows'], ['datamarts', 'Datamarts'], ['fabricItems', 'Fabric items'],
      ['datasources', 'Datasources'],
      ['users', 'Workspace users'], ['activityEvents', 'Activity events']];
    var host = document.getElementById('kpis');
    kpis.forEach(function (k) {
      var card = el('div', 'kpi');
      card.setAttribute('data-kpi', k[0]);
      card.setAttribute('data-value', String(data.headline[k[0]]));
      card.appendChild(el('div', 'value', show(data.headline[k[0]])));
      card.appendChild(el('div', 'label', k[1]));
      host.appendChild(card);
    });
  })();

  // ---- charts (Chart.js, bundled)
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

  function chart(id, series, options) {
    var canvas = document.getElementById(id);
    if (!series || series.values.length === 0) {
      canvas.parentNode.replaceChild(el('p', 'empty', 'No data in this inventory.'), canvas);
      return null;
    }
    var type = options.type || 'bar';
    var horizontal = type === 'bar' && (options.horizontal || series.labels.length > 8);
    if (horizontal) {
      canvas.parentNode.style.height = Math.max(180, 26 * series.labels.length + 40) + 'px';
    }
    return new Chart(canvas, {
      type: type,
      data: {
        labels: series.labels,
        datasets: [{
          label: options.label,
          data: series.values,
          backgroundColor: type === 'line' ? COLORS[0] : series.values.map(function (_, i) { return COLORS[i % COLORS.length]; }),
          borderColor: COLORS[0],
          pointRadius: series.values.length > 60 ? 0 : 2
        }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
      }
    });
  }

  chart('chart-workspacesByType', data.charts.workspacesByType, { label: 'Workspaces' });
  chart('chart-workspacesByState', data.charts.workspacesByState, { label: 'Workspaces' });
  chart('chart-workspacesByCapacity', data.charts.workspacesByCapacity, { label: 'Workspaces', horizontal: true });
  chart('chart-modelsByReports', data.charts.modelsByReports, { label: 'Semantic models' });
  chart('chart-datasourcesByType', data.charts.datasourcesByType, { label: 'Datasources', horizontal: true });
  chart('chart-fabricItemsByType', data.charts.fabricItemsByType, { label: 'Fabric items', horizontal: true });
  chart('chart-fabricItemsByCapacity', data.charts.fabricItemsByCapacity, { label: 'Fabric items', horizontal: true });

  // ---- sortable, filterable, paginated table: only one page of rows is ever in the DOM
  function DataTable(host, table, name) {
    var rows = table.rows, view = rows.slice(), sortCol = -1, sortDir = 1, page = 0;
    var numeric = table.columns.map(function (_, c) {
      return rows.length > 0 && rows.every(function (r) { return r[c] === null || typeof r[c] === 'number'; });
    });
    var lower = rows.map(function (r) { return r.map(function (v) { return v === null ? '' : String(v).toLowerCase(); }).join('\u0001'); });
    host.setAttribute('data-table', name);
    var bar = el('div', 'toolbar');
    var filter = el('input');
    filter.type = 'search';
    filter.placeholder = 'Filter rows';
    filter.setAttribute('aria-label', 'Filter ' + name);
    var count = el('span', 'count');
    bar.appendChild(filter);
    bar.appendChild(count);
    host.appendChild(bar);
    if (table.total > rows.length) {
      host.appendChild(el('p', 'note', 'This inventory has ' + number.format(table.total) + ' rows here; the report embeds the first '
        + number.format(rows.length) + ' in the order shown. Query the DuckDB file for the rest.'));
    }
    var t = el('table'), thead = el('thead'), tr = el('tr'), tbody = el('tbody');
    var headers = table.columns.map(function (c, i) {
      var th = el('th', null, c);
      th.addEventListener('click', function () { sortBy(i); });
      tr.appendChild(th);
      return th;
    });
    thead.appendChild(tr);
    t.appendChild(thead);
    t.appendChild(tbody);
    host.appendChild(t);
    var pager = el('div', 'pager'), prev = el('button', null, 'Previous'), info = el('span', 'page'), next = el('button', null, 'Next');
    prev.addEventListener('click', function () { page--; render(); });
    next.addEventListener('click', function () { page++; render(); });
    pager.appendChild(prev); pager.appendChild(info); pager.appendChild(next);
    host.appendChild(pager);
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      view = [];
      for (var i = 0; i < rows.length; i++) { if (!q || lower[i].indexOf(q) >= 0) { view.push(rows[i]); } }
      applySort();
      page = 0;
      render();
    });

    function compare(a, b) {
      var x = a[sortCol], y = b[sortCol];
      if (x === y) { return 0; }
      if (x === null) { return 1; }
      if (y === null) { return -1; }
      if (numeric[sortCol]) { return (x - y) * sortDir; }
      return String(x).localeCompare(String(y)) * sortDir;
    }
    function applySort() { if (sortCol >= 0) { view.sort(compare); } }
    function sortBy(c) {
      sortDir = sortCol === c ? -sortDir : (numeric[c] ? -1 : 1);
      sortCol = c;
      headers.forEach(function (h, i) {
        if (i === c) { h.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending'); } else { h.removeAttribute('aria-sort'); }
      });
      applySort();
      page = 0;
      render();
    }
    function render() {
      var pages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
      page = Math.min(Math.max(page, 0), pages - 1);
      var frag = document.createDocumentFragment();
      view.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).forEach(function (r) {
        var row = el('tr');
        r.forEach(function (v, i) { row.appendChild(el('td', numeric[i] ? 'num' : null, show(v))); });
        frag.appendChild(row);
      });
      tbody.textContent = '';
      tbody.appendChild(frag);
      count.textContent = number.format(view.length) + ' of ' + number.format(rows.length) + ' rows';
      count.setAttribute('data-visible', String(view.length));
      info.textContent = 'Page ' + (page + 1) + ' of ' + pages;
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    render();
  }

  DataTable(document.getElementById('table-workspaces'), data.tables.workspaces, 'workspaces');
  DataTable(document.getElementById('table-semanticModels'), data.tables.semanticModels, 'semanticModels');
  DataTable(document.getElementById('table-datasourceTypes'), data.tables.datasourceTypes, 'datasourceTypes');
  DataTable(document.getElementById('table-fabricItemTypes'), data.tables.fabricItemTypes, 'fabricItemTypes');

  // ---- lineage explorer
  (function () {
    var L = data.lineage, nodes = L.nodes, ups = nodes.map(function () { return []; }), downs = nodes.map(function () { return []; });
    var KINDS = { semantic_model: 'Semantic model', datasource: 'Datasource', report: 'Report', dashboard: 'Dashboard', dataflow: 'Dataflow', datamart: 'Datamart', fabric_item: 'Fabric item', artifact: 'Item not in the inventory' };
    // a Fabric item shows its type (Lakehouse), a paginated report says so
    function kindOf(i) { return nodes[i][4] || KINDS[nodes[i][0]] || nodes[i][0]; }
    L.edges.forEach(function (e) { downs[e[0]].push(e[1]); ups[e[1]].push(e[0]); });
    var select = document.getElementById('lineage-select'), filter = document.getElementById('lineage-filter');
    var choices = L.selectable.slice().sort(function (a, b) {
      return nodes[a][0] === nodes[b][0] ? String(nodes[a][2]).localeCompare(String(nodes[b][2])) : (nodes[a][0] > nodes[b][0] ? -1 : 1);
    });
    var note = 'Lineage edges in the inventory: ' + number.format(L.totalEdges) + '.';
    if (L.totalModels > L.models) {
      note += ' The explorer covers the ' + number.format(L.models) + ' semantic models with the most reports (of '
        + number.format(L.totalModels) + '), what feeds them and what is built on them; a datasource shows only those models downstream.';
    }
    if (L.truncated) {
      note += ' It embeds the ' + number.format(L.maxEdges) + ' edges nearest to them (of ' + number.format(L.edgesInSlice)
        + '), so far links may be missing; query lineage_edges for all.';
    }
    document.getElementById('lineage-note').textContent = note;
    function label(i) {
      var n = nodes[i];
      return (n[2] === null ? n[1] : n[2]) + (n[3] ? ' (' + n[3] + ')' : '');
    }
    function fillSelect() {
      var q = filter.value.trim().toLowerCase(), shown = 0;
      select.textContent = '';
      for (var k = 0; k < choices.length && shown < 500; k++) {
        var i = choices[k], text = kindOf(i) + ' · ' + label(i);
        if (q && text.toLowerCase().indexOf(q) < 0) { continue; }
        var o = el('option', null, text);
        o.value = nodes[i][0] + ':' + nodes[i][1];
        o.setAttribute('data-index', String(i));
        select.appendChild(o);
        shown++;
      }
    }
    function item(i, depth) {
      var li = el('li', 'node');
      li.setAttribute('data-kind', nodes[i][0]);
      li.setAttribute('data-id', nodes[i][1]);
      li.appendChild(el('span', 'kind ' + nodes[i][0], kindOf(i)));
      li.appendChild(el('span', 'name', nodes[i][2] === null ? nodes[i][1] : nodes[i][2]));
      if (nodes[i][3]) { li.appendChild(el('span', 'where', ' · ' + nodes[i][3])); }
      if (depth) { li.appendChild(el('span', 'depth', depth === 1 ? 'direct' : depth + ' hops')); }
      return li;
    }
    function walk(start, next) {
      var seen = {}, order = [], frontier = [start];
      seen[start] = 0;
      for (var depth = 1; frontier.length && depth <= 20; depth++) {
        var following = [];
        frontier.forEach(function (n) {
          next[n].forEach(function (m) {
            if (seen[m] === undefined) { seen[m] = depth; order.push([m, depth]); following.push(m); }
          });
        });
        frontier = following;
      }
      return order;
    }
    function showNode(i) {
      var up = document.getElementById('lineage-upstream'), down = document.getElementById('lineage-downstream'), sel = document.getElementById('lineage-selected');
      up.textContent = ''; down.textContent = ''; sel.textContent = '';
      sel.appendChild(item(i, 0));
      var u = walk(i, ups), d = walk(i, downs);
      u.forEach(function (p) { up.appendChild(item(p[0], p[1])); });
      d.forEach(function (p) { down.appendChild(item(p[0], p[1])); });
      if (!u.length) { up.appendChild(el('li', 'empty', 'Nothing upstream in the inventory.')); }
      if (!d.length) { down.appendChild(el('li', 'empty', 'Nothing downstream in the inventory.')); }
    }
    filter.addEventListener('input', fillSelect);
    select.addEventListener('change', function () {
      var o = select.options[select.selectedIndex];
      if (o) { showNode(Number(o.getAttribute('data-index'))); }
    });
    fillSelect();
    if (select.options.length) { select.selectedIndex = 0; showNode(Number(select.options[0].getAttribute('data-index'))); }
  })();

  // ---- governance findings
  (function () {
    var host = document.getElementById('finding-list');
    data.findings.forEach(function (f) {
      var box = el('div', 'finding');
      box.id = 'finding-' + f.id;
      box.setAttribute('data-finding', f.id);
      var h = el('h3', null, f.title);
      var badge = el('span', 'badge' + (f.count ? ' bad' : ''), f.available ? show(f.count) : 'n/a');
      badge.setAttribute('data-count', f.available ? String(f.count) : '');
      h.appendChild(badge);
      box.appendChild(h);
      box.appendChild(el('p', 'why', f.why));
      if (!f.available) {
        box.appendChild(el('p', 'note unavailable', f.note));
      } else if (f.count > 0) {
        var t = el('div', 'table-host');
        box.appendChild(t);
        DataTable(t, f.table, 'finding-' + f.id);
      }
      host.appendChild(box);
    });
  })();

  // ---- activity
  (function () {
    var host = document.getElementById('activity-body'), a = data.activity;
    if (!a.available) {
      host.appendChild(el('p', 'note', 'No activity events in this database. Run \u2018pbiadmin activity --db '
        + data.meta.database + '\u2019 to pull the activity log into it, then write the report again.'));
      return;
    }
    var charts = el('div', 'charts');
    [['chart-eventsPerDay', 'Events per day (UTC)'], ['chart-topActivities', 'Top activities']].forEach(function (c) {
      var fig = el('figure', 'wide'), box = el('div', 'chart-box'), canvas = el('canvas');
      canvas.id = c[0];
      fig.appendChild(el('figcaption', null, c[1]));
      box.appendChild(canvas);
      fig.appendChild(box);
      charts.appendChild(fig);
    });
    host.appendChild(charts);
    chart('chart-eventsPerDay', a.eventsPerDay, { label: 'Events', type: a.eventsPerDay.values.length > 1 ? 'line' : 'bar' });
    chart('chart-topActivities', a.topActivities, { label: 'Events', horizontal: true });
    var t = el('div', 'table-host');
    host.appendChild(t);
    DataTable(t, a.table, 'activities');
  })();

  // what later sections (tenant-settings.js) build with
  window.pbiadminReport = { data: data, el: el, show: show, DataTable: DataTable };
  document.body.setAttribute('data-ready', 'true');
  window.pbiadminReportReady = performance.now();
})();
