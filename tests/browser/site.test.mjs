// Real-browser checks of the built portal in headless Chromium (Debian's package), served over
// HTTP on 127.0.0.1: axe-core (WCAG 2.1 A/AA) on every page type in every language, RTL layout
// measured from element boxes, the language switcher, narrow screens and text zoom, the skip
// link, and the partner finder with and without JavaScript. Screenshots go to
// target/screenshots/. `.ci/run` builds the sites first (see SITE_DIR below).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const SITE_DIR = path.resolve(process.env.SITE_DIR ?? "target/browser-site");
const SCREENSHOTS = path.resolve("target/screenshots");
const LANGUAGES = ["de", "en", "es", "uk", "ar", "ru", "fa", "tr"];
// Variants of German (Easy German): checked like a language, but never an hreflang alternate.
const VARIANTS = ["de-x-ls"];
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".vcf": "text/vcard", ".xml": "application/xml", ".txt": "text/plain" };

let server;
let origin;
let browser;

before(async () => {
  assert.ok(fs.existsSync(path.join(SITE_DIR, "index.html")), `build the site into ${SITE_DIR} first`);
  server = http.createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url, "http://x").pathname);
    let file = path.join(SITE_DIR, url);
    if (!file.startsWith(SITE_DIR)) {
      response.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file)) {
      response.writeHead(404, { "content-type": TYPES[".html"] }).end(fs.readFileSync(path.join(SITE_DIR, "404.html")));
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A new page; every request that leaves 127.0.0.1 fails the test that made it. */
async function open(url, options = {}) {
  const context = await browser.newContext({ bypassCSP: true, ...options });
  const page = await context.newPage();
  const foreign = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  const response = await page.goto(origin + url);
  assert.ok(response.ok(), `${url}: HTTP ${response.status()}`);
  page.foreign = foreign;
  return page;
}

/** The page types of one language, found by following the site's own links. */
async function pageTypes(lang) {
  const page = await open(`/${lang}/`);
  const menu = await page.$$eval(".main-nav a", (links) => links.map((a) => a.getAttribute("href")));
  await page.context().close();
  const types = { home: `/${lang}/`, notFound: `/${lang}/404.html`, search: `/${lang}/search/` };
  for (const href of menu) {
    const section = await open(href);
    if (await section.$("form#finder")) {
      types.partners = href;
      types.partner = await section.$eval(".partner-group .partner h3 a", (a) => a.getAttribute("href"));
      types.topic = await section.$eval(".ways-in ul:first-of-type a", (a) => a.getAttribute("href"));
      types.city = await section.$eval(".ways-in ul:last-of-type a", (a) => a.getAttribute("href"));
    } else if (await section.$(".glossary")) {
      types.glossary = href;
    } else if (!types.section) {
      types.section = href;
      const child = await section.$(".contents li > a");
      if (child) types.page = await child.getAttribute("href");
    }
    const pathLink = await section.$(".path-list a");
    if (pathLink && !types.path) {
      types.path = await pathLink.getAttribute("href");
      // A result: follow the first answer until there are none.
      let url = types.path;
      for (let step = 0; step < 10; step++) {
        const next = await open(url);
        const answer = await next.$(".path__answers a");
        const href = answer && (await answer.getAttribute("href"));
        await next.context().close();
        if (!href) break;
        url = href;
      }
      types.pathResult = url;
    }
    await section.context().close();
  }
  // A news item: the first entry of the language's Atom feed, linked from every page's head.
  const feed = await (await fetch(`${origin}/${lang}/atom.xml`)).text();
  const entry = feed.match(/<entry>[\s\S]*?<link rel="alternate" href="([^"]+)"/);
  if (entry) types.news = new URL(entry[1]).pathname;
  return types;
}

const pagesByLanguage = {};
async function typesOf(lang) {
  pagesByLanguage[lang] ??= await pageTypes(lang);
  return pagesByLanguage[lang];
}

