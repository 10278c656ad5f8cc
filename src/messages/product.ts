import { lazyCatalog } from './catalog.js';
import type enMessages from './en/product.js';

/** The shape of product's words (English is the source; Finnish and Swedish are checked against it). */
export type ProductMessages = typeof enMessages;

/** Words of the product page: the variant picker, gallery and store availability. */
export const productMessages = lazyCatalog('product');
