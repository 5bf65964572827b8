"""Conformance tests of serve.py and the server package (stdlib unittest).

Run from the repository root: python3 -m unittest discover -s tests/server -t .
"""