test("axe finds no WCAG 2.1 A/AA violation on any page type in any language", async () => {
  const checked = [];
  for (const lang of [...LANGUAGES, ...VARIANTS]) {
    const types = await typesOf(lang);
    for (const [type, url] of Object.entries(types)) {
      const page = await open(url);
      await page.evaluate(AXE_SOURCE);
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
      );
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      assert.deepEqual(violations, [], `${lang} ${type} ${url}`);
      assert.deepEqual(page.foreign, [], `${url} made requests to other origins`);
      if (["de", "ar", "fa", "ru", "de-x-ls"].includes(lang)) {
        await page.screenshot({ path: path.join(SCREENSHOTS, `${type}-${lang}.png`), fullPage: true });
      }
      checked.push(`${lang}:${type}`);
      await page.context().close();
    }
  }
  // Page types the portal has no example of, in every language of the fixture sites.
  const fixtures = {
    "fallback-en": "/basic/en/working/nur-deutsch/",
    "fallback-ar": "/basic/ar/arbeit/nur-deutsch/",
    "events-de": "/events/de/events/",
    "events-en": "/events/en/events/",
    "event-de": "/events/de/events/netzwerktreffen/",
    "event-en": "/events/en/events/netzwerktreffen/",
    status: "/basic/status/",
    "offline-de": "/de/offline/",
    "offline-ar": "/ar/offline/",
    "root-404": "/404.html",
    "language-choice": "/",
  };
  for (const [type, url] of Object.entries(fixtures)) {
    const page = await open(url);
    await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    assert.deepEqual(result.violations.map((v) => v.id), [], `${type} ${url}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${type}.png`), fullPage: true });
    checked.push(type);
    await page.context().close();
  }
  assert.ok(checked.length >= (LANGUAGES.length + VARIANTS.length) * 10 + 11, `checked ${checked.length}: ${checked.join(" ")}`);
  console.log(`axe: ${checked.length} pages checked, 0 violations`);
});

test("in Arabic and Persian the navigation starts at the right edge and text aligns right", async () => {
  for (const lang of ["ar", "fa"]) {
    const types = await typesOf(lang);
    const page = await open(types.page);
    assert.equal(await page.$eval("html", (h) => h.dir), "rtl", lang);
    const boxes = await page.$$eval(".main-nav li", (items) => items.map((li) => li.getBoundingClientRect().toJSON()));
    const nav = await page.$eval(".main-nav ul", (ul) => {
      const box = ul.getBoundingClientRect();
      const style = getComputedStyle(ul);
      return { right: box.right - parseFloat(style.paddingRight), left: box.left };
    });
    assert.ok(boxes.length > 2);
    assert.ok(Math.abs(boxes[0].right - nav.right) < 2, `first item at the right edge: ${boxes[0].right} vs ${nav.right}`);
    assert.ok(boxes[1].right <= boxes[0].left + 1 || boxes[1].top > boxes[0].top, "second item to the left of the first");
    const line = await page.$eval("article p:not(.notice)", (p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const text = range.getClientRects()[0];
      const box = p.getBoundingClientRect();
      return { textRight: text.right, boxRight: box.right, textLeft: text.left, boxLeft: box.left };
    });
    assert.ok(Math.abs(line.textRight - line.boxRight) < 2, `${lang}: first line ends at the right: ${JSON.stringify(line)}`);
    await page.context().close();
  }
});

test("the language switcher leads to the same page in the other language", async () => {
  const types = await typesOf("de");
  const page = await open(types.page);
  const english = await page.$eval('link[rel=alternate][hreflang=en]', (l) => new URL(l.href).pathname);
  await page.click('.language-switcher a[hreflang="en"]');
  await page.waitForLoadState();
  assert.equal(new URL(page.url()).pathname, english);
  assert.equal(await page.$eval("html", (h) => h.lang), "en");
  await page.click('.language-switcher a[hreflang="ar"]');
  await page.waitForLoadState();
  assert.equal(await page.$eval("html", (h) => h.dir), "rtl");
  await page.context().close();
});

test("nothing scrolls sideways at 320 px, also with text at 200 %", async () => {
  for (const lang of ["de", "ar", "uk", "fa", "ru"]) {
    for (const [type, url] of Object.entries(await typesOf(lang))) {
      const page = await open(url, { viewport: { width: 320, height: 640 } });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok((await overflow()) <= 0, `${lang} ${type} ${url} overflows at 320 px by ${await overflow()} px`);
      await page.evaluate(() => { document.documentElement.style.fontSize = "200%"; });
      assert.ok((await overflow()) <= 0, `${lang} ${type} ${url} overflows at 200 % text by ${await overflow()} px`);
      await page.context().close();
    }
  }
});

