// Loaded inside a fresh same-origin iframe whose storage was broken before any kit code ran (see
// storage-faults.test.ts). It registers the kit in that frame and hands the test what it needs to drive it.
import '../../../src/define/sf-shop.js';
import '../../../src/define/sf-cart.js';
import '../../../src/define/sf-checkout.js';
import { LocalCommerceAdapter } from '../../../src/adapters/local/local-adapter.js';
import { createExperiments } from '../../../src/services/experiments/service.js';
import { FeedbackStore, feedbackStorage } from '../../../src/core/feedback.js';

const app = { LocalCommerceAdapter, createExperiments, FeedbackStore, feedbackStorage };
(window as unknown as { sfApp: typeof app }).sfApp = app;
window.dispatchEvent(new Event('sf-app-ready'));
