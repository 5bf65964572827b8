// Native feel: the page behaves like a page, not like a canvas. Real input through Chromium
// (CDP mouse, wheel, touch, keyboard, IME and clipboard), checked through the app's test
// surface (window.fiche.state()/items(), ?test=1). No timing is asserted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import {
  startServer, launchBrowser, watchConsole, waitForState, screenshotPath,
} from "./support.mjs";

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(server.url).origin,
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const state = (page) => page.evaluate(() => window.fiche.state());
const items = (page) => page.evaluate(() => window.fiche.items());
const center = (item) => ({ x: item.x + item.w / 2, y: item.y + item.h / 2 });

// Opens the list of interventions (the demo server's first page).
async function openList(page) {
  await page.goto(`${server.url}?test=1`);
  return waitForState(page, (s) => s.list.status === "ok" && s.frames > 0 && s.scroll.length > 0);
}

// Opens the connection form (no config.json), which has text fields.
async function openForm(page) {
  await page.route("**/config.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(`${server.url}?test=1`);
  await waitForState(page, (s) => s.ready && s.connection.status === "idle");
  await page.waitForFunction(() => window.fiche.items().some((i) => i.label === "Server address"));
}

async function clickItem(page, label) {
  const item = (await items(page)).find((i) => i.label === label);
  assert.ok(item, `${label} is on screen`);
  const { x, y } = center(item);
  await page.mouse.click(x, y);
  return item;
}

// Waits until no frame has been drawn for a second: the frames requested by the last
// events are done (SwiftShader can take a few hundred ms for one of them).
async function settle(page) {
  let last = -1;
  for (;;) {
    const frames = await page.evaluate(() => window.fiche.metrics().frames_drawn);
    if (frames === last) return frames;
    last = frames;
    await page.waitForTimeout(1000);
  }
}

// The scrolling window of the list: the one with the most to scroll.
function listScroll(snapshot) {
  return [...snapshot.scroll].sort((a, b) => b.max_y - a.max_y)[0];
}

// The predicate is wrapped here, in Node: compiling it in the page would be eval, which the
// page's Content-Security-Policy forbids (see waitForState).
async function waitForScroll(page, predicate) {
  const check = new Function(`
    const windows = window.fiche.state().scroll;
    const list = [...windows].sort((a, b) => b.max_y - a.max_y)[0];
    return list !== undefined && (${predicate.toString()})(list);`);
  await page.waitForFunction(check, undefined, { timeout: 5000, polling: 50 });
  return listScroll(await state(page));
}

async function withDpr(page, cdp, ratio) {
  await cdp.send("Emulation.setDeviceMetricsOverride", {
    width: 1280, height: 800, deviceScaleFactor: ratio, mobile: false,
  });
  await page.waitForFunction((r) => window.devicePixelRatio === r, ratio);
  // CDP's emulation changes the ratio without the events a real zoom or monitor change
  // fires (resize, the resolution media query), so the sleeping loop is woken by a move.
  await page.mouse.move(2, 2 + ratio);
  return waitForState(page, new Function(`return (s) => s.font_density > 0 &&
    Math.abs(s.input.framebuffer_scale - ${ratio}) < 0.01 &&
    Math.abs(s.font_density - ${ratio}) < 0.01;`)());
}

test("the canvas backing store is CSS size × devicePixelRatio, text rasterised for it", async () => {
  const page = await browser.newPage();
  const problems = watchConsole(page);
  await openList(page);
  const cdp = await page.context().newCDPSession(page);
  for (const ratio of [1, 1.25, 1.5, 2, 3]) {
    const snapshot = await withDpr(page, cdp, ratio);
    const canvas = await page.evaluate(() => {
      const c = document.getElementById("canvas");
      const box = c.getBoundingClientRect();
      return { width: c.width, height: c.height, cssW: box.width, cssH: box.height };
    });
    assert.ok(Math.abs(canvas.width - canvas.cssW * ratio) <= 1, `width at DPR ${ratio}`);
    assert.ok(Math.abs(canvas.height - canvas.cssH * ratio) <= 1, `height at DPR ${ratio}`);
    // ImGui lays out in CSS pixels: no wrong-size UI, no mouse offset.
    assert.equal(snapshot.input.display_w, canvas.cssW);
    if (ratio === 1 || ratio === 2) {
      // CDP captures device pixels (Playwright's own screenshot would scale to CSS pixels):
      // the header and first rows, where text and icons show their sharpness.
      const shot = await cdp.send("Page.captureScreenshot", {
        format: "png", clip: { x: 0, y: 0, width: 1280, height: 160, scale: 1 },
      });
      writeFileSync(screenshotPath(`native-feel-dpr${ratio}.png`), Buffer.from(shot.data, "base64"));
    }
  }
  // The mouse still lands where it points at DPR 3: the Refresh button takes the click.
  const generation = (await state(page)).list.generation;
  await clickItem(page, "Refresh");
  await waitForState(page, new Function(`return (s) => s.list.generation > ${generation}`)());
  assert.deepEqual(problems, []);
  await page.close();
});

test("a window resize relayouts at once, with no input", async () => {
  const page = await browser.newPage();
  await openList(page);
  await settle(page);
  await page.setViewportSize({ width: 900, height: 600 });
  const snapshot = await waitForState(page, (s) => s.input.display_w === 900);
  const canvas = await page.evaluate(() => {
    const element = document.getElementById("canvas");
    return [element.width, element.height];
  });
  assert.deepEqual(canvas, [900, 600]);
  assert.ok(listScroll(snapshot).right <= 900, "the list fits the new width");
  await page.close();
});

test("the wheel scrolls a long list by browser-like amounts in every deltaMode", async () => {
  const page = await browser.newPage();
  const before = listScroll(await openList(page));
  assert.ok(before.max_y > 300, "the list is long enough to scroll");
  const x = (before.left + before.right) / 2;
  const y = (before.top + before.bottom) / 2;
  await page.mouse.move(x, y);
  // Pixels (Chromium's mouse wheel: 100 px a notch): the list moves by those pixels.
  await page.mouse.wheel(0, 100);
  let list = await waitForScroll(page, (w) => w.y > 0);
  assert.ok(Math.abs(list.y - 100) <= 2, `100 px of wheel scrolled ${list.y} px`);
  await page.mouse.wheel(0, -100);
  list = await waitForScroll(page, (w) => w.y === 0);

  // Lines (Firefox's unit) and pages, as other browsers send them.
  const dispatch = (deltaY, deltaMode) => page.evaluate(([dy, mode, px, py]) => {
    document.getElementById("canvas").dispatchEvent(new WheelEvent("wheel", {
      deltaY: dy, deltaMode: mode, clientX: px, clientY: py, bubbles: true, cancelable: true,
    }));
  }, [deltaY, deltaMode, x, y]);
  await dispatch(3, WheelEventMode.line);
  list = await waitForScroll(page, (w) => w.y > 0);
  assert.ok(list.y >= 40 && list.y <= 80, `3 lines scrolled ${list.y} px`);
  const afterLines = list.y;
  await dispatch(1, WheelEventMode.page);
  list = await waitForScroll(page, new Function(`return (w) => w.y > ${afterLines}`)());
  const pageHeight = list.bottom - list.top;
  assert.ok(list.y - afterLines >= 0.4 * pageHeight, `a page scrolled ${list.y - afterLines} px`);
  assert.ok(list.y - afterLines <= pageHeight, "a page never scrolls more than the view");
  await page.close();
});
const WheelEventMode = { pixel: 0, line: 1, page: 2 };

async function touch(cdp, type, points) {
  await cdp.send("Input.dispatchTouchEvent", {
    type, touchPoints: points.map(([x, y]) => ({ x, y, id: 1 })),
  });
}

test("a touch tap presses on the first tap; a drag scrolls the list and glides", async () => {
  const page = await browser.newPage();
  const problems = watchConsole(page);
  const snapshot = await openList(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });

  const refresh = (await items(page)).find((i) => i.label === "Refresh");
  const { x, y } = center(refresh);
  const generation = snapshot.list.generation;
  await touch(cdp, "touchStart", [[x, y]]);
  await touch(cdp, "touchEnd", []);
  const afterTap = await waitForState(page, new Function(
    `return (s) => s.list.generation > ${generation} && s.list.status === "ok"`)());
  assert.equal(afterTap.list.generation, generation + 1, "one tap, one press");
  assert.equal(afterTap.input.mouse_down, false);

  // Drag up by 300 px in small steps over ~0.3 s: the content follows the finger.
  const list = listScroll(afterTap);
  const lx = (list.left + list.right) / 2;
  const startY = list.bottom - 100;
  await touch(cdp, "touchStart", [[lx, startY]]);
  for (let step = 1; step <= 15; step += 1) {
    await touch(cdp, "touchMove", [[lx, startY - step * 20]]);
    await page.waitForTimeout(16);
  }
  // The finger rests before lifting: no glide, exactly the dragged distance.
  await page.waitForTimeout(250);
  await touch(cdp, "touchEnd", []);
  await page.waitForTimeout(250);
  const dragged = listScroll(await state(page));
  assert.ok(Math.abs(dragged.y - 300) <= 4, `a 300 px drag scrolled ${dragged.y} px`);

  // A flick: released while moving, the list keeps going, then stops. SwiftShader makes
  // each CDP touch event wait for a frame (~200 ms here), far slower than a finger, so the
  // flick's events are dispatched inside the page at a phone's pace (one per 8 ms).
  const flickY = list.bottom - 50;
  await page.evaluate(([x, y]) => new Promise((resolve) => {
    const canvas = document.getElementById("canvas");
    const send = (type, py) => {
      const point = new Touch({ identifier: 7, target: canvas, clientX: x, clientY: py });
      const ended = type === "touchend";
      canvas.dispatchEvent(new TouchEvent(type, {
        touches: ended ? [] : [point], changedTouches: [point], targetTouches: ended ? [] : [point],
        bubbles: true, cancelable: true,
      }));
    };
    send("touchstart", y);
    let step = 0;
    const timer = setInterval(() => {
      step += 1;
      send(step <= 6 ? "touchmove" : "touchend", y - Math.min(step, 6) * 25);
      if (step > 6) {
        clearInterval(timer);
        resolve();
      }
    }, 8);
  }), [lx, flickY]);
  const flicked = dragged.y + 150;
  const glided = await waitForScroll(page, new Function(`return (w) => w.y > ${flicked + 30}`)());
  assert.ok(glided.y > flicked, `glided to ${glided.y} after a flick to ${flicked}`);
  // The glide ends by itself: frames stop, and the list rests further on.
  await settle(page);
  const stopped = listScroll(await state(page));
  assert.ok(stopped.y >= glided.y, `stopped at ${stopped.y}`);
  const generationAfter = (await state(page)).list.generation;
  assert.equal(generationAfter, afterTap.list.generation, "a drag never clicks");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a touch tap on a row opens it on the first tap", async () => {
  const page = await browser.newPage();
  const snapshot = await openList(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
  const rows = new Map(snapshot.list.rows.map((row) => [row.ref, row.id]));
  const row = (await items(page)).find((i) => rows.has(i.label) && i.y > 0);
  assert.ok(row, "a list row is on screen");
  const { x, y } = center(row);
  await touch(cdp, "touchStart", [[x, y]]);
  await touch(cdp, "touchEnd", []);
  const opened = await waitForState(page, new Function(
    `return (s) => s.route.open === ${JSON.stringify(rows.get(row.label))}`)());
  assert.equal(opened.route.open, rows.get(row.label), "one tap opened the row");
  await page.close();
});

test("text typed, composed or inserted lands in a field intact", async () => {
  const page = await browser.newPage();
  const problems = watchConsole(page);
  await openForm(page);
  await clickItem(page, "Server address");
  await waitForState(page, (s) => s.input.want_text && s.text_input && s.text_input.active);
  // The hidden field has the focus, so phones show their keyboard.
  assert.equal(await page.evaluate(() => document.activeElement.id), "fiche-text-input");

  await page.keyboard.insertText("Dépannage électrique");
  let snapshot = await waitForState(page, (s) => s.text_input.text.length > 0);
  assert.equal(snapshot.text_input.text, "Dépannage électrique");

  // Keys: Backspace reaches ImGui, letters come through the field.
  await page.keyboard.press("Backspace");
  await page.keyboard.type(" «œ»");
  snapshot = await waitForState(page, (s) => s.text_input.text.endsWith("»"));
  assert.equal(snapshot.text_input.text, "Dépannage électriqu «œ»");

  // An IME composition (dead keys, Asian input methods) commits once, at its end.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "´", selectionStart: 1, selectionEnd: 1 });
  await cdp.send("Input.imeSetComposition", { text: "é", selectionStart: 1, selectionEnd: 1 });
  await cdp.send("Input.insertText", { text: "é" });
  snapshot = await waitForState(page, (s) => s.text_input.text.endsWith("é"));
  assert.equal(snapshot.text_input.text, "Dépannage électriqu «œ»é");
  await settle(page);
  await page.screenshot({ path: screenshotPath("native-feel-french.png"),
                          clip: { x: 0, y: 0, width: 800, height: 160 } });

  // Clicking elsewhere ends the edit and gives the focus back to the canvas.
  await page.mouse.click(600, 700);
  await waitForState(page, (s) => !s.input.want_text);
  assert.equal(await page.evaluate(() => document.activeElement.id), "canvas");
  assert.deepEqual(problems.filter((p) => !p.includes("404")), [], "only config.json is missing");
  await page.close();
});

test("on a Mac, Cmd is the shortcut key in text fields", async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "platform", { get: () => "MacIntel" });
  });
  await openForm(page);
  await clickItem(page, "Server address");
  await waitForState(page, (s) => s.input.want_text);
  await page.keyboard.insertText("old text");
  await waitForState(page, (s) => s.text_input.text === "old text");
  await page.keyboard.press("Meta+A");
  await page.keyboard.insertText("new");
  const snapshot = await waitForState(page, (s) => !s.text_input.text.startsWith("old"));
  assert.equal(snapshot.text_input.text, "new", "Cmd+A selected everything");
  await page.close();
});