test("the skip link is the first focus stop and moves focus to the main content", async () => {
  for (const lang of ["de", "ar"]) {
    const page = await open((await typesOf(lang)).page);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
    const visible = await page.evaluate(() => document.activeElement.getBoundingClientRect().top >= 0);
    assert.ok(visible, "the focused skip link is on screen");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "main");
    await page.context().close();
  }
});

test("a glossary term in a page is reachable by keyboard and leads to its entry", async () => {
  for (const lang of ["de", "ar"]) {
    const types = await typesOf(lang);
    assert.ok(types.glossary, `${lang}: the glossary is in the main menu`);
    const page = await open(types.page);
    const first = await page.$eval("main a.term", (a) => ({ href: a.getAttribute("href"), text: a.textContent }));
    let focused = null;
    for (let i = 0; i < 300 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => (document.activeElement.matches("a.term") ? document.activeElement.getAttribute("href") : null));
    }
    assert.equal(focused, first.href, `${lang}: Tab reaches the term “${first.text}”`);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, "none", "the focused term shows its focus");
    await Promise.all([page.waitForURL((url) => url.hash.length > 1), page.keyboard.press("Enter")]);
    const url = new URL(page.url());
    assert.equal(url.pathname, types.glossary, `${lang}: the term leads to the glossary page`);
    const entry = await page.$eval(`[id="${decodeURIComponent(url.hash.slice(1))}"]`, (h) => {
      const box = h.getBoundingClientRect();
      return { tag: h.tagName, top: box.top, term: h.querySelector("dfn").textContent, lang: h.querySelector("dfn").lang };
    });
    assert.equal(entry.tag, "H2");
    assert.equal(entry.lang, "de", "the German term is marked German");
    const height = await page.evaluate(() => window.innerHeight);
    assert.ok(entry.top >= 0 && entry.top < height - 40, `${lang}: the entry is on screen (${entry.top})`);
    await page.context().close();
  }
});

test("a decision path walks by keyboard alone, without JavaScript, in German and Arabic", async () => {
  // The employers' path: another country → still abroad → not regulated → degree → salary reached.
  const route = ["location", "regulated", "qualification", "salary", "blue-card"];
  for (const [lang, slug] of [["de", "fachkraefte-einstellen"], ["ar", "hiring-guide"]]) {
    const start = await open(`/${lang}/${slug}/`);
    const section = await start.$eval(".breadcrumbs li:last-child a", (a) => a.getAttribute("href"));
    await start.context().close();
    const page = await open(section, { javaScriptEnabled: false });
    const tabTo = async (selector, label) => {
      let found = false;
      for (let i = 0; i < 200 && !found; i++) {
        await page.keyboard.press("Tab");
        found = await page.evaluate((s) => document.activeElement.matches(s), selector);
      }
      assert.ok(found, `${lang}: Tab reaches ${label}`);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, "none", `${lang}: ${label} shows its focus`);
      const before = new URL(page.url()).pathname;
      await Promise.all([page.waitForURL((url) => url.pathname !== before), page.keyboard.press("Enter")]);
    };
    await tabTo(".path-list a", "the path in the section's list");
    assert.equal(new URL(page.url()).pathname, `/${lang}/${slug}/`);
    for (const [i, id] of route.entries()) {
      assert.equal(await page.$$eval(".path__steps li", (items) => items.length).catch(() => 0), i, `${lang}: ${i} answers so far`);
      await tabTo(`.path__answers a[href$="/${id}/"]`, `the answer leading to ${id}`);
      assert.equal(new URL(page.url()).pathname, `/${lang}/${slug}/${id}/`);
    }
    assert.equal(await page.$$eval(".path__steps li", (items) => items.length), 5, `${lang}: the five answers that led here`);
    assert.ok((await page.textContent("#result-heading")).trim().length > 0);
    assert.equal(await page.$eval("html", (h) => h.dir), lang === "ar" ? "rtl" : "ltr");
    assert.equal(await page.$eval("#result-heading", (h) => h.lang), lang, `${lang}: the result is translated`);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: path.join(SCREENSHOTS, `path-result-${lang}.png`), fullPage: true });
    await tabTo(`.path__nav a[rel=prev]`, "back to the previous question");
    assert.equal(new URL(page.url()).pathname, `/${lang}/${slug}/salary/`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `path-question-${lang}.png`) });
    const answers = await page.$$eval(".path__answers a", (links) => links.map((a) => a.getBoundingClientRect().bottom));
    assert.ok(answers.length === 2, `${lang}: the salary question has two answers`);
    await page.context().close();
  }
  const print = await open("/ar/hiring-guide/blue-card/print/");
  const pdf = path.join(SCREENSHOTS, "path-print-ar.pdf");
  await print.pdf({ path: pdf, preferCSSPageSize: true });
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  assert.ok(/Deutsch/.test(text) && /Blaue Karte EU/.test(text), "the result beside the German, answers included");
  await print.context().close();
});

