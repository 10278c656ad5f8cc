// The demo's browser entry with storefront-elements/autoloader instead of a list of define modules (served by
// `startDemoServer({ loader: 'autoloader' })`): the page is hydrated first, then each element is fetched as the
// autoloader finds it, in whatever order the chunks arrive. test/node/hydration.test.mjs hydrates both ways.
import '../dist/messages/locales/en.js';
import './hydrate-page.mjs';
import '../dist/define/autoloader.js';