test("a tap on a text field focuses the hidden field within the tap (phone keyboards)", async () => {
  const page = await browser.newPage();
  await openForm(page);
  await settle(page);
  const field = (await items(page)).find((i) => i.label === "Server address");
  // iOS opens the keyboard only for a focus() made inside the touchend handler: check the
  // focus synchronously, right after dispatching the touchend, in the same task.
  const focusedInHandler = await page.evaluate(([x, y]) => {
    const canvas = document.getElementById("canvas");
    const send = (type) => {
      const point = new Touch({ identifier: 3, target: canvas, clientX: x, clientY: y });
      const ended = type === "touchend";
      canvas.dispatchEvent(new TouchEvent(type, {
        touches: ended ? [] : [point], changedTouches: [point], targetTouches: ended ? [] : [point],
        bubbles: true, cancelable: true,
      }));
    };
    send("touchstart");
    send("touchend");
    return document.activeElement.id;
  }, [center(field).x, center(field).y]);
  assert.equal(focusedInHandler, "fiche-text-input");
  await waitForState(page, (s) => s.input.want_text);
  await page.keyboard.insertText("ok");
  const snapshot = await waitForState(page, (s) => s.text_input && s.text_input.text === "ok");
  assert.equal(snapshot.text_input.active, true);
  await page.close();
});

