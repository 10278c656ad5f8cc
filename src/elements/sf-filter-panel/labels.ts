import type { Facet, FacetValue } from '../../core/listing.js';
import { parsePriceRange } from '../../core/listing.js';
import type { Locale } from '../../core/locale.js';
import { money, formatMoney } from '../../core/money.js';
import { formatDeliveryDate } from '../../messages/describe-delivery.js';
import { listingMessages } from '../../messages/listing.js';

/** A facet's title in the shopper's language (an option facet is titled by its option name, from the data). */
export function facetTitle(facet: Facet, locale: Locale): string {
  const t = listingMessages[locale];
  return facet.kind === 'option' ? (facet.label ?? facet.id) : t[`facet.${facet.kind}`];
}

/** A facet value's text: data labels as they are, price ranges and promise dates worded here. */
export function facetValueLabel(facet: Facet, value: Pick<FacetValue, 'value' | 'label'>, locale: Locale, currency = 'EUR'): string {
  const t = listingMessages[locale];
  if (facet.kind === 'stock') return t.inStock;
  if (facet.kind === 'price') {
    const range = parsePriceRange(value.value);
    if (!range) return value.value;
    const from = formatMoney(money(range.min, currency), locale);
    return range.max === undefined ? t.priceFrom(from) : `${from} – ${formatMoney(money(range.max, currency), locale)}`;
  }
  if (facet.kind === 'promise') {
    const [kind, date] = value.value.split(':');
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return value.value;
    const day = formatDeliveryDate(date, locale);
    return kind === 'pickup-by' ? t.pickupBy(day) : t.arrivesBy(day);
  }
  return value.label ?? value.value;
}
