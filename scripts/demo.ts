// `npm run demo`: Galateo on the bundled Italian demo thread, served at a facebook.com address, in real Chromium.
// Headed when a display is available; with `--screenshot FILE` (or no display) headless: waits for the badges,
// writes the PNG and exits 0.
import { launchWithExtension } from './demo/browser';
import { routePages } from './demo/serve';
import { buildDemoPage, DEMO_URL } from './demo/thread';
import { DEMO_COMMENTS } from './demo/comments';

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
let screenshot = shotAt >= 0 ? args[shotAt + 1] : undefined;
if (shotAt >= 0 && !screenshot) {
  console.error('--screenshot needs a file name, e.g. npm run demo -- --screenshot demo.png');
  process.exit(2);
}
const hasDisplay = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (!screenshot && !hasDisplay) {
  screenshot = 'galateo-demo.png';
  console.log(`No display found: running headless and writing ${screenshot}.`);
}
const headless = !!screenshot;

const app = await launchWithExtension({ headless });
try {
  const routes = await routePages(app.context, { [DEMO_URL]: buildDemoPage() });
  const page = app.context.pages()[0] ?? (await app.context.newPage());
  await page.goto(DEMO_URL);
  const badges = page.locator('galateo-comment .badge');
  await badges.nth(DEMO_COMMENTS.length - 1).waitFor({ timeout: 20_000 });
  const count = await badges.count();
  console.log(`Galateo annotated ${count} comments on ${DEMO_URL}`);
  if (screenshot) {
    // Open the card of the first flagged comment with several findings so the screenshot shows the details.
    const flagged = page.locator('galateo-comment .badge[data-severity="critical"], galateo-comment .badge[data-severity="high"]');
    if (await flagged.count()) await flagged.first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`Screenshot written to ${screenshot}`);
    if (routes.aborted.length) console.log(`Blocked ${routes.aborted.length} request(s) to the network: ${routes.aborted.slice(0, 5).join(', ')}`);
    await app.close();
    process.exit(0);
  }
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => app.context.on('close', () => resolve()));
} catch (e) {
  console.error(`Demo failed: ${(e as Error).message}`);
  await app.close();
  process.exit(1);
}
