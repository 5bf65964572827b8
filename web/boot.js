// Fiche page shell: checks that the browser can run the app, shows loading progress and
// readable errors, then loads the wasm module (fiche.js + fiche.wasm).
"use strict";

(function () {
  const shell = document.getElementById("shell");
  const message = document.getElementById("shell-message");
  const progress = document.getElementById("shell-progress");

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

  window.Module = {
    canvas: document.getElementById("canvas"),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    setStatus: (text) => {
      // Emscripten reports "Downloading data... (loaded/total)" while fetching.
      const match = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(text || "");
      if (match) {
        progress.max = Number(match[2]);
        progress.value = Number(match[1]);
      }
    },
    onAbort: (what) => fail("Fiche stopped because of an internal error. Reload the page to " +
                            "start again. (" + what + ")"),
  };

  const script = document.createElement("script");
  script.src = "fiche.js";
  script.async = true;
  script.onerror = () => fail("Fiche could not be loaded: fiche.js is missing or unreachable. " +
                              "Check your connection, then reload.");
  document.body.appendChild(script);
})();
