/* global window, document -- page functions run in Chromium */
// The server-rendered demo on a phone-sized screen: the server cannot measure, so <sf-nav> arrives as the desktop
// bar; hydration must take that HTML as it is (a first render in the phone layout made lit throw a hydration
// mismatch on every phone) and switch to the drawer afterwards, with nothing shifting (the demo reserves the
// height). Needs the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countLayoutShift, watchProblems, useDemoServer, layoutShift } from '../helpers/demo-page.mjs';


const demo = useDemoServer();

test('on a 412 px phone the page hydrates without an error or a shift, and the nav becomes the drawer', { timeout: 60_000 }, async () => {
  const context = await demo.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await countLayoutShift(page);
  try {
    await page.goto(`${demo.server.url}/c/bikes`);
    await page.waitForFunction(() => !!window.sfDemo?.hydrated, undefined, { timeout: 20_000 })
      .catch((e) => assert.fail(`${e.message}\n${problems.join('\n')}`));
    const nav = page.locator('sf-nav');
    await page.waitForFunction(() => document.querySelector('sf-nav')?.matches(':state(mobile)'));
    // The drawer's button works: Enter opens the categories.
    const menu = nav.getByRole('button', { name: /menu|categories/i }).first();
    await menu.focus();
    await page.keyboard.press('Enter');
    await nav.getByRole('dialog').waitFor();
    await nav.getByRole('dialog').getByRole('link', { name: 'Helmets', exact: true }).waitFor();
    assert.deepEqual(problems, [], 'no error or warning through hydration');
    const shift = await layoutShift(page);
    assert.equal(shift.value, 0, `no layout shift; what moved:\n${shift.sources}`);
  } finally {
    await context.close();
  }
});
