"""The PDF report: download endpoint rules, validity (qpdf), extracted text (pdftotext),
layout limits (pdftotext -bbox) and the writer's escaping and encoding."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import unittest

from tests.server import support
from tests.server.support import AUTH, Running
from server import pdf, report

TOOLS = all(shutil.which(t) for t in ("qpdf", "pdftotext", "pdfinfo"))
DOWNLOAD = "/obapi/v1/download/{}?type=intervention"


def hmm(seconds: int) -> str:  # computed here independently of server.report
    return "%d:%02d" % (seconds // 3600, seconds // 60 % 60)


def run_tool(args, data: bytes) -> subprocess.CompletedProcess:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        return subprocess.run(args + [f.name] + (["-"] if args[0] == "pdftotext" else []),
                              capture_output=True, timeout=30)


def text_of(data: bytes, *flags) -> str:
    result = run_tool(["pdftotext", "-enc", "UTF-8", *flags], data)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text)


class DownloadTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = Running()
        items = support.all_items(cls.srv)
        cls.drafts = [i for i in items if i["status"] == "draft"]
        cls.documents = [i for i in items if i["status"] != "draft"]

    @classmethod
    def tearDownClass(cls):
        cls.srv.close()

    def detail(self, ident):
        return self.srv.get_json(f"/obapi/v1/interventions/{ident}")[2]["intervention"]

    def pick(self, predicate):
        for item in self.documents:
            iv = self.detail(item["id"])
            if predicate(iv):
                return iv
        self.fail("no intervention matches")

    def test_headers_and_bytes(self):
        iv = self.pick(lambda iv: iv["lines"])
        status, headers, body = self.srv.request(DOWNLOAD.format(iv["id"]), headers=AUTH)
        self.assertEqual(status, 200)
        self.assertEqual(headers["content-type"], "application/pdf")
        self.assertEqual(headers["content-disposition"], f'attachment; filename="{iv["ref"]}.pdf"')
        self.assertEqual(int(headers["content-length"]), len(body))
        self.assertEqual(headers["access-control-allow-origin"], "*")
        self.assertTrue(body.startswith(b"%PDF-1.4"))
        self.assertTrue(body.rstrip().endswith(b"%%EOF"))

    def test_explicit_format_pdf(self):
        self.assertEqual(self.srv.request(DOWNLOAD.format(self.documents[0]["id"]) + "&format=pdf", headers=AUTH)[0], 200)

    def test_deterministic(self):
        path = DOWNLOAD.format(self.documents[3]["id"])
        self.assertEqual(self.srv.request(path, headers=AUTH)[2], self.srv.request(path, headers=AUTH)[2])

    @unittest.skipUnless(TOOLS, "qpdf / poppler-utils not installed")
    def test_valid_and_readable(self):
        iv = self.pick(lambda iv: iv["lines"] and re.search("[éèàçœ’«]", iv["description"].split("\n")[0]))
        body = self.srv.request(DOWNLOAD.format(iv["id"]), headers=AUTH)[2]
        check = run_tool(["qpdf", "--check"], body)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        text = normalise(text_of(body))
        self.assertIn(iv["ref"], text)
        self.assertIn("Intervention report", text)
        self.assertIn("Atelier Démo Services", text)
        self.assertIn(iv["description"].split("\n")[0], text)  # accented title, extracted intact
        self.assertIn(hmm(iv["duration"]), text)
        self.assertIn(iv["date_intervention"], text)
        for line in iv["lines"]:
            self.assertIn(hmm(line["duration"]), text)
            if line["product_ref"]:
                self.assertIn(line["product_ref"], text)
        info = run_tool(["pdfinfo"], body).stdout.decode()
        self.assertRegex(info, rf"Title:\s+{iv['ref']}")

    @unittest.skipUnless(TOOLS, "qpdf / poppler-utils not installed")
    def test_long_report_spans_pages(self):
        iv = self.pick(lambda iv: len(iv["description"]) > 1000 and len(iv["lines"]) >= 5)
        body = self.srv.request(DOWNLOAD.format(iv["id"]), headers=AUTH)[2]
        self.assertEqual(run_tool(["qpdf", "--check"], body).returncode, 0)
        text = normalise(text_of(body))
        last_paragraph = iv["description"].split("\n\n")[-1]
        self.assertIn(normalise(last_paragraph)[:60], text)

    def test_draft_has_no_document(self):
        status, _, body = self.srv.request(DOWNLOAD.format(self.drafts[0]["id"]), headers=AUTH)
        self.assertEqual(status, 404)
        self.assertEqual(json.loads(body)["error"]["code"], "DOCUMENT_NOT_FOUND")
        self.assertEqual(json.loads(body)["error"]["type"], "not_found")

    def test_parameter_errors(self):
        ident = self.documents[0]["id"]
        for query in ("", "?type=", "?type=invoice", "?type=Intervention", "?type=intervention&format=docx",
                      "?format=pdf"):
            status, _, body = self.srv.request(f"/obapi/v1/download/{ident}{query}", headers=AUTH)
            self.assertEqual(status, 400, query)
            self.assertEqual(json.loads(body)["error"]["type"], "invalid_request")

    def test_unknown_id(self):
        for ident in ("999999", "abc"):
            status, _, body = self.srv.request(DOWNLOAD.format(ident), headers=AUTH)
            self.assertEqual(status, 404)
            self.assertEqual(json.loads(body)["error"]["code"], "OBJECT_NOT_FOUND")

    def test_needs_auth(self):
        self.assertEqual(self.srv.request(DOWNLOAD.format(self.documents[0]["id"]))[0], 401)


SYNTHETIC = {
    "id": "1", "ref": "FI2405-0005", "customer_ref": "BC (urgent) \\ 42", "date_intervention": "2024-05-18",
    "date_start": "2024-05-18", "date_end": "2024-05-20", "contract_ref": "CT2405-0002",
    "description": ("Remplacement de l’onduleur « principal » — œuvre (phase 2) à 1 250 € près, "
                    "chemin C:\\temp\\logs. ") * 60 + "\n\nFin du rapport ≈ terminé.",
    "duration": 33 * 3600, "validated_at": "2024-05-19T09:00:00Z", "created_at": "2024-05-17T14:00:00Z",
    "updated_at": "2024-05-19T09:00:00Z", "status": "done", "public_note": "Merci de prévoir l’accès.",
    "lines": [{"id": str(i), "position": i, "description": "Dépannage électrique " * (i % 4 + 1),
               "date": "2024-05-18", "duration": 3600 + 900 * i, "product_ref": "DEP-ELEC"} for i in range(1, 41)],
}


class WriterTest(unittest.TestCase):
    def test_hmm_keeps_hours(self):
        self.assertEqual(report.hmm(33 * 3600), "33:00")
        self.assertEqual(report.hmm(7200), "2:00")
        self.assertEqual(report.hmm(4020), "1:07")
        self.assertEqual(report.hmm(0), "0:00")

    def test_encoding(self):
        self.assertEqual(pdf.encode("é€œ’«»"), "é€œ’«»".encode("cp1252"))
        self.assertEqual(pdf.encode("a→b\tc"), b"a?b c")

    def test_wrap_respects_width_and_keeps_words(self):
        text = SYNTHETIC["description"]
        lines = pdf.wrap(text, False, 10, 200)
        for line in lines:
            self.assertLessEqual(pdf.width(line, False, 10), 200)
        self.assertEqual(b" ".join(l for l in lines if l).split(), pdf.encode(text).split())
        self.assertTrue(all(pdf.width(l, False, 10) <= 50 for l in pdf.wrap("x" * 300, False, 10, 50)))

    @unittest.skipUnless(TOOLS, "qpdf / poppler-utils not installed")
    def test_synthetic_report(self):
        body = report.intervention_pdf(SYNTHETIC, "Atelier Démo Services")
        self.assertEqual(run_tool(["qpdf", "--check"], body).returncode, 0)
        pages = int(re.search(r"Pages:\s+(\d+)", run_tool(["pdfinfo"], body).stdout.decode()).group(1))
        self.assertGreaterEqual(pages, 2)
        text = normalise(text_of(body))
        self.assertIn("33:00", text)
        self.assertIn("BC (urgent) \\ 42", text)  # escaped ( ) \ survive
        self.assertIn("« principal » — œuvre (phase 2) à 1 250 € près", text)
        self.assertIn("C:\\temp\\logs.", text)
        self.assertIn("Fin du rapport ? terminé.", text)  # outside cp1252 -> '?'
        self.assertIn("Merci de prévoir l’accès.", text)
        self.assertIn(f"Page {pages} / {pages}", text)
        self.assertEqual(text.count("DEP-ELEC"), 40)
        self.assertIn("10:45", text)  # line 39: 3600 + 900 * 39 seconds

    @unittest.skipUnless(TOOLS, "qpdf / poppler-utils not installed")
    def test_nothing_crosses_the_margins(self):
        body = report.intervention_pdf(SYNTHETIC, "Atelier Démo Services")
        bbox = text_of(body, "-bbox")
        x_max = [float(v) for v in re.findall(r'xMax="([0-9.]+)"', bbox)]
        x_min = [float(v) for v in re.findall(r'xMin="([0-9.]+)"', bbox)]
        self.assertTrue(x_max)
        self.assertLessEqual(max(x_max), pdf.PAGE_WIDTH - report.MARGIN_X + 0.5)
        self.assertGreaterEqual(min(x_min), report.MARGIN_X - 0.5)

    def test_deterministic(self):
        self.assertEqual(report.intervention_pdf(SYNTHETIC, "P"), report.intervention_pdf(SYNTHETIC, "P"))

    def test_xref_offsets(self):
        body = report.intervention_pdf(SYNTHETIC, "P")
        start = int(re.search(rb"startxref\n(\d+)\n%%EOF", body).group(1))
        self.assertTrue(body[start:].startswith(b"xref\n0 "))
        count = int(re.match(rb"xref\n0 (\d+)\n", body[start:]).group(1))
        entries = body[start:].split(b"\n", 2)[2]
        for num in range(1, count):
            offset = int(entries[num * 20:num * 20 + 10])
            self.assertTrue(body[offset:].startswith(b"%d 0 obj" % num), num)


if __name__ == "__main__":
    unittest.main()
