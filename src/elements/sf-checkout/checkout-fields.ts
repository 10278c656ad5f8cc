import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  stepErrors, validateField, type AddressRules, type CardDetails, type CheckoutDraft, type CheckoutField,
  type CheckoutStep, type FieldErrors,
} from '../../core/checkout.js';

/** The fields of each step, in the order they appear (the error summary follows it). */
export const STEP_FIELDS: Readonly<Record<CheckoutStep, readonly CheckoutField[]>> = {
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

/**
 * The updates still to run of the custom elements rendered directly in `root` (not inside their own shadow roots),
 * e.g. the elements a step has just created.
 */
function pendingUpdates(root: HTMLElement | DocumentFragment): Promise<unknown>[] {
  const pending: Promise<unknown>[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element & { isUpdatePending?: boolean; updateComplete?: Promise<unknown> };
    if (el.localName.includes('-') && el.isUpdatePending && el.updateComplete) pending.push(el.updateComplete);
  }
  return pending;
}

const NO_CARD: CardDetails = { number: '', expiry: '', cvc: '' };

/** What the fields controller reads from and writes to its checkout. */
export interface CheckoutFieldsOptions {
  draft(): CheckoutDraft;
  setDraft(draft: CheckoutDraft): void;
  now(): Date;
  rules(): AddressRules;
}

/** Where focus goes once the next render is on screen. */
export type FocusTarget = 'heading' | 'summary';

/**
 * The checkout's field interaction state: values (card details only here, in memory), which fields the shopper
 * typed in, the errors shown next to fields and in the error summary, and where focus goes after a render.
 *
 * Validation is forgiving: never while the shopper types the first time, on blur for fields they typed in, on
 * submit for the whole step; once an error shows, every input re-checks it so it clears as soon as it is fixed.
 */
export class CheckoutFieldsController implements ReactiveController {
  /** Errors shown next to their fields. */
  errors: FieldErrors = {};
  /** Fields listed in the error summary (after a submit with errors), in the order they appear. */
  summary: readonly CheckoutField[] = [];

  readonly #host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly #options: CheckoutFieldsOptions;
  /** Card details live here only: never in the draft, storage, the order or an event. */
  #card: CardDetails = NO_CARD;
  /** True once the payment step was submitted with these card details. */
  #cardDone = false;
  #dirty = new Set<CheckoutField>();
  #focus: FocusTarget | null = null;
  #focused: Promise<void> = Promise.resolve();
  #generation = 0;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }, options: CheckoutFieldsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Card details for validation: what is typed now. */
  get card(): CardDetails {
    return this.#card;
  }

  /** The card details the payment step accepted, or null (steps after payment need them again). */
  get acceptedCard(): CardDetails | null {
    return this.#cardDone ? this.#card : null;
  }

  /** The payment step was submitted: the card details typed are the ones to use (when a card was chosen). */
  acceptCard(accepted: boolean): void {
    this.#cardDone = accepted;
  }

  /** Forgets the card details (after the order, or when another payment method is chosen). */
  forgetCard({ keepTyped = false } = {}): void {
    if (!keepTyped) this.#card = NO_CARD;
    this.#cardDone = false;
  }

  value(field: CheckoutField): string {
    const d = this.#options.draft();
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

  /** The shopper typed in a field. */
  input(field: CheckoutField, e: Event): void {
    this.#write(field, (e.target as HTMLInputElement).value);
    this.#dirty.add(field);
    // Never judge while the shopper types the first time; once an error shows, let it go as soon as it is fixed.
    if (field in this.errors) this.#validate(field);
  }

  /** The shopper left a field. */
  blur(field: CheckoutField): void {
    if (this.#dirty.has(field) || field in this.errors) this.#validate(field);
  }

  /** The shopper chose an option of a radio group. */
  choose(patch: Partial<CheckoutDraft>, field: CheckoutField): void {
    this.#options.setDraft({ ...this.#options.draft(), ...patch });
    if (field in this.errors) this.#validate(field);
  }

  /**
   * Checks a step on submit. With errors, shows them with the summary and moves focus to it; returns whether the
   * step is complete.
   */
  submit(step: CheckoutStep): boolean {
    const errors = stepErrors(step, this.#options.draft(), this.#card, this.#options.now(), this.#options.rules());
    const fields = STEP_FIELDS[step].filter((f) => f in errors);
    if (fields.length === 0) return true;
    this.errors = errors;
    this.summary = fields;
    this.focusAfterUpdate('summary');
    return false;
  }

  /** A new step: no errors shown yet. */
  reset(): void {
    if (Object.keys(this.errors).length === 0 && this.summary.length === 0) return;
    this.errors = {};
    this.summary = [];
    this.#host.requestUpdate();
  }

  /** Moves focus to the step heading or the error summary once the next render is on screen. */
  focusAfterUpdate(target: FocusTarget): void {
    this.#focus = target;
    this.#host.requestUpdate();
  }

  /** Focuses a field from the error summary: a radio group's checked (or first) radio, else the input. */
  focusField(field: CheckoutField): void {
    const root = this.#host.renderRoot;
    const group = GROUPS[field];
    const target = group
      ? root.querySelector<HTMLElement>(`input[name=${group}]:checked`) ??
        root.querySelector<HTMLElement>(`input[name=${group}]`) ??
        root.querySelector<HTMLElement>(`#g-${field}`)
      : root.querySelector<HTMLElement>(`#f-${field}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  /** Resolves once the focus asked for with `focusAfterUpdate` has moved (part of the checkout's updateComplete). */
  get focused(): Promise<void> {
    return this.#focused;
  }

  hostUpdated(): void {
    const target = this.#focus;
    if (!target) return;
    this.#focus = null;
    const root = this.#host.renderRoot;
    const confirmation = root.querySelector('sf-order-confirmation');
    if (confirmation) {
      // The element may still be on its way (loaded on demand): focus once it is defined and has rendered, the one
      // on screen then (an element replaced before its definition arrived is never upgraded).
      // Not part of updateComplete: offline, the definition may not arrive until the shopper retries.
      const generation = ++this.#generation;
      void customElements.whenDefined('sf-order-confirmation').then(async () => {
        const current = root.querySelector('sf-order-confirmation');
        if (!current || generation !== this.#generation || typeof current.focusHeading !== 'function') return;
        await current.updateComplete;
        current.focusHeading();
      });
      return;
    }
    // focus() makes the browser compute style and layout on the spot (and scroll the target into view). The step's
    // own elements (the steps indicator, a promise per delivery method) render in the microtasks after this one:
    // focusing now would lay the page out once without them and again for the frame. Focus once they have
    // rendered, still in this task, so that layout is the frame's only one.
    const selector = target === 'summary' ? '.error-summary' : '.step-heading';
    const pending = pendingUpdates(root);
    const generation = ++this.#generation;
    const focus = () => {
      // A later step change (or submit) asked for focus elsewhere meanwhile: that one wins.
      if (generation === this.#generation) root.querySelector<HTMLElement>(selector)?.focus();
    };
    if (pending.length === 0) {
      focus();
      return;
    }
    this.#focused = Promise.all(pending).then(focus, focus);
  }

  #write(field: CheckoutField, value: string): void {
    const d = this.#options.draft();
    if (field === 'email' || field === 'phone') this.#options.setDraft({ ...d, contact: { ...d.contact, [field]: value } });
    else if (field === 'name' || field === 'street' || field === 'postalCode' || field === 'city') {
      this.#options.setDraft({ ...d, address: { ...d.address, [field]: value } });
    } else if (field === 'cardNumber') this.#card = { ...this.#card, number: value };
    else if (field === 'cardExpiry') this.#card = { ...this.#card, expiry: value };
    else if (field === 'cardCvc') this.#card = { ...this.#card, cvc: value };
    if (field.startsWith('card')) this.#cardDone = false;
  }

  #validate(field: CheckoutField): void {
    const code = validateField(field, this.#options.draft(), this.#card, this.#options.now(), this.#options.rules());
    if ((this.errors[field] ?? null) === code) return;
    const next = { ...this.errors };
    if (code) next[field] = code;
    else delete next[field];
    this.errors = next;
    this.#host.requestUpdate();
  }
}
