import type { CheckoutStep } from '../../core/checkout.js';
import { renderContact } from './steps/contact.js';
import type { renderDelivery } from './steps/delivery.js';
import type { renderPayment } from './steps/payment.js';
import type { renderReview } from './steps/review.js';

/** Each step's render function. */
export interface StepRenderers {
  contact: typeof renderContact;
  delivery: typeof renderDelivery;
  payment: typeof renderPayment;
  review: typeof renderReview;
}

/** The steps after the first load when they are reached (or prefetched): a page that only browses never pays for them. */
const LATER: { [S in Exclude<CheckoutStep, 'contact'>]: () => Promise<StepRenderers[S]> } = {
  delivery: () => import('./steps/delivery.js').then((m) => m.renderDelivery),
  payment: () => import('./steps/payment.js').then((m) => m.renderPayment),
  review: () => import('./steps/review.js').then((m) => m.renderReview),
};

/**
 * The checkout's steps, loaded on demand: the first step comes with the element, the others are fetched when the
 * shopper is about to reach them. A failed fetch (offline) is not remembered, so the next attempt fetches again.
 */
export class StepModules {
  #loaded: Partial<StepRenderers> = { contact: renderContact };
  #loading = new Map<CheckoutStep, Promise<boolean>>();

  /** The step's render function, when it is loaded. */
  get<S extends CheckoutStep>(step: S): StepRenderers[S] | undefined {
    return this.#loaded[step] as StepRenderers[S] | undefined;
  }

  /** Loads a step (once); resolves `false` when it could not be fetched. Never rejects. */
  load(step: CheckoutStep): Promise<boolean> {
    if (this.#loaded[step]) return Promise.resolve(true);
    let pending = this.#loading.get(step);
    if (!pending) {
      const loader = LATER[step as Exclude<CheckoutStep, 'contact'>] as () => Promise<StepRenderers[typeof step]>;
      pending = loader().then(
        (render) => {
          (this.#loaded as Record<CheckoutStep, unknown>)[step] = render;
          return true;
        },
        () => false,
      ).finally(() => this.#loading.delete(step));
      this.#loading.set(step, pending);
    }
    return pending;
  }
}