test("the finder filters with JavaScript and the directory works without it", async () => {
  const types = await typesOf("de");
  const page = await open(types.partners);
  await page.waitForSelector("form#finder:not([hidden])");
  const all = await page.$$eval("[data-partner]", (cards) => cards.length);
  await page.selectOption("#finder-topic", "recognition");
  const visible = await page.$$eval(".partner-group [data-partner]:not([hidden])", (cards) => cards.length);
  assert.ok(visible > 0 && visible < all, `recognition shows ${visible} of ${all}`);
  const status = (await page.textContent("#finder-status")).replace(/[\u2068\u2069]/g, "");
  assert.match(status, new RegExp(`^${visible} Organisationen gefunden`));
  await page.selectOption("#finder-city", "Weimar");
  const both = await page.$$eval(".partner-group [data-partner]:not([hidden])", (cards) => cards.map((c) => c.dataset.partner));
  assert.ok(both.includes("thueringer-landesverwaltungsamt"), both.join());
  await page.screenshot({ path: path.join(SCREENSHOTS, "finder-de.png"), fullPage: true });
  await page.context().close();

  const plain = await open(types.partners, { javaScriptEnabled: false });
  assert.equal(await plain.$eval("form#finder", (f) => f.hidden), true);
  assert.equal(await plain.$$eval("[data-partner]", (cards) => cards.filter((c) => !c.hidden).length), all);
  await plain.click(".ways-in a");
  await plain.waitForLoadState();
  assert.ok((await plain.$$("[data-partner]")).length > 0, "the topic page lists partners");
  await plain.context().close();
});

