import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Product, Variant } from '../../core/model.js';
import { formatMoney } from '../../core/money.js';
import {
  initialVariant, optionValueStatus, productOptions, restockDispatchDate, selectOption, variantAvailability,
  type OptionValueStatus,
} from '../../core/variants.js';
import { commonMessages } from '../../messages/common.js';
import { formatDeliveryDate } from '../../messages/describe-delivery.js';
import { productMessages } from '../../messages/product.js';
import { Announcer } from '../controllers/announcer.js';
import { SfElement } from '../base/sf-element.js';
import { validated, type PropertyCheck } from '../base/property-checks.js';
import { validateProduct, validateStringMap, validateStrings } from '../../core/validate.js';
import { variantPickerStyles } from './sf-variant-picker.styles.js';

const listConverter = {
  fromAttribute: (value: string | null) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean),
};

/**
 * The variant choice of a product page: one group per option (size, colour, frame size), each a WAI-ARIA radio
 * group — one tab stop per group, arrow keys move and select, wrapping — built on native radios. Values whose
 * combination does not exist or is sold out stay in place and say so (struck through, and in their accessible
 * name: "56 cm, ships Wed 9.12."); choosing a value whose combination does not exist moves to the closest variant
 * that has it. Below the groups, the chosen variant's price (with the earlier price struck through) and its stock
 * hint or restock date.
 *
 * The chosen variant drives what is slotted: elements with a `variantId` property (`<sf-add-to-cart>`,
 * `<sf-store-availability>`) get `product` and `variantId`; an `<sf-delivery-promise>` gets the variant's `stock`.
 * It takes part in forms with the variant id as its value, and with `url-param` keeps the choice in the address
 * (`?variant=<id>`, replaced, not pushed) so a variant can be linked.
 *
 * @tag sf-variant-picker
 * @summary Option groups (size, colour) that choose a product variant; sold-out values say when they ship.
 * @slot - What the chosen variant drives: `<sf-add-to-cart>`, `<sf-delivery-promise>`, `<sf-store-availability>`.
 * @fires change - When the shopper chooses another variant (`variantId`, `variant` tell which).
 * @csspart group - One option's fieldset.
 * @csspart legend - The option's name and chosen value.
 * @csspart value - One value's label (text or swatch).
 * @csspart summary - The chosen variant's price and stock line.
 * @csspart price - The price (with the earlier price struck through).
 * @csspart stock - The stock hint, restock date or "sold out".
 * @cssproperty --sf-variant-picker-border-color - Border of a value.
 * @cssproperty --sf-variant-picker-selected-color - Border of the chosen value.
 * @cssproperty --sf-variant-picker-radius - Corner radius of a text value.
 * @cssstate sold-out - The chosen variant cannot be bought.
 * @cssstate backorder - The chosen variant is sold out and ships later.
 * @since 0.1.0
 * @status experimental
 */
export class SfVariantPicker extends SfElement {
  static formAssociated = true;
  static override styles = [SfElement.styles, variantPickerStyles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    product: validated(validateProduct),
    swatchOptions: validated(validateStrings, []),
    swatches: validated(validateStringMap, {}),
  };

  /** The product whose variants to choose from. */
  @property({ attribute: false }) product?: Product;

  /** The chosen variant's id (the form value). Defaults to the linked one (`url-param`), else the first in stock. */
  @property({ attribute: 'variant-id', reflect: true }) variantId?: string;

  /** The form field name. */
  @property({ reflect: true }) name = '';

  /** Query parameter that holds the chosen variant id, e.g. `variant`; unset keeps the address alone. */
  @property({ attribute: 'url-param' }) urlParam?: string;

  /** Options drawn as colour swatches (comma-separated option names), e.g. `Colour`. */
  @property({ attribute: 'swatch-options', converter: listConverter }) swatchOptions: string[] = [];

  /** Swatch colours by option value (`{ Green: '#2f6f3e' }`); a value without one shows a neutral swatch. */
  @property({ attribute: false }) swatches: Readonly<Record<string, string>> = {};

  /** The warehouse cut-off ('HH:MM') that restock dates are counted from; 14:00 unless set. */
  @property() cutoff = '14:00';

  @query('slot') private slotEl?: HTMLSlotElement;

  readonly #announcer = new Announcer(this);
  #initialId?: string;

  /** The chosen variant. */
  get variant(): Variant | undefined {
    return this.product?.variants.find((v) => v.id === this.variantId);
  }

