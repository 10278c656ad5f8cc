// The demo's browser entry, bundled by the server with esbuild. Order matters: lit's hydrate support before
// any LitElement renders (its own script tag first, see server.mjs), the page's words before its elements, the
// page hydrated before elements are defined.
// (demo/package.json says these modules have side effects: the kit's own "sideEffects" list would let esbuild drop them.)
import '../dist/messages/locales/en.js';
import './hydrate-page.mjs';
import '../dist/define/index.js';
