import { axeViolations, launchBrowser, newPage } from './test/e2e/browser';
const browser = await launchBrowser();
const page = await newPage(browser);
await page.setViewportSize({ width: 375, height: 800 });
const ids = ['', 'crpa-r114-9-3/', 'crpa-l114-8/', 'casf-r123-5/', 'rgpd-6/', 'casf-l123-4/'];
for (const id of ids) {
  await page.goto(`http://localhost:4399/cadre-juridique/${id}`);
  console.log(id, JSON.stringify((await axeViolations(page)).map((v) => [v.rule, v.targets.slice(0,2)])));
}
await browser.close();
