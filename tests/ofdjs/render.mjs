// Renders OFD files with ofd.js (an OFD reader we did not write) in headless Chromium and reports, page by
// page, what a person would see: whether the page rendered, its images, and how much of it is ink.
//
//   node render.mjs [--width PX] [--timeout SECONDS] [--shots DIR] FILE.ofd…
//
// ofd.js scales a page to the width it is given but draws images at 96 dpi whatever that scale is: the default
// width, 808 px, gives an A4 page its 96 dpi scale (ofd.js: (808 − 10) / 210 = 3.8 px a mm), where the two agree.
//
// Prints JSON, one entry per file: { file, parsed, error, seconds, pages: [{ width, height,
// images: [{ decoded, width, height }], ink, imageInk, imageTone }] } — ink is the share of dark pixels of the
// page as rendered, imageInk the same with only the page's images shown (text and paths hidden), imageTone the
// share of pixels those images leave not white (ink and the paper's tone). A file ofd.js cannot
// parse within the timeout (it waits forever on an image the browser cannot decode) has parsed: false.
// Exit code 0 when every file was tried, 1 when the reader itself could not run.
import { chromium } from 'playwright-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const origin = 'http://ofd-reader.invalid';

function parseArgs(argv) {
    const opts = { width: 808, timeout: 45, shots: '', files: [] };
    for (let i = 0; i < argv.length; ++i) {
        const a = argv[i];
        if (a === '--width') opts.width = Number(argv[++i]);
        else if (a === '--timeout') opts.timeout = Number(argv[++i]);
        else if (a === '--shots') opts.shots = argv[++i];
        else opts.files.push(path.resolve(a));
    }
    if (!opts.files.length || !(opts.width > 0) || !(opts.timeout > 0))
        throw new Error('usage: node render.mjs [--width PX] [--timeout SECONDS] [--shots DIR] FILE.ofd…');
    return opts;
}

// Everything the page loads comes from disk through one made-up origin: the page, ofd.js's bundle, the OFDs.
async function serve(page, files) {
    const served = new Map([
        ['/page.html', [path.join(here, 'page.html'), 'text/html']],
        ['/ofd.umd.min.js', [createRequire(import.meta.url).resolve('ofd.js/lib/ofd.umd.min.js'), 'text/javascript']],
        ...files.map((file, i) => [`/volume/${i}.ofd`, [file, 'application/octet-stream']]),
    ]);
    await page.route(`${origin}/**`, async (route) => {
        const entry = served.get(new URL(route.request().url()).pathname);
        if (!entry) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ status: 200, contentType: entry[1], body: await readFile(entry[0]) });
    });
}

function withTimeout(promise, seconds) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`ofd.js did not finish within ${seconds} s`)), seconds * 1000);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// What each rendered page shows (see measure() in page.html); with `imagesOnly`, its images alone. The pages are
// captured by Chromium itself (DevTools' captureScreenshot, JPEG), several times faster than Playwright's.
async function measurePages(page, cdp, imagesOnly, shots, stem) {
    const boxes = await page.evaluate((on) => {
        document.body.classList.toggle('images-only', on);
        return [...document.querySelectorAll('#pages > div')].map((div) => {
            const r = div.getBoundingClientRect();
            return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height, scale: 1 };
        });
    }, imagesOnly);
    const seen = [];
    for (const [i, clip] of boxes.entries()) {
        const { data } = await cdp.send('Page.captureScreenshot', {
            format: 'jpeg',
            quality: 90,
            clip,
            captureBeyondViewport: true,
            optimizeForSpeed: true,
        });
        if (shots)
            await writeFile(path.join(shots, `${stem}-p${i + 1}${imagesOnly ? '-images' : ''}.jpg`), data, 'base64');
        seen.push(await page.evaluate((jpeg) => window.measure(jpeg), data));
    }
    return seen;
}

async function renderFile(page, index, opts, errors) {
    const file = opts.files[index];
    const started = Date.now();
    const result = { file, parsed: false, error: '', seconds: 0, pages: [] };
    errors.length = 0;
    try {
        await page.goto(`${origin}/page.html`);
        const pages = await withTimeout(
            page.evaluate(
                ([url, width]) => window.renderVolume(url, width),
                [`${origin}/volume/${index}.ofd`, opts.width]
            ),
            opts.timeout
        );
        result.parsed = true;
        const stem = path.basename(file, '.ofd');
        const cdp = await page.context().newCDPSession(page);
        const all = await measurePages(page, cdp, false, opts.shots, stem);
        const images = await measurePages(page, cdp, true, opts.shots, stem);
        await cdp.detach();
        result.pages = pages.map((p, i) => ({
            ...p,
            ink: all[i].ink,
            imageInk: images[i].ink,
            imageTone: images[i].tone,
        }));
    } catch (e) {
        result.error = [String(e.message || e).split('\n')[0], ...errors].join('; ');
    }
    result.seconds = (Date.now() - started) / 1000;
    return result;
}

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    if (opts.shots) await mkdir(opts.shots, { recursive: true });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
    try {
        const page = await browser.newPage({ viewport: { width: opts.width + 40, height: 1200 } });
        const errors = [];
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
        await serve(page, opts.files);
        const results = [];
        for (let i = 0; i < opts.files.length; ++i) results.push(await renderFile(page, i, opts, errors));
        process.stdout.write(JSON.stringify(results, null, 1) + '\n');
    } finally {
        await browser.close();
    }
}

main().catch((e) => {
    process.stderr.write(`ofd.js reader: ${e.stack || e}\n`);
    process.exit(1);
});
