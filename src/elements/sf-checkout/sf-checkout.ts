import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { consume, ContextConsumer } from '@lit/context';
import type { CommerceAdapter } from '../../core/adapter.js';
import {
  addressRules, CHECKOUT_STEPS, completedSteps, emptyDraft, isCheckoutStep, nextStep, reachableStep,
  type AddressRules, type CheckoutDraft, type CheckoutStep,
} from '../../core/checkout.js';
import { CheckoutDraftStore } from '../../core/checkout-draft.js';
import type { Order } from '../../core/model.js';
import { checkoutMessages, stepTitle } from '../../messages/checkout.js';
import { hasMessages } from '../../messages/catalog.js';
import { commonMessages } from '../../messages/common.js';
import { cartToGa4 } from '../../services/telemetry/ga4.js';
import { CartController } from '../controllers/cart-controller.js';
import { CtaController } from '../controllers/cta-controller.js';
import { commerceContext, historyContext } from '../base/context.js';
import { SfElement } from '../base/sf-element.js';
import { ctaStyles } from '../base/styles.js';
import type { SfCheckoutStepRequestEvent } from '../events/index.js';
import { checkoutData } from './checkout-data.js';
import { CheckoutFieldsController } from './checkout-fields.js';
import { CheckoutHistoryController, CONFIRMATION } from './checkout-history.js';
import { OrderPlacementController } from './order-placement.js';
import { StepModules } from './step-modules.js';
import { errorSummary, type StepView } from './steps/view.js';
import { checkoutStyles } from './sf-checkout.styles.js';
import { dateCheck, type PropertyCheck } from '../base/property-checks.js';

