import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { buildServer } from '../src/app';
import { listen, type Live } from './live';

// Drives the audit viewer in headless Debian Chromium. `.ci/run` installs Chromium; without it this suite says so and skips.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) process.stderr.write(`page.browser.spec: SKIPPED — no Chromium at ${CHROMIUM} (apt-get install chromium)\n`);
const describeIfChromium = haveChromium ? describe : describe.skip;

const root = join(__dirname, '../../..');
const context = readFileSync(join(root, 'examples/defi/context.json'), 'utf8');

describeIfChromium('audit viewer page in headless Chromium', () => {
  let live: Live;
  let browser: Browser;

  beforeAll(async () => {
    live = await listen(await buildServer());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']  // playwright gives the browser a fresh temp profile,
    });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await live?.app.close();
  });

  it('submits a DeFi prompt and shows the decision, checks and one trace path per primitive', async () => {
    const page = await browser.newPage();
    await page.goto(live.base + '/');
    await page.fill('#prompt', 'swap 2 ETH to USDC on uniswap');
    await page.fill('#context', context);
    await page.click('#run');
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.textContent('#decision')).toBe('accept');
    expect(await page.textContent('#reason')).toBe('verified');
    expect(await page.locator('#plan tbody tr').count()).toBe(1);
    expect(await page.textContent('#plan tbody tr td:nth-child(2)')).toBe('swap_asset');
    expect(await page.locator('#checks tbody tr').count()).toBeGreaterThan(0);
    const result = JSON.parse((await page.textContent('#raw')) ?? '{}') as { artifacts: { traces: { names: string[] } } };
    const paths = page.locator('#traces svg path.trace');
    expect(await paths.count()).toBe(result.artifacts.traces.names.length);
    expect(await paths.count()).toBeGreaterThanOrEqual(8);
    await page.close();
  }, 60000);

  it('submits an ARC prompt with a grid and shows the output grid as coloured cells', async () => {
    const page = await browser.newPage();
    await page.goto(live.base + '/');
    await page.selectOption('#domain', 'arc');
    await page.fill('#prompt', 'mirror it left to right');
    await page.fill('#grid', '[[1,2,3],[4,5,6]]');
    await page.click('#run');
    await page.waitForSelector('#result:not([hidden])');
    expect(await page.textContent('#decision')).toBe('accept');
    const cells = await page.locator('#grid-out div').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.v));
    expect(cells).toEqual(['3', '2', '1', '6', '5', '4']);
    expect(await page.locator('#grid-out div').first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(46, 204, 64)'); // colour 3 = green
    await page.close();
  }, 60000);
});