test("paste from and copy to the system clipboard", async () => {
  const page = await browser.newPage();
  const problems = watchConsole(page);
  await openForm(page);
  await page.evaluate(() => navigator.clipboard.writeText("https://erp.example.com/16"));
  await clickItem(page, "Server address");
  await waitForState(page, (s) => s.input.want_text);
  await page.keyboard.press("Control+V");
  let snapshot = await waitForState(page, (s) => s.text_input.text.length > 0);
  assert.equal(snapshot.text_input.text, "https://erp.example.com/16", "pasted once, intact");

  // Copy: select all and Ctrl+C in the field reach the system clipboard.
  await page.evaluate(() => navigator.clipboard.writeText("something else"));
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+C");
  await page.waitForFunction(async () =>
    (await navigator.clipboard.readText()) === "https://erp.example.com/16", null,
  { timeout: 5000 });

  // A paste that is not a shortcut (context menu, phone) is typed into the field as well.
  await page.keyboard.press("End");
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData("text/plain", "/api");
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", {
      clipboardData: data, bubbles: true, cancelable: true,
    }));
  });
  snapshot = await waitForState(page, (s) => s.text_input.text.endsWith("/api"));
  assert.equal(snapshot.text_input.text, "https://erp.example.com/16/api");
  assert.deepEqual(problems.filter((p) => !p.includes("404")), [], "only config.json is missing");
  await page.close();
});

