import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { toCommerceError, type CommerceError } from '../../core/errors.js';
import type { Cart, DeliveryMethod, Order, PaymentMethod, PickupPoint } from '../../core/model.js';
import {
  blockingChanges, cartChanges, changedSinceReview, CHECKOUT_STEPS, checkoutTotals, completedSteps, deliveryPrice,
  formatPhone, isCheckoutStep, needsPickupPoint, nextStep, normalisePhone, reachableStep, snapshotCart, stepErrors,
  validateField, type CardDetails, type CartChange, type CheckoutDraft, type CheckoutField, type CheckoutStep,
  type FieldErrors,
} from '../../core/checkout.js';
import { CheckoutDraftStore, withIdempotencyKey } from '../../core/checkout-draft.js';
import { checkoutMessages, fieldErrorMessage, stepTitle } from '../../messages/checkout.js';
import { commonMessages } from '../../messages/common.js';
import { formatMoney } from '../../core/money.js';
import { cartToGa4, orderToGa4Purchase } from '../../services/telemetry/ga4.js';
import { CartController } from '../controllers/cart-controller.js';
import { CtaController } from '../controllers/cta-controller.js';
import { commerceContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { ctaStyles, focusRing, tokens, visuallyHidden } from '../base/styles.js';
import type { SfCheckoutStepRequestEvent } from '../events/index.js';
import { SfOrderPlacedEvent } from '../events/index.js';
import { checkoutStyles } from './sf-checkout.styles.js';
import { dateCheck, type PropertyCheck } from '../base/property-checks.js';

/** The fields of each step, in the order they appear (the error summary follows it). */
const STEP_FIELDS: Record<CheckoutStep, readonly CheckoutField[]> = {
  contact: ['email', 'phone'],
  delivery: ['name', 'street', 'postalCode', 'city', 'deliveryMethod', 'pickupPoint'],
  payment: ['paymentMethod', 'cardNumber', 'cardExpiry', 'cardCvc'],
  review: [],
};

/** Radio groups: the error summary links to their checked (or first) radio. */
const GROUPS: Partial<Record<CheckoutField, string>> = {
  deliveryMethod: 'deliveryMethod',
  pickupPoint: 'pickupPoint',
  paymentMethod: 'paymentMethod',
};

const CONFIRMATION = 'confirmation';

/**
 * The checkout over the shop's adapter, in four steps: contact (guest first), delivery (address, method with its
 * delivery promise, pickup point near the postcode), payment (the shop's provider element in the `payment` slot,
 * else the adapter's methods) and review, then Place order. What the shopper types is kept in sessionStorage
 * (never payment details); steps are history entries; placing the order is idempotent.
 *
 * @tag sf-checkout
 * @summary A guest-first, forgiving checkout in steps.
 * @slot payment - The shop's payment provider element; without it the adapter's payment methods are offered.
 * @csspart steps - The progress indicator.
 * @csspart heading - The step heading (focused on every step change).
 * @csspart error-summary - The list of errors shown on a submit with errors.
 * @csspart place-order - The Place order button.
 * @cssproperty --sf-checkout-max-width - Widest the checkout grows, default 40rem.
 * @cssproperty --sf-checkout-error-color - Colour of error messages and marks.
 * @cssproperty --sf-checkout-border-color - Input and option borders.
 * @cssproperty --sf-checkout-input-width - Widest a text input grows.
 * @cssstate placing - While the order is being placed.
 * @fires sf-order-placed - The backend confirmed the order; `event.order` is the order.
 * @since 0.1.0
 * @status experimental
 */
export class SfCheckout extends SfElement {
  static override styles = [tokens, focusRing, visuallyHidden, ctaStyles, checkoutStyles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    now: dateCheck,
  };

  /** sessionStorage key of the draft; two checkouts on one origin need different keys. */
  @property({ attribute: 'storage-key' }) storageKey = 'sf-checkout';

  /** URL fragment before the step name in history entries (`#checkout/delivery`). */
  @property({ attribute: 'hash-prefix' }) hashPrefix = '#checkout/';

  /** Turns off history entries for steps (e.g. when the page routes itself). */
  @property({ attribute: 'no-history', type: Boolean }) noHistory = false;

  /** Put before the step name in `document.title`; defaults to "Checkout – " in the shop's language. */
  @property({ attribute: 'title-prefix' }) titlePrefix?: string;

  /** Level of the step heading, to fit the page outline; sub-headings are one lower. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Payment method id sent with the order when the shop's provider element fills the `payment` slot. */
  @property({ attribute: 'payment-method' }) paymentMethod = '';

  /** The clock for delivery promises and card expiry (defaults to the real time). */
  @property({ attribute: false }) now?: Date;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  @state() protected draft: CheckoutDraft;
  /** Errors shown next to their fields. */
  @state() protected errors: FieldErrors = {};
  /** Fields listed in the error summary (after a submit with errors). */
  @state() protected summary: CheckoutField[] = [];
  @state() protected placing = false;
  @state() protected placeError: CommerceError | null = null;
  @state() protected changes: CartChange[] = [];
  @state() protected confirmAgain = false;
  @state() protected order: Order | null = null;
  @state() protected cardAgain = false;
  @state() protected hasSlottedPayment = false;

  #cart = new CartController(this);
  /** Continue and Place order follow the `sf-cta-color` experiment (tokens on the host); shown with the first CTA. */
  readonly #cta = new CtaController(this, { shownElement: () => this.renderRoot?.querySelector('.cta') });
  #store: CheckoutDraftStore;
  #internals = this.attachInternals();
  /** Card details live here only: never in the draft, storage, the order or an event. */
  #card: CardDetails = { number: '', expiry: '', cvc: '' };
  #cardDone = false;
  #dirty = new Set<CheckoutField>();
  #inFlight = false;
  #focusTarget: 'heading' | 'summary' | null = null;

  #methods = new Task(this, {
    task: async ([adapter], { signal }) => (adapter ? adapter.getDeliveryMethods({}, { signal }) : undefined),
    args: () => [this.adapter] as const,
  });

  #points = new Task(this, {
    task: async ([adapter, postalCode, methodId], { signal }) =>
      adapter && postalCode && methodId ? adapter.getPickupPoints({ postalCode, methodId }, { signal }) : undefined,
    args: () =>
      [
        this.adapter,
        /^\d{5}$/.test(this.draft.address.postalCode.trim()) ? this.draft.address.postalCode.trim() : '',
        needsPickupPoint(this.draft.deliveryKind) ? this.draft.deliveryMethodId : '',
      ] as const,
  });

  #payments = new Task(this, {
    task: async ([adapter], { signal }) => (adapter ? adapter.getPaymentMethods({ signal }) : undefined),
    args: () => [this.adapter] as const,
  });

  constructor() {
    super();
    this.#store = new CheckoutDraftStore(this.storageKey);
    this.draft = this.#store.load();
  }

  #popstate = (e: PopStateEvent) => {
    const requested = (e.state as { sfCheckoutStep?: unknown } | null)?.sfCheckoutStep;
    if (this.order || !isCheckoutStep(requested)) return;
    this.#go(requested, { push: false });
  };

  #pageshow = (e: PageTransitionEvent) => {
    // Restored from the back/forward cache: the cart may have changed in another tab meanwhile.
    if (e.persisted) void this.#cart.store?.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#store = new CheckoutDraftStore(this.storageKey);
    this.draft = this.#store.load();
    const fromHistory = this.noHistory ? undefined : (history.state as { sfCheckoutStep?: unknown } | null)?.sfCheckoutStep;
    if (fromHistory === CONFIRMATION) this.order = this.#store.loadPlacedOrder();
    else this.#store.clearPlacedOrder();
    if (!this.order) {
      const step = reachableStep(isCheckoutStep(fromHistory) ? fromHistory : this.draft.step, this.draft, null, this.#now());
      this.cardAgain = step === 'payment' && this.draft.paymentKind === 'card' && this.#requested(fromHistory) === 'review';
      this.#setDraft({ ...this.draft, step });
      this.#replaceHistory(step);
      if (step === 'review') void this.#openReview();
    }
    addEventListener('popstate', this.#popstate);
    addEventListener('pageshow', this.#pageshow);
    this.#updateTitle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#popstate);
    removeEventListener('pageshow', this.#pageshow);
  }

  /** The step on screen. */
  get step(): CheckoutStep {
    return this.draft.step;
  }

  /** Moves to a step the shopper may be on (an earlier one if a step before it is incomplete). */
  goToStep(step: CheckoutStep): void {
    this.#go(step);
  }

  #requested(value: unknown): CheckoutStep {
    return isCheckoutStep(value) ? value : this.draft.step;
  }

  #now(): Date {
    return this.now ?? new Date();
  }

  #cardOrNull(): CardDetails | null {
    return this.#cardDone ? this.#card : null;
  }

  #setDraft(draft: CheckoutDraft): void {
    this.draft = draft;
    this.#store.save(draft);
  }

  #replaceHistory(step: CheckoutStep | typeof CONFIRMATION): void {
    if (this.noHistory) return;
    const state = { ...(history.state as object | null), sfCheckoutStep: step };
    history.replaceState(state, '', `${this.hashPrefix}${step}`);
  }

  #go(requested: CheckoutStep, { push = true } = {}): void {
    const step = reachableStep(requested, this.draft, this.#cardOrNull(), this.#now());
    const changed = step !== this.draft.step;
    this.errors = {};
    this.summary = [];
    this.placeError = null;
    this.confirmAgain = false;
    if (step !== 'payment') this.cardAgain = false;
    this.#setDraft({ ...this.draft, step });
    if (!this.noHistory) {
      if (push && changed) history.pushState({ sfCheckoutStep: step }, '', `${this.hashPrefix}${step}`);
      else if (!push && step !== requested) this.#replaceHistory(step);
    }
    if (step === 'review') void this.#openReview();
    this.#focusTarget = 'heading';
    this.#updateTitle();
  }

  /** The review opens: one idempotency key for this order, the current cart, and what changed in it. */
  async #openReview(): Promise<void> {
    this.#setDraft(withIdempotencyKey(this.draft));
    const store = this.#cart.store;
    if (!store) return;
    await store.load();
    const cart = store.state.cart;
    if (!cart || this.draft.step !== 'review') return;
    this.changes = cartChanges(cart, this.draft.review);
    this.#setDraft({ ...this.draft, review: snapshotCart(cart) });
  }

  #updateTitle(): void {
    const t = checkoutMessages[this.effectiveLocale];
    const prefix = this.titlePrefix ?? `${t.checkout} – `;
    const name = this.order ? t.thanks : stepTitle(this.effectiveLocale, this.draft.step);
    document.title = `${this.summary.length ? t.errorTitle : ''}${prefix}${name}`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const cart = this.#cart.state.cart;
    if (cart && cart.lines.length > 0 && !this.draft.begun && !this.order) {
      // Not again when the shopper came from the drawer's or cart page's "Go to checkout", which reported it.
      if (this.#cart.store?.claimBeginCheckout() !== false) this.telemetry?.track('begin_checkout', cartToGa4(cart));
      this.#setDraft({ ...this.draft, begun: true });
    }
    if (changed.has('placing')) {
      try {
        if (this.placing) this.#internals.states.add('placing');
        else this.#internals.states.delete('placing');
      } catch {
        // Custom states are not supported everywhere; the button's own state says the same.
      }
    }
  }

  protected override updated(): void {
    const target = this.#focusTarget;
    if (!target) return;
    this.#focusTarget = null;
    const confirmation = this.renderRoot.querySelector('sf-order-confirmation');
    if (confirmation) {
      void confirmation.updateComplete.then(() => confirmation.focusHeading());
      return;
    }
    const el = this.renderRoot.querySelector<HTMLElement>(target === 'summary' ? '.error-summary' : '.step-heading');
    el?.focus();
  }

  // ---------------------------------------------------------------- field handling

  #value(field: CheckoutField): string {
    const d = this.draft;
    switch (field) {
      case 'email': return d.contact.email;
      case 'phone': return d.contact.phone;
      case 'name': return d.address.name;
      case 'street': return d.address.street;
      case 'postalCode': return d.address.postalCode;
      case 'city': return d.address.city;
      case 'cardNumber': return this.#card.number;
      case 'cardExpiry': return this.#card.expiry;
      case 'cardCvc': return this.#card.cvc;
      default: return '';
    }
  }

  #write(field: CheckoutField, value: string): void {
    const d = this.draft;
    if (field === 'email' || field === 'phone') this.#setDraft({ ...d, contact: { ...d.contact, [field]: value } });
    else if (field === 'name' || field === 'street' || field === 'postalCode' || field === 'city') {
      this.#setDraft({ ...d, address: { ...d.address, [field]: value } });
    } else if (field === 'cardNumber') this.#card = { ...this.#card, number: value };
    else if (field === 'cardExpiry') this.#card = { ...this.#card, expiry: value };
    else if (field === 'cardCvc') this.#card = { ...this.#card, cvc: value };
    if (field.startsWith('card')) this.#cardDone = false;
  }

  #validate(field: CheckoutField): void {
    const code = validateField(field, this.draft, this.#card, this.#now());
    if ((this.errors[field] ?? null) === code) return;
    const next = { ...this.errors };
    if (code) next[field] = code;
    else delete next[field];
    this.errors = next;
  }

  #onInput(field: CheckoutField, e: Event): void {
    this.#write(field, (e.target as HTMLInputElement).value);
    this.#dirty.add(field);
    // Never judge while the shopper types the first time; once an error shows, let it go as soon as it is fixed.
    if (field in this.errors) this.#validate(field);
  }

  #onBlur(field: CheckoutField): void {
    if (this.#dirty.has(field) || field in this.errors) this.#validate(field);
  }

  #choose(patch: Partial<CheckoutDraft>, field: CheckoutField): void {
    this.#setDraft({ ...this.draft, ...patch });
    if (field in this.errors) this.#validate(field);
  }

  #focusField(field: CheckoutField): void {
    const group = GROUPS[field];
    const target = group
      ? this.renderRoot.querySelector<HTMLElement>(`input[name=${group}]:checked`) ??
        this.renderRoot.querySelector<HTMLElement>(`input[name=${group}]`) ??
        this.renderRoot.querySelector<HTMLElement>(`#g-${field}`)
      : this.renderRoot.querySelector<HTMLElement>(`#f-${field}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  // ---------------------------------------------------------------- steps

  #submit(e: SubmitEvent): void {
    e.preventDefault();
    const step = this.draft.step;
    if (step === 'review') {
      void this.#placeOrder();
      return;
    }
    if (step === 'payment' && this.hasSlottedPayment) {
      // The provider's element collects its own details: the checkout only names the method in the order.
      this.#setDraft({ ...this.draft, paymentMethodId: this.paymentMethod, paymentKind: 'wallet' });
    }
    const errors = stepErrors(step, this.draft, this.#card, this.#now());
    const fields = STEP_FIELDS[step].filter((f) => f in errors);
    if (fields.length > 0) {
      this.errors = errors;
      this.summary = fields;
      this.#focusTarget = 'summary';
      this.#updateTitle();
      return;
    }
    const cart = this.#cart.state.cart;
    if (step === 'delivery') {
      const method = this.#methodById(this.draft.deliveryMethodId);
      if (cart && method) this.telemetry?.track('add_shipping_info', { ...cartToGa4(cart), shipping_tier: method.kind });
    }
    if (step === 'payment') {
      this.#cardDone = this.draft.paymentKind === 'card';
      this.cardAgain = false;
      if (cart) this.telemetry?.track('add_payment_info', { ...cartToGa4(cart), payment_type: this.draft.paymentKind || 'provider' });
    }
    this.#go(nextStep(step));
  }

  #methodById(id: string): DeliveryMethod | undefined {
    return this.#methods.value?.find((m) => m.id === id);
  }

  async #placeOrder(): Promise<void> {
    // One attempt at a time: double clicks and repeated Enter presses end here while one is under way.
    if (this.#inFlight) return;
    const adapter = this.adapter;
    const store = this.#cart.store;
    if (!adapter || !store) return;
    this.#inFlight = true;
    this.placing = true;
    this.placeError = null;
    try {
      const draft = withIdempotencyKey(this.draft);
      this.#setDraft(draft);
      await store.load();
      const cart = store.state.cart;
      const reviewed = draft.review;
      // The same cart as reviewed: make sure the shopper saw what they are about to pay. (Another cart id means a
      // previous attempt went through and emptied the cart: the retry below returns that order.)
      if (cart && reviewed && cart.id === reviewed.cartId) {
        const blocking = blockingChanges(cartChanges(cart, null));
        if (changedSinceReview(cart, reviewed) || blocking.length > 0) {
          this.#showChanges(cart);
          return;
        }
      }
      const phone = normalisePhone(draft.contact.phone) ?? draft.contact.phone.trim();
      const order = await adapter.placeOrder({
        idempotencyKey: draft.idempotencyKey!,
        contact: { email: draft.contact.email.trim(), phone },
        shippingAddress: {
          name: draft.address.name.trim(), street: draft.address.street.trim(),
          postalCode: draft.address.postalCode.trim(), city: draft.address.city.trim(), country: 'FI',
        },
        deliveryMethodId: draft.deliveryMethodId,
        ...(needsPickupPoint(draft.deliveryKind) ? { pickupPointId: draft.pickupPointId } : {}),
        paymentMethodId: draft.paymentMethodId,
        ...(reviewed ? { cartRevision: reviewed.revision } : {}),
      });
      this.#placed(order);
      void store.load();
    } catch (e) {
      const error = toCommerceError(e);
      if (error.code === 'cart-changed' || error.code === 'out-of-stock') {
        await store.load().catch(() => undefined);
        if (store.state.cart) this.#showChanges(store.state.cart);
      }
      this.placeError = error;
    } finally {
      this.#inFlight = false;
      this.placing = false;
    }
  }

  #showChanges(cart: Cart): void {
    this.changes = cartChanges(cart, this.draft.review);
    this.confirmAgain = true;
    this.#setDraft({ ...this.draft, review: snapshotCart(cart) });
    this.#focusTarget = 'heading';
  }

  #placed(order: Order): void {
    this.order = order;
    this.#card = { number: '', expiry: '', cvc: '' };
    this.#cardDone = false;
    // A new idempotency key only for the next order: the draft starts over.
    this.draft = this.#store.complete(order, this.draft);
    this.#replaceHistory(CONFIRMATION);
    this.telemetry?.track('purchase', orderToGa4Purchase(order));
    this.dispatchEvent(new SfOrderPlacedEvent(order));
    this.#focusTarget = 'heading';
    this.#updateTitle();
  }

  // ---------------------------------------------------------------- rendering

  #level(offset = 0): number {
    return Math.min(6, Math.max(1, this.headingLevel + offset));
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    if (this.order) {
      return html`<sf-order-confirmation
        .order=${this.order}
        .now=${this.now}
        heading-level=${this.headingLevel}
        locale=${this.locale ?? nothing}
        exportparts="heading"
      ></sf-order-confirmation>`;
    }
    const { cart, status, error } = this.#cart.state;
    if (!cart) {
      return status === 'error' && error
        ? html`<div class="status" role="alert"><p>${commonMessages[locale][`error.${error.code}`]}</p>
            <button type="button" class="link" @click=${() => void this.#cart.store?.load()}>${commonMessages[locale].retry}</button></div>`
        : html`<p class="status" role="status">${t.loadingCart}</p>`;
    }
    if (cart.lines.length === 0) return html`<p class="status" role="status">${t.emptyCart}</p>`;
    const step = this.draft.step;
    const now = this.#now();
    return html`
      <sf-checkout-steps
        part="steps"
        locale=${this.locale ?? nothing}
        .steps=${CHECKOUT_STEPS.map((id) => ({ id, label: stepTitle(locale, id) }))}
        .current=${step}
        .completed=${completedSteps(step, this.draft, this.#cardOrNull(), now)}
        @sf-checkout-step-request=${(e: SfCheckoutStepRequestEvent) => {
          if (isCheckoutStep(e.step)) this.#go(e.step);
        }}
      ></sf-checkout-steps>
      <form novalidate aria-labelledby="heading" @submit=${this.#submit}>
        <div role="heading" aria-level=${this.#level()} id="heading" class="step-heading" part="heading" tabindex="-1">
          ${stepTitle(locale, step)}
        </div>
        ${this.#renderSummary()}
        ${step === 'contact' ? this.#renderContact() : nothing}
        ${step === 'delivery' ? this.#renderDelivery(cart) : nothing}
        ${step === 'payment' ? this.#renderPayment() : nothing}
        ${step === 'review' ? this.#renderReview(cart) : html`<div class="actions">${this.#cta.reserve(html`<button class="cta" type="submit">${t.continue}</button>`)}</div>`}
      </form>
    `;
  }

  #renderSummary() {
    if (this.summary.length === 0) return nothing;
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
      <div role="heading" aria-level=${this.#level(1)} id="summary-title" class="sub-heading">${t.errorSummary}</div>
      <ul>
        ${this.summary.map((field) => {
          const code = this.errors[field];
          return code
            ? html`<li><a href="#f-${field}" @click=${(e: Event) => { e.preventDefault(); this.#focusField(field); }}>${fieldErrorMessage(locale, field, code)}</a></li>`
            : nothing;
        })}
      </ul>
    </div>`;
  }

  #input(
    field: CheckoutField,
    label: string,
    options: { type?: string; autocomplete: string; inputmode?: string; hint?: string; short?: boolean; spellcheck?: boolean },
  ): TemplateResult {
    const locale = this.effectiveLocale;
    const code = this.errors[field];
    const describedBy = [options.hint ? `h-${field}` : '', code ? `e-${field}` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${code ? 'invalid' : ''}">
      <label for="f-${field}">${label}</label>
      ${options.hint ? html`<p class="hint" id="h-${field}">${options.hint}</p>` : nothing}
      ${code
        ? html`<p class="error" id="e-${field}"><span class="visually-hidden">${checkoutMessages[locale].errorTitle}</span>${fieldErrorMessage(locale, field, code)}</p>`
        : nothing}
      <input
        id="f-${field}"
        name=${field}
        class=${options.short ? 'short' : ''}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete}
        inputmode=${options.inputmode ?? nothing}
        spellcheck=${options.spellcheck === false ? 'false' : nothing}
        required
        aria-invalid=${code ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${live(this.#value(field))}
        @input=${(e: Event) => this.#onInput(field, e)}
        @blur=${() => this.#onBlur(field)}
      />
    </div>`;
  }

  #groupError(field: CheckoutField) {
    const code = this.errors[field];
    const locale = this.effectiveLocale;
    return code
      ? html`<p class="error" id="e-${field}"><span class="visually-hidden">${checkoutMessages[locale].errorTitle}</span>${fieldErrorMessage(locale, field, code)}</p>`
      : nothing;
  }

  #renderContact() {
    const t = checkoutMessages[this.effectiveLocale];
    return html`
      <p class="note">${t.guest}</p>
      ${this.#input('email', t.email, { type: 'email', autocomplete: 'email', hint: t.emailHint, spellcheck: false })}
      ${this.#input('phone', t.phone, { type: 'tel', autocomplete: 'tel', hint: t.phoneHint })}
    `;
  }

  #renderDelivery(cart: Cart) {
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    const methods = this.#methods.value;
    const methodError = this.errors.deliveryMethod;
    return html`
      <fieldset>
        <legend>${t.address}</legend>
        ${this.#input('name', t.name, { autocomplete: 'name' })}
        ${this.#input('street', t.street, { autocomplete: 'street-address' })}
        ${this.#input('postalCode', t.postalCode, { autocomplete: 'postal-code', inputmode: 'numeric', hint: t.postalCodeHint, short: true })}
        ${this.#input('city', t.city, { autocomplete: 'address-level2' })}
        <p class="note">${t.countryNote}</p>
      </fieldset>
      <fieldset id="g-deliveryMethod" class=${methodError ? 'invalid' : ''} aria-describedby=${methodError ? 'e-deliveryMethod' : nothing}>
        <legend>${t.deliveryMethod}</legend>
        ${this.#groupError('deliveryMethod')}
        ${!methods
          ? html`<p class="status" role="status">${this.#methods.error ? commonMessages[locale][`error.${toCommerceError(this.#methods.error).code}`] : t.loadingMethods}</p>`
          : html`<div class="options">${methods.map((m) => this.#renderMethod(m, cart))}</div>`}
      </fieldset>
    `;
  }

  #renderMethod(m: DeliveryMethod, cart: Cart) {
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    const price = deliveryPrice(m, cart);
    const checked = this.draft.deliveryMethodId === m.id;
    const points = checked && needsPickupPoint(m.kind) ? this.#renderPoints(m) : nothing;
    return html`<div class="option">
        <input
          type="radio"
          name="deliveryMethod"
          id="m-${m.id}"
          value=${m.id}
          .checked=${live(checked)}
          aria-describedby="p-${m.id}"
          @change=${() => this.#choose({ deliveryMethodId: m.id, deliveryKind: m.kind, pickupPointId: '' }, 'deliveryMethod')}
        />
        <label for="m-${m.id}">${m.name} <span class="detail">(${m.carrier})</span></label>
        <span class="price">${price.amount === 0 ? t.free : formatMoney(price, locale)}</span>
        <sf-delivery-promise
          id="p-${m.id}"
          .method=${m}
          .now=${this.now}
          .placeName=${m.kind === 'home' ? undefined : this.#pointName(m)}
          locale=${this.locale ?? nothing}
        ></sf-delivery-promise>
      </div>
      ${points}`;
  }

  #pointName(m: DeliveryMethod): string | undefined {
    if (this.draft.deliveryMethodId !== m.id) return undefined;
    return this.#points.value?.find((p) => p.id === this.draft.pickupPointId)?.name;
  }

  #renderPoints(m: DeliveryMethod) {
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    const legend = m.kind === 'store' ? t.store : t.pickupPoint;
    const error = this.errors.pickupPoint;
    const postcodeOk = /^\d{5}$/.test(this.draft.address.postalCode.trim());
    const points: readonly PickupPoint[] | undefined = this.#points.value;
    const km = new Intl.NumberFormat(locale === 'en' ? 'en-FI' : `${locale}-FI`, { maximumFractionDigits: 1 });
    return html`<fieldset id="g-pickupPoint" class="nested ${error ? 'invalid' : ''}" aria-describedby=${error ? 'e-pickupPoint' : nothing}>
      <legend>${legend}</legend>
      ${this.#groupError('pickupPoint')}
      ${!postcodeOk
        ? html`<p class="note">${t.pointsNeedPostcode}</p>`
        : !points
          ? html`<p class="status" role="status">${this.#points.error ? commonMessages[locale][`error.${toCommerceError(this.#points.error).code}`] : commonMessages[locale].loading}</p>`
          : html`<div class="options">
              ${points.slice(0, 5).map(
                (p) => html`<div class="option">
                  <input
                    type="radio"
                    name="pickupPoint"
                    id="pp-${p.id}"
                    value=${p.id}
                    .checked=${live(this.draft.pickupPointId === p.id)}
                    aria-describedby="ppd-${p.id}"
                    @change=${() => this.#choose({ pickupPointId: p.id }, 'pickupPoint')}
                  />
                  <label for="pp-${p.id}">${p.name}</label>
                  <span class="detail" id="ppd-${p.id}">
                    ${p.address.street}, ${p.address.postalCode} ${p.address.city}${p.distanceMeters !== undefined ? html` · ${t.distance(km.format(p.distanceMeters / 1000))}` : nothing}${p.openingHours ? html` · ${p.openingHours}` : nothing}
                  </span>
                </div>`,
              )}
            </div>`}
    </fieldset>`;
  }

  #onSlotChange(e: Event): void {
    this.hasSlottedPayment = (e.target as HTMLSlotElement).assignedElements().length > 0;
  }

  #renderPayment() {
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    const methods: readonly PaymentMethod[] | undefined = this.#payments.value;
    const error = this.errors.paymentMethod;
    const slot = html`<slot name="payment" @slotchange=${this.#onSlotChange}></slot>`;
    if (this.hasSlottedPayment) return html`<p class="note">${t.slottedPayment}</p>${slot}`;
    return html`${slot}
      <fieldset id="g-paymentMethod" class=${error ? 'invalid' : ''} aria-describedby=${error ? 'e-paymentMethod' : nothing}>
        <legend>${t.payment}</legend>
        ${this.#groupError('paymentMethod')}
        ${!methods
          ? html`<p class="status" role="status">${this.#payments.error ? commonMessages[locale][`error.${toCommerceError(this.#payments.error).code}`] : commonMessages[locale].loading}</p>`
          : html`<div class="options">
              ${methods.map(
                (m) => html`<div class="option">
                    <input
                      type="radio"
                      name="paymentMethod"
                      id="pm-${m.id}"
                      value=${m.id}
                      .checked=${live(this.draft.paymentMethodId === m.id)}
                      @change=${() => {
                        this.#cardDone = false;
                        this.#choose({ paymentMethodId: m.id, paymentKind: m.kind }, 'paymentMethod');
                      }}
                    />
                    <label for="pm-${m.id}">${m.name}</label>
                  </div>
                  ${m.kind === 'card' && this.draft.paymentMethodId === m.id ? this.#renderCard() : nothing}`,
              )}
            </div>`}
      </fieldset>`;
  }

  #renderCard() {
    const t = checkoutMessages[this.effectiveLocale];
    return html`<div class="nested options">
      ${this.cardAgain ? html`<p class="notice" role="status">${t.cardAgain}</p>` : html`<p class="note">${t.cardHint}</p>`}
      ${this.#input('cardNumber', t.cardNumber, { autocomplete: 'cc-number', inputmode: 'numeric', spellcheck: false })}
      ${this.#input('cardExpiry', t.cardExpiry, { autocomplete: 'cc-exp', inputmode: 'numeric', short: true })}
      ${this.#input('cardCvc', t.cardCvc, { autocomplete: 'cc-csc', inputmode: 'numeric', short: true })}
    </div>`;
  }

  #renderChanges() {
    if (this.changes.length === 0) return nothing;
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    const m = (x: { amount: number; currency: string }) => formatMoney(x, locale);
    return html`<div class="notice" role="status">
      <div role="heading" aria-level=${this.#level(1)} class="sub-heading">${t.changesHeading}</div>
      <ul>
        ${this.changes.map((c) => {
          switch (c.kind) {
            case 'price-changed': return html`<li>${t.priceChanged(c.name, m(c.previous), m(c.current))}</li>`;
            case 'stock-reduced': return html`<li>${t.stockReduced(c.name, c.available)}</li>`;
            case 'unavailable': return html`<li>${t.unavailable(c.name)}</li>`;
            case 'removed': return html`<li>${t.removed(c.name)}</li>`;
            case 'added': return html`<li>${t.added(c.name)}</li>`;
          }
        })}
      </ul>
      ${this.confirmAgain ? html`<p>${t.confirmAgain}</p>` : nothing}
    </div>`;
  }

  #renderReview(cart: Cart) {
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    const c = commonMessages[locale];
    const d = this.draft;
    const method = this.#methodById(d.deliveryMethodId);
    const shipping = method ? deliveryPrice(method, cart) : null;
    const totals = checkoutTotals(cart, shipping);
    const point = this.#points.value?.find((p) => p.id === d.pickupPointId);
    const payment = this.#payments.value?.find((p) => p.id === d.paymentMethodId);
    const blocked = blockingChanges(cartChanges(cart, null)).length > 0;
    const edit = (step: CheckoutStep, what: string) =>
      html`<button type="button" class="link" @click=${() => this.#go(step)}>${t.change}<span class="visually-hidden"> ${what}</span></button>`;
    const section = (step: CheckoutStep, title: string, body: unknown) => html`<section aria-labelledby="s-${step}">
      <div class="section-head">
        <div role="heading" aria-level=${this.#level(1)} class="sub-heading" id="s-${step}">${title}</div>
        ${step === 'review' ? nothing : edit(step, title)}
      </div>
      ${body}
    </section>`;
    return html`
      ${this.#renderChanges()}
      ${section('review', t.yourOrder, html`<ul class="lines">
        ${cart.lines.map((l) => html`<li><span>${l.name}${l.variantName ? ` (${l.variantName})` : ''} · ${t.quantity(l.quantity)}</span><span class="price">${formatMoney(l.lineTotal, locale)}</span></li>`)}
      </ul>`)}
      ${section('contact', t.contactHeading, html`<p>${d.contact.email.trim()}</p><p>${formatPhone(normalisePhone(d.contact.phone) ?? d.contact.phone)}</p>`)}
      ${section('delivery', t.deliveryHeading, html`
        <p>${d.address.name}<br />${d.address.street}<br />${d.address.postalCode} ${d.address.city}</p>
        ${method ? html`<p>${method.name} (${method.carrier})${point ? html`: ${point.name}, ${point.address.street}, ${point.address.city}` : nothing}</p>
          <sf-delivery-promise .method=${method} .now=${this.now} .placeName=${point?.name} locale=${this.locale ?? nothing}></sf-delivery-promise>` : nothing}`)}
      ${section('payment', t.paymentHeading, html`<p>${payment?.name ?? (this.hasSlottedPayment ? t.slottedPayment : '')}</p>`)}
      <section aria-label=${t.total}>
        <dl class="totals">
          <div><dt>${t.subtotal}</dt><dd>${formatMoney(totals.subtotal, locale)}</dd></div>
          ${totals.discountTotal.amount > 0 ? html`<div><dt>${t.discounts}</dt><dd>−${formatMoney(totals.discountTotal, locale)}</dd></div>` : nothing}
          <div><dt>${t.shipping}</dt><dd>${totals.shipping ? (totals.shipping.amount === 0 ? t.free : formatMoney(totals.shipping, locale)) : '–'}</dd></div>
          <div class="grand"><dt>${t.total}</dt><dd>${formatMoney(totals.total, locale)}</dd></div>
        </dl>
        <p class="note">${t.vat(formatMoney(totals.vat, locale))}</p>
      </section>
      ${this.placeError
        ? html`<div class="notice" role="alert">
            <p><strong>${t.failed}</strong> ${c[`error.${this.placeError.code}`]}</p>
            ${this.placeError.retryable ? html`<p>${t.retrySafe}</p>` : nothing}
          </div>`
        : nothing}
      <p class="note" id="place-note">${t.placeNote(formatMoney(totals.total, locale))}</p>
      <div class="actions">
        ${this.#cta.reserve(html`<button
          class="cta"
          part="place-order"
          type="submit"
          aria-describedby="place-note"
          aria-disabled=${this.placing || blocked ? 'true' : 'false'}
          aria-busy=${this.placing ? 'true' : 'false'}
        >
          ${this.placing ? t.placing : this.placeError?.retryable ? c.retry : t.placeOrder}
        </button>`)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-checkout': SfCheckout;
  }
}
