// Runs axe-core on every HTML page under a folder, in the system's headless Chromium, and fails on any
// violation of impact "serious" or "critical". Usage: node check.mjs DIR
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const root = resolve(process.argv[2] ?? '.');

function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name.endsWith('.html') ? [path] : [];
  });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failures = 0;
const all = pages(root);
for (const file of all) {
  const page = await browser.newPage();
  await page.goto('file://' + file);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document));
  for (const violation of result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))) {
    failures++;
    console.error(`${file}: ${violation.impact} ${violation.id} — ${violation.help} (${violation.nodes.length} éléments)`);
    for (const node of violation.nodes.slice(0, 3)) {
      console.error(`    ${node.target.join(' ')}`);
    }
  }
  await page.close();
}
await browser.close();
if (failures > 0) {
  console.error(`a11y-check : ${failures} violations graves ou critiques`);
  process.exit(1);
}
console.log(`a11y-check : ${all.length} pages sans violation grave ou critique (axe-core)`);
