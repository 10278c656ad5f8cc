import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';

/** Shopper-visible text with Intl's narrow spaces and runs of whitespace flattened. */
export const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

export const CARD = '4242424242424242';

const active = (el: SfCheckout) => el.shadowRoot!.activeElement as HTMLElement | null;
export const stepHeading = (el: SfCheckout) => plain(el.shadowRoot!.querySelector('.step-heading')?.textContent);
export const field = (el: SfCheckout, name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#f-${name}`)!;

/**
 * Keyboard-only walks through `<sf-checkout>`, shared by the checkout, Vendure and hardening tests.
 * Presses Tab (at most `maxTabs` times) until `predicate` holds for the focused element in the checkout's shadow root.
 */
export async function tabTo(el: SfCheckout, predicate: (a: HTMLElement) => boolean, what: string, maxTabs = 30) {
  for (let i = 0; i < maxTabs; i += 1) {
    const a = active(el);
    if (a && predicate(a)) return a;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

export async function typeInto(el: SfCheckout, name: string, text: string, maxTabs = 30) {
  await tabTo(el, (a) => a.id === `f-${name}`, name, maxTabs);
  await sendKeys({ type: text });
}

export async function atStep(el: SfCheckout, title: string, timeout = 5000) {
  await waitUntil(() => stepHeading(el) === title, `step "${title}" (now "${stepHeading(el)}")`, { timeout });
  await el.updateComplete;
}

export async function submitStep(el: SfCheckout) {
  await tabTo(el, (a) => a.getAttribute('type') === 'submit', 'Continue');
  await sendKeys({ press: 'Enter' });
}

export async function fillContact(el: SfCheckout) {
  await typeInto(el, 'email', 'aino@example.fi');
  await typeInto(el, 'phone', '040 123 4567');
  await sendKeys({ press: 'Enter' });
  await atStep(el, 'Delivery');
}

/** Types the address and picks the delivery method (and the nearest pickup point), staying on the step. */
export async function fillAddress(el: SfCheckout, method: 'home' | 'pickup-point' = 'home', maxTabs = 30) {
  await typeInto(el, 'name', 'Aino Virtanen', maxTabs);
  await typeInto(el, 'street', 'Mannerheimintie 1', maxTabs);
  await typeInto(el, 'postalCode', '00100', maxTabs);
  await typeInto(el, 'city', 'Helsinki', maxTabs);
  await waitUntil(() => el.shadowRoot!.querySelector('input[name=deliveryMethod]'), 'delivery methods load');
  await tabTo(el, (a) => a.getAttribute('name') === 'deliveryMethod', 'the delivery methods', maxTabs);
  if (method === 'home') {
    await sendKeys({ press: 'Space' });
  } else {
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.shadowRoot!.querySelector('input[name=pickupPoint]'), 'pickup points load');
    await tabTo(el, (a) => a.getAttribute('name') === 'pickupPoint', 'the pickup points', maxTabs);
    await sendKeys({ press: 'Space' });
  }
}

export async function fillDelivery(el: SfCheckout, method: 'home' | 'pickup-point' = 'home') {
  await fillAddress(el, method);
  await submitStep(el);
  await atStep(el, 'Payment');
}

export async function fillPayment(el: SfCheckout, kind: 'invoice' | 'card') {
  await waitUntil(() => el.shadowRoot!.querySelector('input[name=paymentMethod]'), 'payment methods load');
  await tabTo(el, (a) => a.getAttribute('name') === 'paymentMethod', 'the payment methods');
  if (kind === 'invoice') {
    await sendKeys({ press: 'Space' });
  } else {
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await typeInto(el, 'cardNumber', '4242 4242 4242 4242');
    await typeInto(el, 'cardExpiry', '12/30');
    await typeInto(el, 'cardCvc', '123');
  }
  await submitStep(el);
  await atStep(el, 'Review and place order');
  await waitUntil(() => el.shadowRoot!.querySelector('.lines li'), 'the review lists the lines');
}

export async function placeOrder(el: SfCheckout) {
  await tabTo(el, (a) => a.getAttribute('part') === 'place-order', 'Place order');
  await sendKeys({ press: 'Enter' });
}