/**
 * The checkout over the shop's adapter, in four steps: contact (guest first), delivery (address, method with its
 * delivery promise, pickup point near the postcode), payment (the shop's provider element in the `payment` slot,
 * else the adapter's methods) and review, then Place order. What the shopper types is kept in sessionStorage
 * (never payment details); placing the order is idempotent. Postal codes follow the shop's `country` (or the
 * adapter's own `addressRules`). With `history`, steps are history entries and the step is in `document.title`.
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
  static override styles = [SfElement.styles, ctaStyles, checkoutStyles];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    now: dateCheck,
  };

  /** sessionStorage key of the draft; two checkouts on one origin need different keys. */
  @property({ attribute: 'storage-key' }) storageKey = 'sf-checkout';

  /**
   * Makes each step a history entry (Back and Forward move between steps, a reload of the confirmation shows it
   * again) and writes the step to `document.title`. Off by default: the page's router and title stay the page's.
   */
  @property({ type: Boolean }) history = false;

  /** With `history`: URL fragment before the step name in history entries (`#checkout/delivery`). */
  @property({ attribute: 'hash-prefix' }) hashPrefix = '#checkout/';

  /** With `history`: put before the step name in `document.title`; defaults to "Checkout – " in the shop's language. */
  @property({ attribute: 'title-prefix' }) titlePrefix?: string;


  /** Payment method id sent with the order when the shop's provider element fills the `payment` slot. */
  @property({ attribute: 'payment-method' }) paymentMethod = '';

  /**
   * A fixed moment for delivery promises and card expiry.
   * @deprecated Set `clock` (from the base element) instead: `el.clock = new ManualClock(date)`. While set, it wins.
   */
  @property({ attribute: false }) now?: Date;

  @consume({ context: commerceContext, subscribe: true })
  protected adapter?: CommerceAdapter;

  @state() protected draft: CheckoutDraft = emptyDraft();
  @state() protected order: Order | null = null;
  @state() protected cardAgain = false;
  @state() protected hasSlottedPayment = false;

  #cart = new CartController(this);
  /** Continue and Place order follow the `sf-cta-color` experiment (tokens on the host); shown with the first CTA. */
  readonly #cta = new CtaController(this, { shownElement: () => this.renderRoot?.querySelector('.cta') });
  #store = new CheckoutDraftStore(this.storageKey);
  /** The shop's consent, through its history (`<sf-shop consent>`): whether details outlive a placed order. */
  readonly #shopper = new ContextConsumer(this, { context: historyContext, subscribe: true });
  readonly #setDraft = (draft: CheckoutDraft): void => {
    this.draft = draft;
    this.#store.save(draft);
  };

  readonly #fields = new CheckoutFieldsController(this, {
    draft: () => this.draft, setDraft: this.#setDraft, now: () => this.#now(), rules: () => this.#address,
  });

  readonly #history = new CheckoutHistoryController(this, {
    enabled: () => this.history, hashPrefix: () => this.hashPrefix,
    // Back or Forward onto a step; after the order, the confirmation stays.
    popped: (step) => this.order || this.#go(step, { push: false }),
  });

  readonly #placement = new OrderPlacementController(this, {
    adapter: () => this.adapter, cartStore: () => this.#cart.store, telemetry: () => this.telemetry,
    draft: () => this.draft, setDraft: this.#setDraft, country: () => this.#address.country,
    toggleState: (name, on) => this.toggleState(name, on),
    changed: () => this.#fields.focusAfterUpdate('heading'),
    placed: (order) => this.#placed(order),
  });

  /** The steps after the first are fetched as they are reached, and the next one while the shopper types. */
  readonly #steps = new StepModules();
  /** The step that could not be fetched (offline), offered again with a retry. */
  @state() protected stepLoadFailed: CheckoutStep | null = null;

  /**
   * Loads the confirmation when an order is about to be placed; set by `storefront-elements/define/sf-checkout`
   * (which registers `<sf-order-confirmation>` on demand). Resolves when the element is defined.
   */
  static loadConfirmation: () => Promise<unknown> = () => Promise.resolve();

  readonly #data = checkoutData(this, {
    adapter: () => this.adapter, serverMethods: () => this.serverData?.deliveryMethods, draft: () => this.draft, address: () => this.#address,
  });

  #pageshow = (e: PageTransitionEvent) => {
    // Restored from the back/forward cache: the cart may have changed in another tab meanwhile.
    if (e.persisted) void this.#cart.store?.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The draft lives in the shopper's sessionStorage: the server renders the first step, empty.
    if (isServer) return;
    this.#store = new CheckoutDraftStore(this.storageKey);
    this.draft = this.#store.load();
    const fromHistory = this.#history.current;
    if (fromHistory === CONFIRMATION) this.order = this.#store.loadPlacedOrder();
    else this.#store.clearPlacedOrder();
    if (!this.order) {
      const requested = isCheckoutStep(fromHistory) ? fromHistory : this.draft.step;
      const step = reachableStep(requested, this.draft, null, this.#now(), this.#address);
      this.cardAgain = step === 'payment' && this.draft.paymentKind === 'card' && requested === 'review';
      this.#setDraft({ ...this.draft, step });
      this.#history.replace(step);
      if (step === 'review') void this.#placement.openReview();
    }
    addEventListener('pageshow', this.#pageshow);
    this.#updateTitle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!isServer) removeEventListener('pageshow', this.#pageshow);
  }

  /** The step on screen. */
  get step(): CheckoutStep {
    return this.draft.step;
  }

  /** Moves to a step the shopper may be on (an earlier one if a step before it is incomplete). */
  goToStep(step: CheckoutStep): void {
    this.#go(step);
  }

  /** Shipping country and postal code rule: the shop's country, the adapter's own pattern when it has one. */
  get #address(): AddressRules {
    return addressRules(this.shop?.country ?? 'FI', this.adapter?.addressRules?.postalCodePattern);
  }

  #now(): Date {
    return this.now ?? this.currentTime();
  }

  #go(requested: CheckoutStep, { push = true } = {}): void {
    const step = reachableStep(requested, this.draft, this.#fields.acceptedCard, this.#now(), this.#address);
    if (!this.#steps.get(step)) {
      // The current step stays on screen until the next one has arrived: no blank or loading frame in between.
      const arriving = this.#steps.load(step);
      this.#arriving = arriving;
      void arriving.then((loaded) => {
        if (this.#arriving === arriving) this.#arriving = undefined;
        this.stepLoadFailed = loaded ? null : step;
        if (loaded) this.#go(requested, { push });
      });
      return;
    }
    this.stepLoadFailed = null;
    const changed = step !== this.draft.step;
    this.#fields.reset();
    this.#placement.reset();
    if (step !== 'payment') this.cardAgain = false;
    this.#setDraft({ ...this.draft, step });
    if (push && changed) this.#history.push(step);
    else if (!push && step !== requested) this.#history.replace(step);
    if (step === 'review') {
      void this.#placement.openReview();
      void (this.constructor as typeof SfCheckout).loadConfirmation();
    }
    this.#fields.focusAfterUpdate('heading');
    this.#updateTitle();
  }

  /** Fetches the step after the current one, once, while the shopper fills this one in. */
  #prefetch = (): void => {
    const next = nextStep(this.draft.step);
    if (next !== this.draft.step) void this.#steps.load(next);
  };

  /** The step the shopper asked for, while it is fetched (a prefetch of the next step is not waited for). */
  #arriving: Promise<boolean> | undefined;

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // A step on its way to the screen is part of the update the caller waits for; a prefetch is not: the step on
    // screen is complete while the next one downloads in the background.
    while (this.#arriving) {
      await this.#arriving;
      result = await super.getUpdateComplete();
    }
    // Focus moves to the new step's heading once the step's own elements have rendered (see the fields controller).
    await this.#fields.focused;
    return result;
  }

  #updateTitle(): void {
    // Before the first render the words may still be on their way: firstUpdated writes the title then.
    if (!hasMessages(this.effectiveLocale)) return;
    const t = checkoutMessages[this.effectiveLocale];
    const name = this.order ? t.thanks : stepTitle(this.effectiveLocale, this.draft.step);
    this.#history.title(`${this.#fields.summary.length ? t.errorTitle : ''}${this.titlePrefix ?? `${t.checkout} – `}${name}`);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.#updateTitle();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const cart = this.#cart.state.cart;
    // Checkout begins when the shopper sees it in the browser: a server render neither reports it nor saves a draft.
    if (!isServer && cart && cart.lines.length > 0 && !this.draft.begun && !this.order) {
      // Not again when the shopper came from the drawer's or cart page's "Go to checkout", which reported it.
      if (this.#cart.store?.claimBeginCheckout() !== false) this.telemetry?.track('begin_checkout', cartToGa4(cart));
      this.#setDraft({ ...this.draft, begun: true });
    }
  }

  #submit(e: SubmitEvent): void {
    e.preventDefault();
    const step = this.draft.step;
    if (step === 'review') {
      void this.#placement.place();
      return;
    }
    if (step === 'payment' && this.hasSlottedPayment) {
      // The provider's element collects its own details: the checkout only names the method in the order.
      this.#setDraft({ ...this.draft, paymentMethodId: this.paymentMethod, paymentKind: 'wallet' });
    }
    if (!this.#fields.submit(step)) {
      this.#updateTitle();
      return;
    }
    const cart = this.#cart.state.cart;
    if (step === 'delivery') {
      const method = this.#data.methods.value?.find((m) => m.id === this.draft.deliveryMethodId);
      if (cart && method) this.telemetry?.track('add_shipping_info', { ...cartToGa4(cart), shipping_tier: method.kind });
    }
    if (step === 'payment') {
      this.#fields.acceptCard(this.draft.paymentKind === 'card');
      this.cardAgain = false;
      if (cart) this.telemetry?.track('add_payment_info', { ...cartToGa4(cart), payment_type: this.draft.paymentKind || 'provider' });
    }
    this.#go(nextStep(step));
  }

  #placed(order: Order): void {
    this.order = order;
    this.#fields.forgetCard();
    // A new idempotency key only for the next order: the draft starts over, with the contact details and address
    // for the next checkout in this tab only as far as the shop's consent allows convenience storage.
    this.draft = this.#store.complete(order, this.draft, { keepDetails: (this.#shopper.value?.consent ?? 'none') !== 'none' });
    this.#history.replace(CONFIRMATION);
    this.#fields.focusAfterUpdate('heading');
    this.#updateTitle();
    // Fetched when the review opened; asked again in case that failed (offline then).
    void (this.constructor as typeof SfCheckout).loadConfirmation();
  }

  #view(): StepView {
    return {
      locale: this.effectiveLocale, localeAttribute: this.locale, now: this.now, draft: this.draft, fields: this.#fields,
      address: this.#address, level: (offset) => this.headingLevelAt(offset), go: (step) => this.#go(step),
    };
  }

  #onSlotChange = (e: Event): void => {
    this.hasSlottedPayment = (e.target as HTMLSlotElement).assignedElements().length > 0;
  };

  protected override render() {
    const locale = this.effectiveLocale;
    const t = checkoutMessages[locale];
    if (this.order) {
      return html`<sf-order-confirmation .order=${this.order} .now=${this.now} heading-level=${this.headingLevel}
        locale=${this.locale ?? nothing} exportparts="heading"></sf-order-confirmation>`;
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
    const view = this.#view();
    const cta = (button: TemplateResult) => this.#cta.reserve(button);
    const { methods, points, payments } = this.#data;
    const slotted = this.hasSlottedPayment;
    const steps = this.#steps;
    const render = {
      contact: () => steps.get('contact')?.(view),
      delivery: () => steps.get('delivery')?.(view, { cart, methods, points }),
      payment: () => steps.get('payment')?.(view, { methods: payments, slotted, cardAgain: this.cardAgain, onSlotChange: this.#onSlotChange }),
      review: () => steps.get('review')?.(view, { cart, methods, points, payments, placement: this.#placement, slotted, cta }),
    }[step];
    const body = render();
    if (!body) {
      // A restored draft opens on a later step: it arrives with the next update.
      void steps.load(step).then((loaded) => {
        this.stepLoadFailed = loaded ? null : step;
        this.requestUpdate();
      });
      if (this.stepLoadFailed !== step) return html`<p class="status" role="status">${commonMessages[locale].loading}</p>`;
    }
    return html`
      <sf-checkout-steps
        part="steps"
        locale=${this.locale ?? nothing}
        .steps=${CHECKOUT_STEPS.map((id) => ({ id, label: stepTitle(locale, id) }))}
        .current=${step}
        .completed=${completedSteps(step, this.draft, this.#fields.acceptedCard, this.#now(), this.#address)}
        @sf-checkout-step-request=${(e: SfCheckoutStepRequestEvent) => {
          if (isCheckoutStep(e.step)) this.#go(e.step);
        }}
      ></sf-checkout-steps>
      ${keyed(step, html`<form novalidate aria-labelledby="heading" @submit=${this.#submit} @input=${this.#prefetch} @focusin=${this.#prefetch}>
        <div role="heading" aria-level=${this.headingLevelAt()} id="heading" class="step-heading" part="heading" tabindex="-1">
          ${stepTitle(locale, step)}
        </div>
        ${errorSummary(view)}
        ${this.stepLoadFailed
          ? html`<div class="status" role="alert"><p>${commonMessages[locale]['error.network']}</p>
              <button type="button" class="link" @click=${() => this.#go(this.stepLoadFailed ?? step)}>${commonMessages[locale].retry}</button></div>`
          : nothing}
        ${body ?? nothing}
        ${step === 'review' ? nothing : html`<div class="actions">${cta(html`<button class="cta" type="submit">${t.continue}</button>`)}</div>`}
      </form>`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-checkout': SfCheckout;
  }
}
