/**
 * Entry of `dist/storefront-kit.bundled.js`: the whole public API with lit included, and every element registered,
 * for a plain `<script type="module">` with no build step.
 */
export * from './index.js';
import './define/index.js';
