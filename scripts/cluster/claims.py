#!/usr/bin/env python3
"""Whole claims, identity to queue number with four 1 MB uploads, by concurrent participants over
HTTP as a browser drives the wizard (cookies, Faces ViewState, PrimeFaces' Ajax uploads). Used by
scripts/cluster/test.sh for the load of the cluster tests and of the fault test.

    claims.py <base url> <feeder csv> <files dir> <out dir> <users> <seconds> [savers]

The feeder has the columns nik,kpj,fullName,birthDate,mother,branchId,email (one participant per
row, never reused). Each user takes the next participant until <seconds> are over; a claim under
way then is finished (bounded: CLAIMS_GRACE_SECONDS, 150 s more at most). When the file named by CLAIMS_STOP_FILE
appears, nobody new starts either. The first [savers] participants stop after
uploading two documents: their draft stays saved, nothing more.

A participant behaves as a person would when a page fails (an error page, no answer, an unexpected
answer): wait a second, then press the error page's retry link, which opens the current step again
(GET), and carry on from wherever the portal sends them. At most 30 failures each.

Writes <out dir>/requests.jsonl (one line per request: start, end, participant number, label,
status, node, ok) and <out dir>/participants.jsonl (outcome, ticket, e-mail, failures), and
prints a JSON summary. Exit status 0 when every participant got what they came for.
"""
import http.cookiejar
import json
import os
import queue
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')
FORM_TOKEN = re.compile(r'name="jht-form-token" value="([^"]*)"')
AJAX_VIEW_STATE = re.compile(r'ViewState:0"><!\[CDATA\[([^\]]*)')
SELECTED_DAY = re.compile(r'<option value="(\d{4}-\d\d-\d\d)" selected')
TICKET = re.compile(r'id="ticket-number">([^<]*)')
DOC_SLOT = re.compile(r'<section class="doc-slot([^"]*)"')
STEP = re.compile(r"/claim/([a-z]+)\.xhtml")
MAX_FAILURES = int(os.environ.get("CLAIMS_MAX_FAILURES", "30"))
GRACE_SECONDS = int(os.environ.get("CLAIMS_GRACE_SECONDS", "150"))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Failed(Exception):
    """A request whose answer a participant cannot go on from."""


