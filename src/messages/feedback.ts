import { lazyCatalog } from './catalog.js';
import type enMessages from './en/feedback.js';

/** The shape of feedback's words (English is the source; Finnish and Swedish are checked against it). */
export type FeedbackMessages = typeof enMessages;

/** Texts of `<sf-feedback>`: the default question and end labels of each kind, the comment and the thank-you. */
export const feedbackMessages = lazyCatalog('feedback');