test("pages print cleanly on A4, also the two-language version, in Arabic too", async () => {
  for (const [lang, name] of [["de", "page-de"], ["ar", "page-ar"]]) {
    const types = await typesOf(lang);
    const page = await open(types.page);
    const title = await page.$eval("h1", (h) => h.textContent.trim());
    const url = await page.$eval("link[rel=canonical]", (l) => l.href);
    const pdf = path.join(SCREENSHOTS, `${name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
    assert.match(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }), /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/[\u202a-\u202e\u2066-\u2069]/g, "");
    assert.ok(text.includes(title.split(" ")[0]), `${lang}: the title is printed`);
    assert.ok(text.replace(/\s+/g, "").includes(url.replace(/\s+/g, "")), `${lang}: the page's address is printed`);
    const menu = await page.$eval(".main-nav a", (a) => a.textContent.trim());
    assert.ok(!text.includes(menu) || text.indexOf(menu) > text.indexOf(title.split(" ")[0]), `${lang}: no navigation before the text`);
    await page.context().close();
  }
  const types = await typesOf("uk");
  const print = await open(`${types.page}print/`);
  const pdf = path.join(SCREENSHOTS, "print-uk.pdf");
  await print.pdf({ path: pdf, preferCSSPageSize: true });
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  assert.ok(/Deutsch/.test(text) && /Українська/.test(text), "both languages side by side");
  await print.context().close();
});

test("a query in each language finds the page that answers it", async () => {
  // Keywords, and a question typed as a sentence (no page has every word of it).
  const queries = {
    de: [["Blaue Karte Gehalt", "/de/arbeiten/blaue-karte-eu/"], ["Wie lasse ich mein Pflegediplom anerkennen", "/de/anerkennung/reglementierte-berufe/"]],
    en: [["blue card salary", "/en/working/eu-blue-card/"], ["how do I get my nursing diploma recognised", "/en/recognition/regulated-professions/"]],
    // The recognition path's first page answers it too: it leads to the nursing authority.
    uk: [["блакитна карта", "/uk/working/eu-blue-card/"], ["як визнати диплом медсестри", ["/uk/recognition/regulated-professions/", "/uk/recognition-guide/"]]],
    // The Arabic page on regulated professions says "nurses" (ممرضات), not "nursing" (التمريض);
    // the page on the authorities names the nursing authority: both answer the question.
    ar: [["البطاقة الزرقاء", "/ar/working/eu-blue-card/"], ["كيف أحصل على الاعتراف بشهادة التمريض", ["/ar/recognition/regulated-professions/", "/ar/recognition/authorities-in-thuringia/"]]],
    // Russian and Turkish are stemmed (pagefind's Snowball stemmers): the page says
    // «Голубая карта» and "Mavi Kart", the queries ask in other cases.
    ru: [["голубую карту", "/ru/working/eu-blue-card/"], ["признание диплома медсестры", ["/ru/recognition/regulated-professions/", "/ru/recognition-guide/"]]],
    tr: [["mavi kartı", "/tr/working/eu-blue-card/"], ["öğrenci vizesi", "/tr/studying/student-visa/"]],
    // Persian has no stemmer: whole words, and the beginning of the last word as it is typed.
    fa: [["کارت آبی", "/fa/working/eu-blue-card/"], ["ویزای دانشجویی", "/fa/studying/student-visa/"]],
  };
  for (const [lang, pairs] of Object.entries(queries)) {
    for (const [query, expected] of pairs) {
      // With the site's own Content-Security-Policy: pagefind's WebAssembly must be allowed.
      const page = await open(`/${lang}/search/?q=${encodeURIComponent(query)}`, { bypassCSP: false });
      const refused = [];
      page.on("console", (message) => {
        if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
      });
      await page.waitForSelector("#search-results li a");
      const first = await page.$eval("#search-results li a", (a) => a.getAttribute("href"));
      assert.ok([expected].flat().includes(first), `${lang}: ${query}: ${first}`);
      const status = (await page.textContent("#search-status")).trim();
      assert.ok(status.length > 0, "the count is announced");
      assert.ok((await page.$$eval("#search-results mark", (marks) => marks.length)) > 0, "the words are marked in the excerpts");
      assert.deepEqual(refused, [], "the CSP lets the search run");
      assert.deepEqual(page.foreign, [], "no request leaves the site");
      if (["de", "ar", "fa"].includes(lang) && query === pairs[0][0]) {
        await page.screenshot({ path: path.join(SCREENSHOTS, `search-${lang}.png`), fullPage: true });
      }
      await page.context().close();
    }
  }
  // A site below a path (/basic/): results lead there.
  const below = await open(`/basic/de/search/?q=Visum`, { bypassCSP: false });
  await below.waitForSelector("#search-results li a");
  assert.equal(await below.$eval("#search-results li a", (a) => a.getAttribute("href")), "/basic/de/arbeiten/visum/");
  await below.context().close();
  const plain = await open("/de/search/", { javaScriptEnabled: false });
  assert.equal(await plain.$eval("form#search", (f) => f.hidden), true);
  assert.ok((await plain.$$("#search-nojs a")).length >= 5, "topic pages offered without JavaScript");
  await plain.context().close();
});

/** The WCAG contrast ratio of two CSS colours (`rgb(…)`/`rgba(…)`). */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

test("on a 360×740 phone: tasks on the first screen, the title high, the menu behind a button, visible focus", async () => {
  const phone = { viewport: { width: 360, height: 740 } };
  for (const lang of [...LANGUAGES, ...VARIANTS]) {
    const types = await typesOf(lang);
    const home = await open(`/${lang}/`, phone);
    const tasks = await home.$$eval(".tasks a", (links) => links.map((a) => a.getBoundingClientRect().bottom));
    assert.ok(tasks.length >= 5, `${lang}: the sections are tasks on the home page`);
    assert.ok(Math.max(...tasks) <= 740, `${lang}: every task link within the first screen (${Math.max(...tasks)} px)`);
    assert.equal(await home.$eval(".main-nav a", (a) => a.checkVisibility()), false, `${lang}: the menu is closed`);
    await home.click(".menu > summary");
    const links = await home.$$eval(".main-nav a", (all) => all.map((a) => a.getBoundingClientRect().height));
    assert.ok(links.length >= 5 && links.every((h) => h >= 44), `${lang}: the open menu's links are 44 px high: ${links}`);
    const targets = await home.$$eval(".language-switcher a, .search-link, .menu > summary", (all) =>
      all.filter((e) => e.offsetParent).map((e) => [e.textContent.trim(), e.getBoundingClientRect().height]));
    for (const [name, height] of targets) assert.ok(height >= 44, `${lang}: ${name} is ${height} px high`);
    await home.context().close();
    for (const type of ["home", "section", "page", "partners", "partner", "search"]) {
      const page = await open(types[type], phone);
      const top = await page.$eval("h1", (h) => h.getBoundingClientRect().top);
      assert.ok(top <= 200, `${lang} ${type} ${types[type]}: <h1> starts at ${top} px`);
      if (["de", "ar", "fa", "ru", "de-x-ls"].includes(lang)) await page.screenshot({ path: path.join(SCREENSHOTS, `phone-${type}-${lang}.png`) });
      await page.context().close();
    }
  }
  // Partner names are German on every page: a screen reader must not read them in Arabic.
  const arabic = await open((await typesOf("ar")).partners, phone);
  const names = await arabic.$$eval(".partner h3 a", (links) => links.map((a) => a.lang));
  assert.ok(names.length > 5 && names.every((lang) => lang === "de"), `partner names marked German: ${names}`);
  await arabic.context().close();
  // Page weight: every file a page loads, gzipped, at most 30 KB.
  const zlib = await import("node:zlib");
  for (const lang of ["de", "ar"]) {
    for (const type of ["home", "page", "partners", "search"]) {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      let bytes = 0;
      page.on("response", async (response) => {
        if (response.url().startsWith(origin)) bytes += zlib.gzipSync(await response.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(origin + (await typesOf(lang))[type]);
      await page.waitForLoadState("networkidle");
      assert.ok(bytes <= 30 * 1024, `${lang} ${type}: ${bytes} bytes gzipped`);
      await context.close();
    }
  }
  // Emergency numbers: tap to call, a button on a phone, never broken inside.
  const emergencies = await open("/de/leben/notfaelle/");
  const translations = await emergencies.$$eval("link[rel=alternate][hreflang]", (links) => links.map((l) => new URL(l.href).pathname));
  await emergencies.context().close();
  assert.equal(translations.length, LANGUAGES.length);
  for (const url of translations) {
    const page = await open(url, phone);
    const numbers = await page.$$eval('article a[href^="tel:"]', (links) =>
      links.map((a) => ({ href: a.getAttribute("href"), height: a.getBoundingClientRect().height, lines: a.getClientRects().length })));
    assert.ok(numbers.some((n) => n.href === "tel:112") && numbers.some((n) => n.href === "tel:116016"), `${url}: ${JSON.stringify(numbers)}`);
    for (const n of numbers) {
      assert.ok(n.height >= 44, `${url}: ${n.href} is ${n.height} px high`);
      assert.equal(n.lines, 1, `${url}: ${n.href} breaks over ${n.lines} lines`);
    }
    await page.context().close();
  }
  // Focus: every focus stop of the header and the page, its outline against what lies behind it.
  for (const lang of LANGUAGES) {
    const page = await open((await typesOf(lang)).page, phone);
    for (let stop = 0; stop < 25; stop++) {
      await page.keyboard.press("Tab");
      const seen = await page.evaluate(() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        let behind = element.parentElement;
        while (behind && getComputedStyle(behind).backgroundColor.replace(/\s/g, "") === "rgba(0,0,0,0)") behind = behind.parentElement;
        return {
          name: `${element.tagName} ${element.textContent.trim().slice(0, 30)}`,
          outline: style.outlineStyle === "none" ? null : style.outlineColor,
          width: parseFloat(style.outlineWidth),
          background: behind ? getComputedStyle(behind).backgroundColor : "rgb(255,255,255)",
        };
      });
      assert.ok(seen.outline && seen.width >= 2, `${lang}: ${seen.name} shows no outline`);
      const ratio = contrast(seen.outline, seen.background);
      assert.ok(ratio >= 3, `${lang}: the focus outline of ${seen.name} has ${ratio.toFixed(2)}:1 against ${seen.background}`);
    }
    await page.context().close();
  }
});

test("arriving at the search page with a query moves nothing (CLS 0); the finder's results follow its form", async () => {
  const queries = { de: "Visum", en: "visa", es: "visado", uk: "віза", ar: "تأشيرة", ru: "виза", fa: "ویزا", tr: "vize" };
  for (const lang of LANGUAGES) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(queries[lang])}`);
    await page.waitForSelector("#search-results li a");
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => window.__shift);
    assert.equal(shift, 0, `${lang}: cumulative layout shift ${shift}`);
    await context.close();
  }
  for (const lang of LANGUAGES) {
    const finder = await open((await typesOf(lang)).partners, { viewport: { width: 360, height: 740 } });
    await finder.waitForSelector("form#finder:not([hidden])");
    await finder.$eval("#finder-topic", (select) => select.scrollIntoView({ block: "start" }));
    await finder.selectOption("#finder-topic", "recognition");
    const first = await finder.$eval(".partner-group [data-partner]:not([hidden])", (card) => card.getBoundingClientRect().top);
    assert.ok(first >= 0 && first < 740, `${lang}: the first result is on screen: ${first}`);
    await finder.context().close();
  }
  const types = await typesOf("de");
  const page = await open(types.partners, { viewport: { width: 360, height: 740 } });
  await page.waitForSelector("form#finder:not([hidden])");
  const controls = await page.$$eval("#finder select, #finder button", (all) =>
    all.map((c) => [parseFloat(getComputedStyle(c).fontSize), c.getBoundingClientRect().height]));
  for (const [size, height] of controls) assert.ok(size >= 16 && height >= 44, `finder control: ${size} px text, ${height} px high`);
  await page.click("#finder button[type=submit]");
  assert.equal(await page.evaluate(() => document.activeElement.id), "finder-results", "focus moves to the results");
  const labels = await page.$$eval("svg.map text", (all) => all.map((t) => t.getBoundingClientRect().height));
  assert.ok(labels.length > 0 && labels.every((h) => h >= 12), `map labels at least 12 px: ${labels}`);
  await page.context().close();
});

test("offline: a saved section opens without a network, another page shows the notice", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${origin}/de/leben/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForSelector(".offline-save:not([hidden]) button");
  const label = await page.textContent(".offline-save button");
  assert.match(label, /\(\u2068?\d+,\d MB\u2069?\)/, `the size is shown first: ${label}`);
  const list = await (await fetch(`${origin}/de/leben/offline.json`)).json();
  await page.click(".offline-save button");
  await page.waitForFunction(() => document.querySelector(".offline-save [role=status]").textContent.startsWith("Gespeichert"));
  await page.screenshot({ path: path.join(SCREENSHOTS, "offline-saved-de.png") });
  await context.setOffline(true);
  const saved = list.urls.find((url) => url !== "/de/leben/" && url.endsWith("/"));
  await page.goto(`${origin}${saved}`);
  const title = await page.textContent("h1");
  assert.notEqual(title, "Sie sind offline", `${saved} opens offline`);
  assert.ok(await page.$("article"), `${saved} shows its text offline`);
  await page.goto(`${origin}/de/arbeiten/`);
  assert.equal((await page.textContent("h1")).trim(), "Sie sind offline", "a page not kept shows the notice");
  await page.screenshot({ path: path.join(SCREENSHOTS, "offline-notice-de.png") });
  await context.close();
  const plain = await open("/de/leben/", { javaScriptEnabled: false });
  assert.equal(await plain.$eval(".offline-save", (p) => p.hidden), true, "without JavaScript nothing changes");
  await plain.context().close();
});