class Participant:
    def __init__(self, number, row, driver):
        self.number, self.row, self.driver = number, row, driver
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )
        self.view_state = ""
        self.form_token = ""
        self.failures = 0
        self.ticket = None

    # --- HTTP ---------------------------------------------------------------------------------------
    def request(self, label, path, data=None, headers=None, want=200, body_type=None):
        all_headers = {"Accept-Language": "id-ID,id;q=0.9", "User-Agent": "jht-cluster-test/1"}
        all_headers.update(headers or {})
        if data is not None and body_type is None:
            data = urllib.parse.urlencode(data).encode()
        if body_type:
            all_headers["Content-Type"] = body_type
        req = urllib.request.Request(self.driver.base + path, data=data, headers=all_headers)
        start = time.time()
        status, text, location, node = None, "", "", "?"
        try:
            with self.opener.open(req, timeout=30) as response:
                status, text = response.status, response.read().decode(errors="replace")
                location, node = response.headers.get("Location", ""), response.headers.get("X-Upstream", "")
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode(errors="replace")
            location, node = e.headers.get("Location", ""), e.headers.get("X-Upstream", "")
        except Exception as e:  # refused, reset, timed out: the participant sees no page at all
            text = type(e).__name__
        node = (node or "?").split(",")[-1].strip()
        wanted = want if isinstance(want, tuple) else (want,)
        ok = status in wanted and "<error>" not in text and "Layanan sedang sibuk" not in text
        line = {"t0": round(start, 3), "t1": round(time.time(), 3), "p": self.number, "label": label,
                "status": status, "node": node, "ok": ok}
        if not ok:  # what the participant saw instead
            line["page"] = page_kind(status, text)
        self.driver.record(line)
        if not ok:
            raise Failed("%s answered %s" % (label, status))
        state = VIEW_STATE.search(text) or AJAX_VIEW_STATE.search(text)
        if state:
            self.view_state = state.group(1)
        token = FORM_TOKEN.search(text)
        if token:  # stateless steps check it against the jht-form cookie; stateful ones ignore it
            self.form_token = token.group(1)
        return text, location

    def postback(self, page, fields, label=None):
        data = [(page, page)] + list(fields) + [("jakarta.faces.ViewState", self.view_state),
                                                ("jht-form-token", self.form_token)]
        _, location = self.request(label or page + " POST", "/claim/%s.xhtml" % page, data, want=302)
        return step_of(location)

    def ajax(self, label, page, fields, want_text):
        data = [(page, page), ("jakarta.faces.partial.ajax", "true"),
                ("jakarta.faces.ViewState", self.view_state),
                ("jht-form-token", self.form_token)] + list(fields)
        text, _ = self.request(label, "/claim/%s.xhtml" % page, data,
                               headers={"Faces-Request": "partial/ajax"})
        if want_text not in text:
            raise Failed("%s: unexpected answer" % label)
        return text

    def upload(self, slot, path):
        component = "documents:slots:%d:upload" % slot
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in [("documents", "documents"), ("jakarta.faces.ViewState", self.view_state),
                            ("jht-form-token", self.form_token),
                            ("jakarta.faces.partial.ajax", "true"),
                            ("jakarta.faces.partial.execute", component),
                            ("jakarta.faces.source", component),
                            (component + "_totalFilesCount", "1"),
                            ("jakarta.faces.partial.render", "documents")]:
            parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                          % (boundary, name, value)).encode())
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                      "Content-Type: image/jpeg\r\n\r\n" % (boundary, component, os.path.basename(path))).encode())
        parts.append(self.driver.file_bytes(path) + b"\r\n--%s--\r\n" % boundary.encode())
        text, _ = self.request("upload", "/claim/documents.xhtml", b"".join(parts),
                               headers={"Faces-Request": "partial/ajax"},
                               body_type="multipart/form-data; boundary=" + boundary)
        if not slots_filled(text)[slot:slot + 1] == [True]:
            raise Failed("upload: not stored")

    # --- The wizard, led by the portal's redirects ---------------------------------------------------
    def step(self, page, saver):
        """Does one step; returns the next page, or None when the participant is done."""
        r = self.row
        if page == "identity":
            text, _ = self.request("identity GET", "/claim/identity.xhtml")
            token = FORM_TOKEN.search(text)
            return self.postback("identity", [
                ("jht-form-token", token.group(1) if token else ""), ("identity:nik", r["nik"]),
                ("identity:kpj", r["kpj"]), ("identity:fullName", r["fullName"]),
                ("identity:birthDate", r["birthDate"]), ("identity:verify", "Lanjut")])
        text, location = self.request(page + " GET", "/claim/%s.xhtml" % page, want=(200, 302))
        if location:  # the portal sends the participant where the draft is
            return step_of(location)
        if page == "reason":
            return self.postback("reason", [("reason:reason", "RETIREMENT_AGE"), ("reason:next", "Simpan")])
        if page == "contact":
            return self.postback("contact", [
                ("contact:email", r["email"]), ("contact:phone", "081234567890"),
                ("contact:motherMaidenName", r["mother"]), ("contact:bank", "BCA"),
                ("contact:accountNumber", "1234567890"), ("contact:accountHolder", r["fullName"]),
                ("contact:npwp", ""), ("contact:next", "Simpan")])
        if page == "documents":
            # After a retry only the slots still empty: a file already stored stays.
            filled = slots_filled(text)
            for slot in range(2 if saver else 4):
                if not filled[slot:slot + 1] == [True]:
                    self.upload(slot, "photo-1mb.jpg")
            if saver:
                return None
            return self.postback("documents", [("documents:next", "Simpan")])
        if page == "schedule":
            answer = self.ajax("schedule branch", "schedule", [
                ("schedule:branch", r["branchId"]), ("jakarta.faces.source", "schedule:branch"),
                ("jakarta.faces.partial.execute", "schedule:branch"),
                ("jakarta.faces.partial.render", "schedule:slots"),
                ("jakarta.faces.behavior.event", "valueChange"),
                ("jakarta.faces.partial.event", "change")], "schedule:slots")
            day = SELECTED_DAY.search(answer)
            if not day:
                raise Failed("schedule: no bookable day")
            return self.postback("schedule", [
                ("schedule:branch", r["branchId"]), ("schedule:date", day.group(1)),
                ("schedule:session", "A"), ("schedule:next", "Lanjut")])
        if page == "confirm":
            return self.postback("confirm", [("confirm:declaration", "on"), ("confirm:next", "Kirim")])
        if page == "booked":
            ticket = TICKET.search(text)
            if not ticket:
                raise Failed("booked: no queue number")
            self.ticket = ticket.group(1).strip()
            return None
        raise Failed("unexpected step " + page)

    def run(self, saver, hard_deadline):
        page = "identity"
        while page is not None:
            if time.time() > hard_deadline or self.failures >= MAX_FAILURES:
                return "gave_up"
            try:
                page = self.step(page, saver)
            except Failed:
                self.failures += 1
                time.sleep(1)  # then the retry link: the same step again, by GET
        return "saved" if saver else "booked"


