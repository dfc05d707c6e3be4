"""Microsoft's Python auth library (MSAL for Python, Debian's python3-msal) against the emulator.

Unchanged but for the authority and instance discovery: it gets client-credentials tokens from the
v2.0 endpoint, reads the error of a wrong secret, and the token works on a read-only admin API.
Run by run.sh with REQUESTS_CA_BUNDLE pointing at the emulator's CA.
"""
import base64
import json
import sys
import urllib.request
import ssl

import msal

e = json.load(open(sys.argv[1]))
scope = ["https://analysis.windows.net/powerbi/api/.default"]
authority = e["authorityHost"].rstrip("/") + "/" + e["tenantId"]


def claims(jwt):
    part = jwt.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


app = msal.ConfidentialClientApplication(
    e["demo"]["clientId"], client_credential=e["demo"]["clientSecret"], authority=authority,
    instance_discovery=False)
result = app.acquire_token_for_client(scopes=scope)
assert "access_token" in result, result
c = claims(result["access_token"])
assert c["aud"] == "https://analysis.windows.net/powerbi/api", c
assert c["tid"] == e["tenantId"] and c["appid"] == e["demo"]["clientId"], c
print("msal (Python): client credentials token ok (ver %s, expires in %ss)" % (c["ver"], result["expires_in"]))

wrong = msal.ConfidentialClientApplication(
    e["demo"]["clientId"], client_credential="wrong", authority=authority, instance_discovery=False)
failed = wrong.acquire_token_for_client(scopes=scope)
assert failed.get("error") == "invalid_client" and 7000215 in failed.get("error_codes", []), failed
print("msal (Python): wrong secret -> invalid_client AADSTS7000215")

context = ssl.create_default_context(cafile=e["caCert"])
request = urllib.request.Request(
    e["powerBiApiUrl"].rstrip("/") + "/v1.0/myorg/admin/groups?$top=3",
    headers={"Authorization": "Bearer " + result["access_token"]})
with urllib.request.urlopen(request, context=context) as response:
    body = json.load(response)
    assert response.status == 200 and len(body["value"]) > 0, body
print("GetGroupsAsAdmin: 200, %d workspaces" % len(body["value"]))
print("interop/python: all checks passed")
