"""Partner writes for the soak test: signs in as the demo partner editor and logs a progress update
on its pilot every second until the time is up; prints how many were accepted."""
import http.cookiejar
import re
import sys
import time
import urllib.parse
import urllib.request

base, seconds, pilot = sys.argv[1], int(sys.argv[2]), sys.argv[3]
jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def csrf(path):
    page = opener.open(base + path).read().decode()
    return re.search(r'name="_csrf" value="([^"]+)"', page).group(1)


def post(path, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        return opener.open(urllib.request.Request(base + path, data=data)).status
    except urllib.error.HTTPError as redirect:
        return redirect.code


post("/login", {"_csrf": csrf("/login"), "username": "partner@cinema.demo", "password": "demo-cinema-2020"})
accepted = failed = 0
end = time.time() + seconds
while time.time() < end:
    status = post(f"/pilots/{pilot}/updates", {"_csrf": csrf(f"/pilots/{pilot}/edit"), "happenedOn": time.strftime("%Y-%m-%d"),
                                               "narrative": f"soak-{accepted + failed}", "narrativeLang": "en"})
    if status == 302:
        accepted += 1
    else:
        failed += 1
    time.sleep(1)
print(f"writes accepted: {accepted}, refused or failed: {failed}")
