// The demo's browser entry with storefront-elements/autoloader instead of a list of define modules (served by
// `startDemoServer({ loader: 'autoloader' })`): the page is hydrated first, then each element is fetched as the
// autoloader finds it, in whatever order the chunks arrive. test/node/hydration.test.mjs hydrates both ways.
import '../dist/messages/locales/en.js';
import './hydrate-page.mjs';
import { discover } from '../dist/define/autoloader.js';

/* global window -- runs in the browser */
// Every kit element on the page defined (and so hydrated): the tests wait for this, as for client.mjs's.
await discover();
window.sfDemo.hydrated = true;