test("Copy ref puts the intervention's ref on the system clipboard", async () => {
  const page = await browser.newPage();
  const snapshot = await openList(page);
  const first = snapshot.list.rows[0];
  await clickItem(page, first.ref);
  await waitForState(page, new Function(
    `return (s) => s.detail.status === "ok" && s.detail.id === ${JSON.stringify(first.id)}`)());
  await page.evaluate(() => navigator.clipboard.writeText("something else"));
  await page.waitForFunction(() => window.fiche.items().some((i) => i.label === "Copy ref"));
  await clickItem(page, "Copy ref");
  await page.waitForFunction(async (ref) => (await navigator.clipboard.readText()) === ref,
    first.ref, { timeout: 5000 });
  await page.close();
});

test("browser shortcuts ImGui does not use reach the browser; blur releases keys", async () => {
  const page = await browser.newPage();
  await openList(page);
  // Untrusted key events run the app's handlers but no browser action: whether the app
  // called preventDefault() is what dispatchEvent() returns.
  const prevented = (init) => page.evaluate((options) => {
    const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...options });
    return !document.getElementById("canvas").dispatchEvent(event);
  }, init);
  const browserKeys = [
    { key: "r", code: "KeyR", ctrlKey: true }, { key: "l", code: "KeyL", ctrlKey: true },
    { key: "f", code: "KeyF", ctrlKey: true }, { key: "t", code: "KeyT", ctrlKey: true },
    { key: "Tab", code: "Tab", ctrlKey: true }, { key: "+", code: "Equal", ctrlKey: true },
    { key: "-", code: "Minus", ctrlKey: true }, { key: "0", code: "Digit0", ctrlKey: true },
    { key: "c", code: "KeyC", ctrlKey: true }, { key: "v", code: "KeyV", ctrlKey: true },
    { key: "r", code: "KeyR", metaKey: true }, { key: "F5", code: "F5" },
    { key: "ArrowLeft", code: "ArrowLeft", altKey: true },
  ];
  for (const init of browserKeys) {
    assert.equal(await prevented(init), false, `${JSON.stringify(init)} left to the browser`);
  }
  // Ctrl held while the window loses focus: ImGui must not see it stuck afterwards.
  await page.keyboard.down("Control");
  await waitForState(page, (s) => s.input.ctrl);
  await page.evaluate(() => window.dispatchEvent(new FocusEvent("blur")));
  await waitForState(page, (s) => !s.input.ctrl);
  await page.keyboard.up("Control");
  await page.close();
});

