#!/usr/bin/env node
// Mozilla Readability.js with jsdom on the scrapinghub pages: predictions JSON and pages/s.
// As the benchmark's own runner does: new JSDOM(html, {url}), new Readability(document).parse().textContent.
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const [data, out] = process.argv.slice(2);
const dir = path.join(data, 'html');
const pages = fs.readdirSync(dir).filter(f => f.endsWith('.html.gz')).sort()
  .map(f => [f.split('.')[0], zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8')]);
const quiet = new VirtualConsole();

function extract(html) {
  const dom = new JSDOM(html, { url: 'https://fake-url.com', virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    return article && article.textContent ? article.textContent : '';
  } finally {
    dom.window.close();
  }
}

extract(pages[0][1]); // warm-up
const predictions = {};
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (const [key, html] of pages) {
  let body = '';
  try { body = extract(html); } catch (e) { body = ''; }
  predictions[key] = { articleBody: body };
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpuStart);
const cpu = (used.user + used.system) / 1e6;
fs.writeFileSync(out, JSON.stringify(predictions));
console.log(`readability.js: ${pages.length} pages in ${seconds.toFixed(3)}s = ${(pages.length / seconds).toFixed(1)} pages/s; ` +
  `cpu ${cpu.toFixed(3)}s = ${(pages.length / cpu).toFixed(1)} pages/cpu-s`);
