/** Registers all three languages at once: for Node and server rendering, where the words must be synchronous. */
import './en.js';
import './fi.js';
import './sv.js';
