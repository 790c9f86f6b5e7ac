#!/usr/bin/env python3
"""An officer at the queue board, driven over HTTP as a browser would (cookies, Faces ViewState,
PrimeFaces Ajax): signs in, opens the board of a branch and presses "call next" until nobody is
waiting. Used by scripts/cluster/test.sh, which starts several at once through nginx and then checks
in the database that no ticket was called twice.

    officer.py <base url> <username> <password> <branch code> <desk> <max calls>

Prints one JSON line: calls made, answers with nobody waiting, failures, requests per node (from
nginx's X-Upstream header). Exit status 0 when the officer signed in and every answer was a Faces
answer (a call or "nobody is waiting"); 1 otherwise.
"""
import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')
FORM_TOKEN = re.compile(r'name="jht-form-token" value="([^"]*)"')
AJAX_VIEW_STATE = re.compile(r'ViewState:0"><!\[CDATA\[([^\]]*)')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    base, user, password, branch, desk, max_calls = sys.argv[1:7]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    nodes = {}

    def request(path, data=None, ajax=False):
        headers = {"Accept-Language": "en"}
        if ajax:
            headers["Faces-Request"] = "partial/ajax"
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(base + path, data=body, headers=headers)
        try:
            with opener.open(req, timeout=60) as response:
                status, text, upstream = response.status, response.read().decode(), response.headers
        except urllib.error.HTTPError as e:
            status, text, upstream = e.code, e.read().decode(errors="replace"), e.headers
        node = (upstream.get("X-Upstream") or "?").split(",")[-1].strip()
        nodes[node] = nodes.get(node, 0) + 1
        return status, text

    result = {"user": user, "calls": 0, "none_waiting": 0, "failures": [], "nodes": nodes}
    request("/signin.xhtml?lang=en")  # sets the language cookie (the answers are read in English)
    status, page = request("/signin.xhtml")
    state = VIEW_STATE.search(page)
    token = FORM_TOKEN.search(page)  # the sign-in page is stateless: it carries this token
    status, _ = request(
        "/signin.xhtml",
        {
            "jht-form-token": token.group(1) if token else "",
            "login": "login",
            "username": user,
            "password": password,
            "sign-in": "sign-in",
            "jakarta.faces.ViewState": state.group(1) if state else "",
        },
    )
    if status != 302:
        result["failures"].append("sign-in answered %s" % status)
        print(json.dumps(result))
        return 1
    status, page = request("/staff/queue/board.xhtml?branch=" + urllib.parse.quote(branch))
    state = VIEW_STATE.search(page)
    if status != 200 or not state or 'id="board:call-next"' not in page:
        result["failures"].append("board answered %s without a call-next button" % status)
        print(json.dumps(result))
        return 1
    view_state = state.group(1)
    for _ in range(int(max_calls)):
        status, answer = request(
            "/staff/queue/board.xhtml",
            {
                "jakarta.faces.partial.ajax": "true",
                "jakarta.faces.source": "board:call-next",
                "jakarta.faces.partial.execute": "board:call-next board:desk board:call-session",
                "jakarta.faces.partial.render": "board",
                "board:call-next": "board:call-next",
                "board": "board",
                "board:desk": desk,
                "board:call-session": "",
                "jakarta.faces.ViewState": view_state,
            },
            ajax=True,
        )
        state = AJAX_VIEW_STATE.search(answer)
        if state:
            view_state = state.group(1)
        if status != 200 or "<partial-response" not in answer or "<error>" in answer:
            result["failures"].append("call answered %s: %s" % (status, answer[:200]))
            break
        if "Nobody is waiting" in answer:
            result["none_waiting"] += 1
            break
        if "called to" in answer:
            result["calls"] += 1
        else:
            result["failures"].append("call answer without a result: %s" % answer[:200])
            break
    print(json.dumps(result))
    return 0 if not result["failures"] else 1


if __name__ == "__main__":
    sys.exit(main())
