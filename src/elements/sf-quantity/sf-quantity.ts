import { css, html, isServer, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { checkQuantity } from '../../core/cart.js';
import { cartMessages } from '../../messages/cart.js';
import { SfElement } from '../base/sf-element.js';
import { safeUrl } from '../../core/url.js';
import { Announcer } from '../controllers/announcer.js';
import { oneOfCheck, type PropertyCheck } from '../base/property-checks.js';
import {
  getFormValidity, getFormValue, mixinFormAssociated, resetFormValue, restoreFormValue, updateFormValue, type FormValidity,
} from '../base/form-associated.js';

/**
 * A quantity control: a typed input with − and + buttons that respects min, max (stock) and step. A typed value
 * that is not a whole number in range (garbage, a negative, a decimal, a huge number) is corrected to the nearest
 * allowed quantity with a visible message when committed (Enter or leaving the field): it never becomes zero, so a
 * typo never empties a cart. It takes part in forms like a native input: `name`, `form`, `labels` (a `<label for>`
 * focuses it), validity (a range error above `max`, `setCustomValidity`), `form.reset()` back to the default value
 * (the `value` attribute, else the first value), a disabled `<fieldset>`, and state restore. The form value is
 * updated before `input` and `change` fire.
 *
 * When the shopper changes the value (a step, a committed typed value), the new value is announced through a polite
 * live region of its own ("Aero Helmet: quantity 3."), unless a correction message already says it. With `announce`
 * `auto` (the default) it stays quiet inside `<sf-cart>` or `<sf-cart-drawer>`, which announce the saved quantity
 * themselves; `on` and `off` decide it outright. A value set by the page is never announced.
 *
 * With `form-action` (a server-rendered cart page), the control also works before or without JavaScript: − and +
 * post `quantity` (the value one step away) and Enter in the field posts the typed `quantity`, each with the
 * `formFields` (e.g. the cart line's id), to that URL. Once the element runs it handles them itself and posts nothing.
 *
 * @tag sf-quantity
 * @summary A form-associated quantity stepper with a typed input.
 * @fires input - While the value changes (each step, each typed keystroke).
 * @fires change - When a new value is committed: a step, Enter, or leaving the field.
 * @csspart decrease - The − button.
 * @csspart increase - The + button.
 * @csspart input - The typed input.
 * @csspart message - The correction message under the control.
 * @cssproperty --sf-quantity-size - Height of the buttons and input, default 2.75rem.
 * @cssproperty --sf-quantity-border-color - Border colour.
 * @cssproperty --sf-quantity-radius - Corner radius.
 * @since 0.1.0
 * @status experimental
 */
export class SfQuantity extends mixinFormAssociated(SfElement) {
  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    announce: oneOfCheck(['auto', 'on', 'off']),
    formFields: {
      fallback: undefined,
      check: (v) => (v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v)
        && Object.entries(v).every(([name, value]) => /^[\w-]{1,32}$/.test(name) && typeof value === 'string'))
        ? undefined
        : 'is not a map of field names (letters, digits, _ and -) to strings'),
    },
  };

  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: inline-block;
        --_size: var(--sf-quantity-size, 2.75rem);
      }
      /* The no-JavaScript forms add no box: the control lays out as it would without them. */
      form {
        display: contents;
        border-radius: inherit;
      }
      .control {
        display: inline-flex;
        align-items: stretch;
        border: 1px solid var(--sf-quantity-border-color, var(--_sf-color-border));
        border-radius: var(--sf-quantity-radius, var(--_sf-radius-m));
        background: var(--_sf-color-surface);
      }
      button {
        inline-size: var(--_size);
        min-block-size: var(--_size);
        border: 0;
        background: transparent;
        color: inherit;
        font: inherit;
        font-size: 1.25rem;
        line-height: 1;
        cursor: pointer;
        border-radius: inherit;
      }
      button[aria-disabled='true'] {
        color: var(--_sf-color-text-muted);
        cursor: not-allowed;
      }
      input {
        inline-size: 3.5ch;
        box-sizing: content-box;
        padding: 0 0.25rem;
        border: 0;
        border-inline: 1px solid var(--sf-quantity-border-color, var(--_sf-color-border));
        background: transparent;
        color: inherit;
        font: inherit;
        text-align: center;
      }
      [part='message'] {
        display: block;
        margin: var(--_sf-space-1) 0 0;
        color: var(--_sf-color-danger);
        font-size: 0.875rem;
      }
      :host(:disabled) .control {
        opacity: 0.6;
      }
    `,
  ];

  /** The quantity. */
  @property({ type: Number }) value = 1;

  /** Smallest quantity (never below 1: removing a line is a separate action). */
  @property({ type: Number }) min = 1;

  /** Largest quantity, e.g. the stock. */
  @property({ type: Number }) max = 99;

  /** Step between quantities (e.g. sold in pairs). */
  @property({ type: Number }) step = 1;

  /** The item the quantity is of: completes the accessible names ("Quantity, Aero Helmet"). */
  @property({ attribute: 'item-name' }) itemName = '';

  /** A visible label text instead of the default "Quantity"; the label is visually hidden unless `show-label`. */
  @property() label = '';

  /** Shows the label above the control. */
  @property({ attribute: 'show-label', type: Boolean, reflect: true }) showLabel = false;

  /**
   * Whether a value the shopper sets is announced by this control: `auto` (default: yes, except inside
   * `<sf-cart>`/`<sf-cart-drawer>`, which announce it themselves), `on`, or `off`.
   */
  @property() announce: 'auto' | 'on' | 'off' = 'auto';

  /**
   * Where the control posts without JavaScript (see above); through the kit's URL policy. Unset (default): no forms.
   */
  @property({ attribute: 'form-action' }) formAction?: string;

  /** Hidden fields posted with the quantity without JavaScript (names of letters, digits, `_`, `-`). */
  @property({ attribute: false }) formFields?: Readonly<Record<string, string>>;

  /** The last correction, shown under the control. */
  @state() protected message = '';

  /** What the shopper is typing, until committed. */
  @state() protected draft: string | null = null;

  @query('#input') protected input?: HTMLInputElement;

  #defaultValue: number | undefined;
  readonly #announcer = new Announcer(this);
  /** Inside a cart element that announces quantity changes itself (found when connected). */
  #inCart = false;

  /** Whether this control announces the values the shopper sets (see `announce`). */
  get #announces(): boolean {
    return this.announce === 'on' || (this.announce !== 'off' && !this.#inCart);
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#defaultValue ??= this.value;
    this.#inCart = false;
    // Up through shadow roots too: the cart elements render their quantity controls in their own shadow root.
    for (let node: Node | null = this.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node instanceof Element && (node.localName === 'sf-cart' || node.localName === 'sf-cart-drawer')) {
        this.#inCart = true;
        break;
      }
    }
  }

  override [getFormValue](): string {
    return String(this.value);
  }

  override [getFormValidity](): FormValidity | null {
    const { max } = this.#limits();
    if (this.value <= max) return null;
    return { flags: { rangeOverflow: true }, message: cartMessages[this.effectiveLocale].overMax(max), anchor: this.input };
  }

  override [resetFormValue](): void {
    // The `value` attribute is the default, as on a native input; a value set only as a property: the first one.
    const attribute = Number(this.getAttribute('value'));
    this.value = this.hasAttribute('value') && Number.isSafeInteger(attribute) ? attribute : this.#defaultValue ?? this.#limits().min;
    this.draft = null;
    this.message = '';
  }

  override [restoreFormValue](state: string | File | FormData | null): void {
    const n = Number(state);
    if (typeof state === 'string' && Number.isSafeInteger(n) && n > 0) this.value = n;
  }

  /** Disabled itself or by a disabled `<fieldset>`; on the server (no selector engine) by its own attribute only. */
  get #disabled(): boolean {
    return isServer ? this.disabled : this.matches(':disabled');
  }

  protected override render() {
    const t = cartMessages[this.effectiveLocale];
    const { min, max, step } = this.#limits();
    const atMin = this.#disabled || this.value - step < min;
    const atMax = this.#disabled || this.value + step > max;
    const label = this.label || (this.itemName ? t.quantityOf(this.itemName) : t.quantity);
    const overMax = this.value > max ? t.overMax(max) : '';
    return html`
      <label for="input" class=${this.showLabel ? '' : 'visually-hidden'}>${label}</label>
      <div class="control">${this.#forms(html`<button
          part="decrease"
          type=${this.#action ? 'submit' : 'button'}
          aria-label=${t.decrease(this.itemName)}
          aria-disabled=${atMin ? 'true' : 'false'}
          @click=${(e: Event) => this.#onStep(e, -1)}
        >−</button>`, html`<input
          part="input"
          id="input"
          name=${this.#action ? 'quantity' : nothing}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          enterkeyhint="done"
          .value=${this.draft ?? String(this.value)}
          value=${String(this.value)}
          ?disabled=${this.#disabled}
          aria-describedby="message"
          aria-invalid=${this.value > max ? 'true' : 'false'}
          @input=${this.#onInput}
          @change=${this.#commit}
          @blur=${this.#commit}
          @keydown=${this.#onKeydown}
        />`, html`<button
          part="increase"
          type=${this.#action ? 'submit' : 'button'}
          aria-label=${t.increase(this.itemName)}
          aria-disabled=${atMax ? 'true' : 'false'}
          @click=${(e: Event) => this.#onStep(e, 1)}
        >+</button>`)}</div>
      <span part="message" id="message" role="status">${this.message || overMax || nothing}</span>
      ${this.#announces ? this.#announcer.render() : nothing}
    `;
  }

  /** The no-JavaScript forms' action, if any. */
  get #action(): string | undefined {
    return this.formAction ? safeUrl(this.formAction, { use: 'navigation' }) : undefined;
  }

  /** The three parts, each in a form of its own when there is an action: −, the field (Enter posts it) and +. */
  #forms(decrease: unknown, input: unknown, increase: unknown) {
    const action = this.#action;
    if (!action) return html`${decrease}${input}${increase}`;
    const { step } = this.#limits();
    const given: unknown = this.formFields;
    const fields = Object.entries(given && typeof given === 'object' && !Array.isArray(given) ? given : {}).filter(([name, v]) => /^[\w-]{1,32}$/.test(name) && name !== 'quantity' && typeof v === 'string');
    const hidden = fields.map(([name, v]) => html`<input type="hidden" name=${name} value=${v} />`);
    return html`<form method="post" action=${action}>${hidden}<input type="hidden" name="quantity" value=${String(Math.max(0, this.value - step))} />${decrease}</form
      ><form method="post" action=${action}>${hidden}${input}</form
      ><form method="post" action=${action}>${hidden}<input type="hidden" name="quantity" value=${String(this.value + step)} />${increase}</form>`;
  }

  /** − or +: stepped here; the button's form (without JavaScript only) is not posted. */
  #onStep(e: Event, direction: 1 | -1): void {
    e.preventDefault();
    this.#step(direction);
  }

  #limits(): { min: number; max: number; step: number } {
    const min = Math.max(1, Math.floor(this.min) || 1);
    return { min, max: Math.max(min, Math.floor(this.max) || min), step: Math.max(1, Math.floor(this.step) || 1) };
  }

  #step(direction: 1 | -1): void {
    if (this.#disabled) return;
    const { min, max, step } = this.#limits();
    const next = this.value + direction * step;
    if (next < min || next > max) return;
    this.draft = null;
    this.message = '';
    this.#setValue(next);
  }

  #onInput = (e: Event) => {
    e.stopPropagation();
    this.draft = (e.target as HTMLInputElement).value;
    this.dispatchEvent(new Event('input', { bubbles: true }));
  };

  #onKeydown = (e: KeyboardEvent) => {
    const { step } = this.#limits();
    if (e.key === 'Enter') {
      // Commit here: a form around the control must never be submitted with a half-typed quantity.
      e.preventDefault();
      this.#commit();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      this.#commit();
      if (this.value + step <= this.#limits().max) this.#step(1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.#commit();
      this.#step(-1);
    } else if (e.key === 'Escape' && this.draft !== null) {
      this.draft = null;
    }
  };

  #commit = (e?: Event) => {
    if (e?.type === 'change') e.stopPropagation();
    if (this.draft === null) return;
    const t = cartMessages[this.effectiveLocale];
    const limits = this.#limits();
    const result = checkQuantity(this.draft, limits, Math.min(this.value, limits.max));
    this.draft = null;
    switch (result.problem) {
      case null:
        this.message = '';
        break;
      case 'not-a-number':
        this.message = t['quantity.not-a-number'](result.value);
        break;
      case 'below-min':
        this.message = t['quantity.below-min'](limits.min);
        break;
      case 'above-max':
        this.message = t['quantity.above-max'](result.value);
        break;
      case 'not-a-step':
        this.message = t['quantity.not-a-step'](limits.step, result.value);
        break;
    }
    if (result.value !== this.value) this.#setValue(result.value);
    else if (this.input) this.input.value = String(this.value);
  };

  #setValue(value: number): void {
    this.value = value;
    // A correction message already says the value it set.
    if (this.#announces && !this.message) {
      const t = cartMessages[this.effectiveLocale];
      this.#announcer.announce(this.itemName ? t.quantitySet(this.itemName, value) : t.quantityNow(value));
    }
    // The form sees the new value before anyone hears of it.
    this[updateFormValue]();
    this.dispatchEvent(new Event('input', { bubbles: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-quantity': SfQuantity;
  }
}
