"""Fiche's embedded backend: a static host for the web build and a reference OBAPI server.

Modules, one job each:
  config   -- the settings a running server needs (filled by serve.py's argument parser)
  data     -- the deterministic SQLite demo data set (build once, then read-only queries)
  api      -- OBAPI routing and validation: request -> (status, headers, body)
  pdf      -- a minimal PDF 1.4 writer and the intervention report layout
  fonts    -- Helvetica glyph widths, so the PDF can wrap text without a font library
  proxy    -- forwarding /obapi/... to a real upstream server
  httpd    -- the HTTP handler: static files, CORS, fault injection, dispatch
  webbuild -- running tools/build-web before serving
"""
