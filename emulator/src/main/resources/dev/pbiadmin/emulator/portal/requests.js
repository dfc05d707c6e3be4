// Request log page: every Power BI call with the authorization decision, refreshed every 2 seconds.
'use strict';

(() => {
  const { h, api, act, register, time } = Portal;

  // Plain-language meaning of the emulator's decision codes (see docs/management-api.md).
  const REASONS = {
    SERVICE_PRINCIPAL_ADMIN: 'Allowed: the service principal is covered by "Service principals can access read-only admin APIs".',
    SERVICE_PRINCIPAL_MEMBER: 'Allowed: the service principal is covered by "Service principals can use Fabric APIs".',
    FABRIC_ADMINISTRATOR: 'Allowed: the signed-in user is a Fabric administrator.',
    USER: 'Allowed: a signed-in user; results are limited to the user\'s own workspaces.',
    SETTING_DISABLED: 'Refused: the tenant setting that admits service principals is disabled. Enable it on the Tenant settings page.',
    NOT_IN_ENABLED_GROUP: 'Refused: the service principal is not in any security group the tenant setting is enabled for. Add it to one on the Security groups page.',
    IN_EXCLUDED_GROUP: 'Refused: the service principal is in a group listed under "Except specific security groups"; the most restrictive setting applies.',
    LISTED_DIRECTLY_NOT_VIA_GROUP: 'Refused: the service principal itself is listed in the tenant setting. Power BI only honours security groups: put the app in a group and list the group.',
    GROUP_NOT_SECURITY_TYPE: 'Refused: the enabled group the app belongs to is a Microsoft 365 group; only security groups count for tenant settings.',
    ADMIN_CONSENT_PERMISSIONS: 'Refused: the app has Power BI Application permissions with admin consent (such as Tenant.Read.All). An app calling read-only admin APIs must have none: revoke the consent or remove them.',
    OPERATION_NOT_FOR_SERVICE_PRINCIPALS: 'Refused: this admin API is for Fabric administrators only; service principals cannot call it.',
    FOREIGN_TENANT: 'Refused: the token was issued for another tenant.',
    UNKNOWN_USER: 'Refused: the token\'s user is not in the directory.',
    NOT_FABRIC_ADMINISTRATOR: 'Refused: admin APIs need a Fabric administrator, and the signed-in user is not one.',
    MISSING_SCOPE: 'Refused: the delegated token lacks the scope (e.g. Tenant.Read.All) this API requires.',
    NOT_A_WORKSPACE_MEMBER: 'Refused: the caller has no role in that workspace.',
    TOKEN_MISSING: 'Refused: no bearer token was sent.',
    TOKEN_MALFORMED: 'Refused: the Authorization header does not hold a well-formed JWT.',
    TOKEN_BAD_SIGNATURE: 'Refused: the token\'s signature does not verify with the tenant\'s signing keys.',
    TOKEN_WRONG_ISSUER: 'Refused: the token comes from another issuer.',
    TOKEN_WRONG_AUDIENCE: 'Refused: the token is for another resource; request it for https://analysis.windows.net/powerbi/api/.default.',
    TOKEN_WRONG_TENANT: 'Refused: the token was issued for another tenant.',
    TOKEN_NOT_YET_VALID: 'Refused: the token is not valid yet (nbf in the future).',
    TOKEN_EXPIRED: 'Refused: the token has expired; get a new one.',
    FAULT_DROP: 'Fault injection closed the connection without an answer.',
    EMULATOR_ERROR: 'The emulator itself failed; see its log.',
  };

  function explain(e) {
    if (REASONS[e.decision]) return REASONS[e.decision];
    if (e.status === 429) return 'Throttled: the caller went over the API\'s request quota; retry after the Retry-After interval.';
    if (e.status >= 500) return 'The service answered with a server error (fault injection or a failure).';
    if (e.status === 404) return 'Not found: no such route or entity.';
    if (e.status === 400) return 'Bad request: the call\'s parameters were refused.';
    return e.status < 400 ? 'Allowed.' : '';
  }

  const FILTERS = [['all', 'All statuses'], ['2xx', 'Succeeded (2xx)'], ['fail', 'Failed (4xx and 5xx)'], ['401', '401 Unauthorized'],
    ['403', '403 Forbidden'], ['404', '404 Not found'], ['429', '429 Throttled'], ['5xx', '5xx Server errors']];

  function matches(filter, s) {
    switch (filter) {
      case '2xx': return s >= 200 && s < 300;
      case 'fail': return s >= 400 || s === 0;
      case '5xx': return s >= 500;
      case 'all': return true;
      default: return String(s) === filter;
    }
  }

  register('requests', async page => {
    const filter = h('select', { id: 'status-filter', 'aria-label': 'Filter by status' }, Portal.options(FILTERS, 'all'));
    const pause = h('button', { type: 'button', id: 'pause' }, 'Pause');
    const body = h('tbody');
    const meta = h('span', { className: 'muted', id: 'log-meta' });
    let paused = false;
    let entries = [];
    let appNames = new Map();

    function caller(c) {
      if (!c) return '—';
      const app = /^app (\S+)$/.exec(c);
      if (app) { const n = appNames.get(app[1].toLowerCase()); return n ? `${n} (${app[1]})` : c; }
      const user = /^user (\S+) via app (\S+)$/.exec(c);
      if (user) { const n = appNames.get(user[2].toLowerCase()); return `${user[1]} via ${n || user[2]}`; }
      return c;
    }

    function draw() {
      const shown = entries.filter(e => matches(filter.value, e.status)).reverse();
      Portal.fill(body, (shown.length ? shown.map(e => h('tr', { className: 'status-' + String(e.status).charAt(0), 'data-request-id': e.requestId },
        h('td', { className: 'mono' }, time(e.time)),
        h('td', {}, h('div', {}, e.operationId || '(no operation)'), h('div', { className: 'detail mono' }, `${e.method} ${e.path}`)),
        h('td', { className: 'caller' }, caller(e.caller)),
        h('td', { className: 'status' }, e.status === 0 ? 'dropped' : e.status),
        h('td', { className: 'mono reason-code' }, e.decision || ''),
        h('td', { className: 'explanation' }, h('div', {}, explain(e)), e.reason ? h('div', { className: 'detail' }, e.reason) : null)))
        : [h('tr', {}, h('td', { colspan: 6, className: 'muted' }, 'No requests match'))]));
      meta.textContent = `${shown.length} of ${entries.length} requests · refreshed ${new Date().toLocaleTimeString('en-GB')}`;
    }

    async function poll() {
      if (paused) return;
      const [log, apps] = await Promise.all([api('GET', '/emulator/requests?limit=1000'), api('GET', '/emulator/apps')]);
      appNames = new Map(apps.map(a => [a.clientId.toLowerCase(), a.displayName]));
      entries = log;
      draw();
    }

    filter.addEventListener('change', draw);
    pause.addEventListener('click', () => { paused = !paused; pause.textContent = paused ? 'Resume' : 'Pause'; if (!paused) poll(); });
    Portal.fill(page, 
      h('h1', {}, 'Request log'),
      h('p', { className: 'lead' }, 'Every call the Power BI service answered, newest first, with the reason for each authorization decision (the real service never tells its callers why).'),
      h('div', { className: 'toolbar' }, filter, pause,
        h('button', { type: 'button', id: 'clear-log', onclick: () => act(() => api('DELETE', '/emulator/requests'), 'Log cleared').then(poll) }, 'Clear log'), meta),
      h('table', { id: 'requests-table' },
        h('thead', {}, h('tr', {}, ['Time (emulated)', 'Operation', 'Caller', 'Status', 'Reason code', 'Explanation'].map(t => h('th', {}, t)))),
        body));
    await poll();
    const timer = setInterval(() => poll().catch(e => Portal.toast(e.message, true)), 2000);
    return () => clearInterval(timer);
  });
})();
