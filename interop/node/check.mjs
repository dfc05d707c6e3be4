// Microsoft's Node.js auth libraries (msal-node, @azure/identity), unchanged but for the authority,
// get tokens from the emulator named by emulator.json, and the token works on the read-only admin APIs.
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { ClientSecretCredential } from '@azure/identity';

const e = JSON.parse(fs.readFileSync(process.argv[2]));
const scope = 'https://analysis.windows.net/powerbi/api/.default';
const authority = e.authorityHost.replace(/\/$/, '') + '/' + e.tenantId;
const api = e.powerBiApiUrl.replace(/\/$/, '');

const claims = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url'));

// msal-node: a custom authority is trusted through knownAuthorities (no cloud instance discovery).
const msal = new ConfidentialClientApplication({
  auth: { clientId: e.demo.clientId, clientSecret: e.demo.clientSecret, authority,
          knownAuthorities: [new URL(e.authorityHost).host] } });
const fromMsal = await msal.acquireTokenByClientCredential({ scopes: [scope] });
const c = claims(fromMsal.accessToken);
assert.equal(c.aud, 'https://analysis.windows.net/powerbi/api');
assert.equal(c.tid, e.tenantId);
assert.equal(c.appid, e.demo.clientId);
assert.equal(c.idtyp, 'app');
console.log('msal-node: client credentials token ok (aud %s, ver %s)', c.aud, c.ver);

const credential = new ClientSecretCredential(e.tenantId, e.demo.clientId, e.demo.clientSecret,
  { authorityHost: e.authorityHost, disableInstanceDiscovery: true });
const token = (await credential.getToken(scope)).token;
console.log('@azure/identity: ClientSecretCredential token ok');

const res = await fetch(`${api}/v1.0/myorg/admin/groups?$top=5&$expand=users,reports`,
  { headers: { Authorization: `Bearer ${token}` } });
const body = await res.json();
assert.equal(res.status, 200, JSON.stringify(body));
assert.ok(Array.isArray(body.value) && body.value.length > 0, 'admin/groups returned no workspaces');
assert.ok(res.headers.get('requestid'), 'no RequestId header');
console.log('GetGroupsAsAdmin: 200, %d workspaces', body.value.length);

const bad = await fetch(`${e.authorityHost.replace(/\/$/, '')}/${e.tenantId}/oauth2/v2.0/token`, {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: e.demo.clientId,
                              client_secret: 'wrong', scope }) });
const err = await bad.json();
assert.equal(bad.status, 401);
assert.ok(err.error_codes.includes(7000215), JSON.stringify(err));
console.log('wrong secret: 401 AADSTS7000215');
console.log('interop/node: all checks passed');
