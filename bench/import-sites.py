#!/usr/bin/env python3
"""Times a brownfield CSV import through the portal's own pages, as an editor would.

Usage: import-sites.py BASE_URL EMAIL PASSWORD ROWS [NOTE_CHARS] [--wide-header COLUMNS]
Each row carries a SiteInformation text of NOTE_CHARS characters (default none), to make files of a given
size; --wide-header sends instead a file whose header alone has COLUMNS columns, which the preview must refuse.
Prints the file size, the preview time, the import time and the rows per second. Standard library only.
"""
import http.cookiejar
import random
import re
import sys
import time
import urllib.parse
import urllib.request

base, email, password, rows = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
wide_header = int(sys.argv[sys.argv.index("--wide-header") + 1]) if "--wide-header" in sys.argv else 0
note_chars = int(sys.argv[5]) if len(sys.argv) > 5 and not sys.argv[5].startswith("--") else 0
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def csrf(path):
    page = opener.open(base + path).read().decode()
    return re.search(r'name="_csrf" value="([^"]+)"', page).group(1), page


token, _ = csrf("/login")
opener.open(base + "/login", urllib.parse.urlencode(
    {"username": email, "password": password, "_csrf": token}).encode())

random.seed(7)
lines = ["SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares,OwnershipStatus,LastUpdatedDate,"
         "SiteInformation"]
note = "A former industrial hall with a yard, suited to workshops and studios. " * (note_chars // 72 + 1)
for i in range(rows):
    # ETRS89-LAEA (EPSG:3035) coordinates around Resita, so that PostGIS transforms every row.
    lines.append(f"IMPORT-{i},Imported site {i},EPSG:3035,{5250300 + random.uniform(-20000, 20000):.1f},"
                 f"{2539700 + random.uniform(-20000, 20000):.1f},{random.uniform(0.1, 5):.2f},"
                 f"not owned by a public authority,01/02/2021,\"{note[:note_chars]}\"")
if wide_header:
    lines = [",".join("c" for _ in range(wide_header))]
content = ("\r\n".join(lines) + "\r\n").encode()


boundary = "----bench"
token, page = csrf("/sites/import")
owner = re.search(r'<option value="(\d+)">Creative Industry Kosice</option>', page)
fields = {"_csrf": token, "format": "BROWNFIELD_CSV", "countryCode": "RO", "defaultCity": "Reșița",
          "ownerPartnerId": owner.group(1) if owner else ""}
body = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items())
body += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.csv"\r\n'
         f'Content-Type: text/csv\r\n\r\n').encode() + content + f"\r\n--{boundary}--\r\n".encode()
started = time.monotonic()
request = urllib.request.Request(base + "/sites/import", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
preview = opener.open(request).read().decode()
previewed = time.monotonic()
form = {name: value for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', preview)}
if "fileId" not in form:
    problems = "; ".join(re.findall(r"<td>([^<]+)</td>", preview)[:6])
    print(f"bytes={len(content)} preview_s={previewed - started:.1f} refused: {problems}")
    sys.exit(0 if wide_header else 1)
response = opener.open(base + "/sites/import/confirm", urllib.parse.urlencode(form).encode())
job = response.geturl()
while True:
    progress = opener.open(urllib.request.Request(job + "/progress", headers={"Accept": "application/json"})).read().decode()
    if '"state":"RUNNING"' not in progress:
        break
    time.sleep(0.2)
finished = time.monotonic()
print(f"bytes={len(content)} rows={rows} preview_s={previewed - started:.1f} import_s={finished - previewed:.1f} "
      f"total_s={finished - started:.1f} rows_per_s={rows / (finished - started):.0f} result={progress}")
