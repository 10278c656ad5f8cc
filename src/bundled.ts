/**
 * Entry of `dist/storefront-elements.bundled.js`: the whole public API with lit included, and every element registered,
 * for a plain `<script type="module">` with no build step.
 */
export * from './index.js';
// No adapter is bundled: <sf-shop> without one loads the embedded demo backend as a lazy chunk.
import './define/index.js';
