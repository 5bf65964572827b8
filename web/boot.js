// Fiche page shell: checks that the browser can run the app, shows loading progress (bytes of
// the wasm module) and readable errors, then loads the module (fiche.js + fiche.wasm).
"use strict";

(function () {
  // The module's files by their source names. tools/build-release rewrites this one line with
  // content-hashed names (fiche.3f2a….wasm) so a CDN can cache them forever; the app asks for
  // the fonts through window.ficheShell.files.
  const files = {"fiche.js": "fiche.js", "fiche.wasm": "fiche.wasm", "fonts/inter.otf": "fonts/inter.otf", "fonts/icons.ttf": "fonts/icons.ttf"};
  const shell = document.getElementById("shell");
  const message = document.getElementById("shell-message");
  const progress = document.getElementById("shell-progress");
  const bytes = document.getElementById("shell-bytes");

  // The theme the user picked last time (the app writes it), so the loading screen already
  // has the right colours; without a pick, app.css follows prefers-color-scheme.
  try {
    const theme = window.localStorage.getItem("fiche.theme");
    if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  } catch (e) {
    // Storage forbidden: the system's scheme it is.
  }

  function fail(text) {
    shell.classList.remove("hidden");
    shell.classList.add("failed");
    message.textContent = text;
  }

  window.ficheShell = {
    // Called by the app once its first real frame is on screen.
    ready() {
      shell.classList.add("hidden");
    },
    fail,
    files,
  };

  function hasWebGL2() {
    try {
      return !!document.createElement("canvas").getContext("webgl2");
    } catch (e) {
      return false;
    }
  }

  if (typeof WebAssembly !== "object") {
    fail("This browser cannot run Fiche: WebAssembly is not available. Use a current Chrome, " +
         "Edge, Firefox or Safari.");
    return;
  }
  if (!hasWebGL2()) {
    fail("This browser cannot show Fiche: WebGL2 is not available (or is turned off). Use a " +
         "current Chrome, Edge, Firefox or Safari, with hardware acceleration enabled.");
    return;
  }

  function kilobytes(n) {
    return Math.round(n / 1024).toLocaleString() + " KB";
  }

  function showBytes(loaded, total) {
    if (total > 0) {
      progress.max = total;
      progress.value = Math.min(loaded, total);
      bytes.textContent = kilobytes(loaded) + " of " + kilobytes(total);
    } else {
      progress.removeAttribute("value");  // size unknown (compressed transfer): indeterminate
      bytes.textContent = kilobytes(loaded);
    }
  }

  // Fetches the module while counting its bytes, and hands the same stream on so the browser
  // still compiles it while it downloads.
  async function fetchCounting(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(url + " answered HTTP " + response.status);
    // With Content-Encoding, Content-Length counts compressed bytes, not the ones read here.
    const encoding = response.headers.get("Content-Encoding");
    const total = encoding && encoding !== "identity"
      ? 0 : Number(response.headers.get("Content-Length")) || 0;
    showBytes(0, total);
    if (!response.body) return response;
    const reader = response.body.getReader();
    let loaded = 0;
    const counted = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          message.textContent = "Starting…";
          return;
        }
        loaded += value.byteLength;
        showBytes(loaded, total);
        controller.enqueue(value);
      },
    });
    return new Response(counted, { headers: { "Content-Type": "application/wasm" } });
  }

  function instantiate(imports, receive) {
    message.textContent = "Loading Fiche…";
    fetchCounting(files["fiche.wasm"])
      .then((response) => WebAssembly.instantiateStreaming
        ? WebAssembly.instantiateStreaming(response, imports)
        : response.arrayBuffer().then((buffer) => WebAssembly.instantiate(buffer, imports)))
      .then((result) => receive(result.instance, result.module))
      .catch((error) => fail("Fiche could not be loaded: " + error.message + ". Check your " +
                             "connection, then reload the page."));
    return {};  // the exports arrive later, through receive()
  }

  window.Module = {
    canvas: document.getElementById("canvas"),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    instantiateWasm: instantiate,
    onAbort: (what) => fail("Fiche stopped because of an internal error. Reload the page to " +
                            "start again. (" + what + ")"),
  };

  const script = document.createElement("script");
  script.src = files["fiche.js"];
  script.async = true;
  script.onerror = () => fail("Fiche could not be loaded: " + files["fiche.js"] + " is missing or " +
                              "unreachable. Check your connection, then reload.");
  document.body.appendChild(script);
})();