  /** The form this picker belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('product') || changed.has('variantId')) && this.product && !this.variant) {
      const linked = this.urlParam && !isServer ? new URL(location.href).searchParams.get(this.urlParam) : null;
      this.variantId = initialVariant(this.product, linked ?? this.variantId)?.id;
    }
    if (changed.has('product')) this.#initialId = this.variantId;
    if (changed.has('variantId')) this.internals?.setFormValue(this.variantId ?? null);
    const availability = this.variant ? variantAvailability(this.variant) : undefined;
    this.toggleState('sold-out', availability === 'sold-out');
    this.toggleState('backorder', availability === 'backorder');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('product') || changed.has('variantId')) this.#drive();
  }

  formResetCallback(): void {
    this.variantId = this.#initialId;
  }

  formStateRestoreCallback(state: string | null): void {
    if (state) this.variantId = state;
  }

  #choose(option: string, value: string) {
    const product = this.product;
    if (!product) return;
    const previous = this.variant;
    const next = selectOption(product, previous?.options ?? {}, option, value);
    if (!next || next.id === previous?.id) return;
    this.variantId = next.id;
    this.internals?.setFormValue(next.id);
    if (this.urlParam && !isServer) {
      const url = new URL(location.href);
      url.searchParams.set(this.urlParam, next.id);
      history.replaceState(history.state, '', url);
    }
    // The radio's name already says sold out or when it ships; the price is said only when it changes.
    if (previous && previous.price.amount !== next.price.amount) {
      this.#announcer.announce(productMessages[this.effectiveLocale].variantPrice(formatMoney(next.price, this.effectiveLocale)));
    }
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Hands the chosen variant to what is slotted (add to cart, store availability, delivery promise). */
  #drive = () => {
    const product = this.product;
    const variant = this.variant;
    if (!product || !variant || !this.slotEl) return;
    for (const root of this.slotEl.assignedElements({ flatten: true })) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (el.localName === 'sf-delivery-promise') {
          (el as HTMLElement & { stock?: unknown }).stock = { available: Math.max(0, variant.stock), restockDays: variant.restockDays ?? 0 };
        } else if ('variantId' in el && el !== this) {
          Object.assign(el, { product, variantId: variant.id });
        }
      }
    }
  };

  #statusText(status: OptionValueStatus, variant: Variant | undefined): string {
    const t = productMessages[this.effectiveLocale];
    if (status === 'unavailable') return t.notAvailable;
    if (status === 'sold-out') return t.soldOut;
    if (status === 'backorder' && variant) {
      const date = restockDispatchDate(variant, { now: this.currentTime(), timeZone: this.timeZone, cutoff: this.cutoff });
      return date ? t.shipsOn(formatDeliveryDate(date, this.effectiveLocale)) : t.soldOut;
    }
    return '';
  }

  #swatchStyle(value: string) {
    const colour = this.swatches[value];
    // Only a real colour reaches the custom property: shop data never writes other CSS.
    return colour && !isServer && CSS.supports('color', colour) ? styleMap({ '--_swatch': colour }) : nothing;
  }

  protected override render() {
    const product = this.product;
    if (!product) return html`${this.#announcer.render()}<slot></slot>`;
    const variant = this.variant;
    const selection = variant?.options ?? {};
    const options = productOptions(product);
    return html`
      ${options.map((option, i) => {
        const swatch = this.swatchOptions.includes(option.name);
        return html`<fieldset part="group">
          <legend part="legend">${option.name}${selection[option.name] ? html`: <span class="chosen">${selection[option.name]}</span>` : nothing}</legend>
          <div class="values">
            ${option.values.map((value) => {
              const status = optionValueStatus(product, selection, option.name, value);
              const target = status === 'unavailable' ? undefined : selectOption(product, selection, option.name, value);
              const note = this.#statusText(status, target);
              return html`<label part="value" class="${status}${swatch ? ' swatch' : ''}" title=${swatch ? value : nothing}>
                <input
                  type="radio"
                  name=${`option-${i}`}
                  .value=${value}
                  .checked=${live(selection[option.name] === value)}
                  @change=${() => this.#choose(option.name, value)}
                />
                <span class="face" style=${swatch ? this.#swatchStyle(value) : nothing} aria-hidden=${swatch ? 'true' : nothing}>${swatch ? nothing : value}</span>
                ${swatch ? html`<span class="visually-hidden">${value}</span>` : nothing}
                ${note ? html`<span class="visually-hidden">, ${note}</span>` : nothing}
              </label>`;
            })}
          </div>
        </fieldset>`;
      })}
      ${variant ? this.#renderSummary(variant) : nothing}
      ${this.#announcer.render()}
      <slot @slotchange=${this.#drive}></slot>
    `;
  }

  #renderSummary(variant: Variant) {
    const locale = this.effectiveLocale;
    const common = commonMessages[locale];
    const availability = variantAvailability(variant);
    const was = variant.compareAtPrice && variant.compareAtPrice.amount > variant.price.amount ? variant.compareAtPrice : undefined;
    return html`<div part="summary">
      <span part="price">${formatMoney(variant.price, locale)} ${was
        ? html`<s class="was"><span class="visually-hidden">${common.priceWas('')}</span>${formatMoney(was, locale)}</s>`
        : nothing}</span>
      <span part="stock" class=${availability === 'in-stock' ? '' : availability === 'backorder' ? 'later' : 'out'}>${availability === 'in-stock'
        ? common.inStock(variant.stock)
        : this.#statusText(availability, variant)}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-variant-picker': SfVariantPicker;
  }
}