def slots_filled(text):
    """Whether each document slot on the documents page (or its Ajax update) holds a file, in order."""
    return ["uploaded" in classes.split() for classes in DOC_SLOT.findall(text)]


def page_kind(status, text):
    """What a participant saw instead of the page they wanted."""
    if status is None:
        return "none"  # no answer at all (refused, reset, timed out)
    if 'class="retry"' in text:
        return "nginx-retry"  # nginx's page when no node answers, with its retry link
    if "<center>nginx" in text:
        return "nginx-default"
    if re.search(r'<a [^>]*href="[^"]+"[^>]*id="retry"', text):
        return "portal-retry"  # the portal's error page, with its retry link
    if status == 400:
        return "portal-expired"  # the view expired: identify again, the draft resumes
    return "other"


def step_of(location):
    found = STEP.search(location or "")
    if not found:
        raise Failed("redirect to " + (location or "nowhere"))
    return found.group(1)


class Driver:
    def __init__(self, base, files, out):
        self.base, self.files = base.rstrip("/"), files
        self.lock = threading.Lock()
        self.requests = open(os.path.join(out, "requests.jsonl"), "w")
        self.outcomes = open(os.path.join(out, "participants.jsonl"), "w")
        self.cache = {}

    def file_bytes(self, name):
        if name not in self.cache:
            with open(os.path.join(self.files, name), "rb") as f:
                self.cache[name] = f.read()
        return self.cache[name]

    def record(self, line):
        with self.lock:
            self.requests.write(json.dumps(line) + "\n")
            self.requests.flush()

    def outcome(self, line):
        with self.lock:
            self.outcomes.write(json.dumps(line) + "\n")
            self.outcomes.flush()


def main():
    base, feeder, files, out, users, seconds = sys.argv[1:7]
    savers = int(sys.argv[7]) if len(sys.argv) > 7 else 0
    os.makedirs(out, exist_ok=True)
    driver = Driver(base, files, out)
    rows = queue.Queue()
    with open(feeder) as f:
        header = f.readline().strip().split(",")
        for number, line in enumerate(f):
            rows.put((number, dict(zip(header, line.rstrip("\n").split(",")))))
    start = time.time()
    deadline, hard_deadline = start + int(seconds), start + int(seconds) + GRACE_SECONDS
    counts = {}

    stop_file = os.environ.get("CLAIMS_STOP_FILE")

    def user():
        while time.time() < deadline and not (stop_file and os.path.exists(stop_file)):
            try:
                number, row = rows.get_nowait()
            except queue.Empty:
                return
            saver = number < savers
            p = Participant(number, row, driver)
            outcome = p.run(saver, hard_deadline)
            driver.outcome({"p": number, "email": row["email"], "outcome": outcome, "saver": saver,
                            "ticket": p.ticket, "failures": p.failures, "t": round(time.time(), 3)})
            with driver.lock:
                counts[outcome] = counts.get(outcome, 0) + 1

    threads = [threading.Thread(target=user, daemon=True) for _ in range(int(users))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(1, hard_deadline + 5 - time.time()))
    print(json.dumps({"seconds": round(time.time() - start, 1), "outcomes": counts}))
    return 0 if counts.get("gave_up", 0) == 0 and not any(t.is_alive() for t in threads) else 1


if __name__ == "__main__":
    sys.exit(main())