test("no frame is drawn during 3 s without input", async () => {
  const page = await browser.newPage();
  await openList(page);
  await settle(page);
  const before = await page.evaluate(() => window.fiche.metrics().frames_drawn);
  await page.waitForTimeout(3000);
  const after = await page.evaluate(() => window.fiche.metrics().frames_drawn);
  assert.equal(after, before, `idle frame counter stays flat (${before} → ${after})`);
  await page.close();
});

test("a lost WebGL context is restored and drawn again, without a reload", async () => {
  const page = await browser.newPage();
  const problems = watchConsole(page);
  await openList(page);
  await settle(page);
  const reference = await page.screenshot();
  await page.evaluate(() => {
    window.ficheLoseContext = document.getElementById("canvas").getContext("webgl2")
      .getExtension("WEBGL_lose_context");
    window.ficheLoseContext.loseContext();
  });
  await page.waitForFunction(() => document.getElementById("canvas").getContext("webgl2")
    .isContextLost());
  const frames = await page.evaluate(() => window.fiche.metrics().frames_drawn);
  await page.evaluate(() => window.ficheLoseContext.restoreContext());
  await page.waitForFunction((n) => window.fiche.metrics().frames_drawn > n, frames);
  await settle(page);
  const restored = await page.screenshot();
  assert.equal(await page.evaluate(() => performance.getEntriesByType("navigation").length), 1);
  assert.ok(restored.equals(reference), "the same picture is drawn again");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the theme follows prefers-color-scheme; the user's pick is remembered", async () => {
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme: "dark" });
  await openList(page);
  let snapshot = await waitForState(page, (s) => s.theme.dark);
  assert.equal(snapshot.theme.choice, "system");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await waitForState(page, (s) => !s.theme.dark);

  // The header button cycles system → light → dark.
  const button = () => items(page).then((all) => all.find((i) => /Auto|Light|Dark$/.test(i.label)));
  let themeButton = await button();
  await page.mouse.click(center(themeButton).x, center(themeButton).y);
  await waitForState(page, (s) => s.theme.choice === "light");
  themeButton = await button();
  await page.mouse.click(center(themeButton).x, center(themeButton).y);
  snapshot = await waitForState(page, (s) => s.theme.choice === "dark" && s.theme.dark);
  await page.mouse.move(5, 790);
  await page.screenshot({ path: screenshotPath("native-feel-dark.png") });
  const stored = await page.evaluate(() => localStorage.getItem("fiche.settings.v1"));
  assert.match(stored ?? "", /\[Fiche\]\[Appearance\]\nTheme=dark/);

  // Settings survive a reload, whatever the system says.
  await page.reload();
  snapshot = await waitForState(page, (s) => s.ready && s.frames > 0);
  assert.equal(snapshot.theme.choice, "dark");
  assert.equal(snapshot.theme.dark, true);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test("the loading shell shows the bytes of the module as they arrive", async () => {
  const page = await browser.newPage();
  const seen = [];
  await page.exposeFunction("ficheSawBytes", (text) => seen.push(text));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const bytes = document.getElementById("shell-bytes");
      if (bytes && bytes.textContent) window.ficheSawBytes(bytes.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${server.url}?test=1`);
  await waitForState(page, (s) => s.ready);
  assert.ok(seen.some((text) => / of \d[\d,.]* KB$/.test(text)), `progress shown: ${seen}`);
  assert.ok(await page.locator("link[rel=icon]").count() === 1);
  assert.ok(await page.locator("meta[name=theme-color]").count() >= 1);
  assert.ok(await page.locator("noscript").count() === 1);
  await page.close();
});

test("a missing module gives a clear message, not a blank page", async () => {
  const page = await browser.newPage();
  await page.route("**/fiche.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(server.url);
  await page.waitForSelector("#shell.failed");
  assert.match(await page.textContent("#shell-message"), /could not be loaded.*reload/i);
  await page.close();
});
