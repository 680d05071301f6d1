// Full-page screenshots of the home, Russia and chronology pages at 1280 and 390 px, and the number of A4
// pages each prints to, for docs/screenshots/. Run through bench/screenshots.sh (which builds the book first).
// Usage: node bench/screenshots.mjs PREFIX SITE_DIR OUT_DIR
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mkdirSync, existsSync } from 'node:fs';

const [prefix, site, out] = process.argv.slice(2);
if (!prefix || !site || !out) {
  console.error('usage: node bench/screenshots.mjs PREFIX SITE_DIR OUT_DIR');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`error: no Chromium at ${executablePath} (set CHROMIUM, or apt-get install chromium)`);
  process.exit(1);
}

const pages = [
  ['home', 'index.html'],
  ['russia', 'actors/russia/index.html'],
  ['chronology', 'chronology/index.html'],
];
// A printed page as Chromium's print dialog makes it by default: A4, 1 cm margins, no backgrounds.
const pdfOptions = { format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } };

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of pages) {
      await page.goto(pathToFileURL(join(site, path)).href);
      const file = join(out, `${prefix}-${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [name, path] of pages) {
    await page.goto(pathToFileURL(join(site, path)).href);
    const pdf = await page.pdf(pdfOptions);
    // Chromium writes one /Type /Page object per page (and one /Type /Pages tree).
    const count = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    console.log(`${name}: ${count} A4 pages in print`);
  }
  // The printable book, as `build --pdf` prints it: with its own @page rules.
  if (existsSync(join(site, 'book/index.html'))) {
    await page.goto(pathToFileURL(join(site, 'book/index.html')).href);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    console.log(`book: ${(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length} A4 pages in print (the whole book, /book/)`);
  }
  await context.close();
} finally {
  await browser.close();
}
