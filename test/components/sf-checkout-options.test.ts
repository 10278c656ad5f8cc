// What a page sets on <sf-checkout> and its shop: history and title only when asked for, and postal codes by the
// shop's shipping country or by the backend's own rule.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-checkout.js';
import type { SfCheckout } from '../../src/elements/sf-checkout/sf-checkout.js';
import type { LocalCommerceAdapter } from '../../src/adapters/local/local-adapter.js';
import { expectNoAxeViolations } from '../helpers/a11y.js';
import { testAdapter, uniqueKey } from '../helpers/shop.js';
import { atStep, field, fillContact, fillPayment, placeOrder, plain, submitStep, tabTo, typeInto } from '../helpers/checkout-journey.js';

const NOW = new Date('2026-03-10T09:00:00+02:00');

interface Setup {
  history?: boolean;
  country?: string;
  adapter?: LocalCommerceAdapter;
}

async function mount({ history = false, country, adapter = testAdapter() }: Setup = {}) {
  await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
  const shop = await fixture(html`<sf-shop .adapter=${adapter} locale="en" country=${country ?? 'FI'}>
    <sf-checkout storage-key=${uniqueKey('checkout-options')} .now=${NOW} ?history=${history}></sf-checkout>
  </sf-shop>`);
  const el = shop.querySelector('sf-checkout') as SfCheckout;
  await atStep(el, 'Contact details');
  return { el, adapter, root: el.shadowRoot! };
}

const checkoutEntry = () => (history.state as { sfCheckoutStep?: unknown } | null)?.sfCheckoutStep;
const error = (root: ShadowRoot, name: string) => plain(root.querySelector(`#e-${name}`)?.textContent) || null;

/** Types a postal code (over what is there) and leaves the field, so it is judged. */
async function enterPostalCode(el: SfCheckout, text: string) {
  field(el, 'postalCode').select();
  await typeInto(el, 'postalCode', text);
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
}

describe('<sf-checkout> history', () => {
  beforeEach(() => {
    document.title = 'Page title';
    history.replaceState(null, '', '#page');
  });

  it('writes neither history entries nor document.title by default', async () => {
    const { el } = await mount();
    await fillContact(el);
    expect(document.title, 'the page keeps its title').to.equal('Page title');
    expect(location.hash, 'and its URL').to.equal('#page');
    expect(checkoutEntry(), 'and its history state').to.equal(undefined);
    // Submitting with errors does not title the page either.
    await submitStep(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'the error summary shows');
    expect(document.title).to.equal('Page title');
  });

  it('with `history`, makes each step an entry and titles the page with the step', async () => {
    const { el } = await mount({ history: true });
    expect(document.title).to.equal('Checkout – Contact details');
    expect(checkoutEntry()).to.equal('contact');
    await fillContact(el);
    expect(location.hash).to.equal('#checkout/delivery');
    expect(checkoutEntry()).to.equal('delivery');
    expect(document.title).to.equal('Checkout – Delivery');
  });
});

describe('<sf-checkout> postal codes', () => {
  it("validates by the shop's country: a Swedish shop takes 123 45 and ships to SE", async () => {
    const { el, root, adapter } = await mount({ country: 'SE' });
    await fillContact(el);
    expect(plain(root.querySelector('#h-postalCode')?.textContent)).to.equal('5 digits, like 113 51.');
    expect(plain(root.textContent)).to.contain('We deliver within Sweden.');
    await typeInto(el, 'name', 'Astrid Lind');
    await typeInto(el, 'street', 'Drottninggatan 1');
    await enterPostalCode(el, '12 345');
    expect(error(root, 'postalCode')).to.equal('Error: Enter the postal code as 5 digits, like 113 51');
    await enterPostalCode(el, '123 45');
    expect(error(root, 'postalCode'), 'a Swedish postal code is accepted').to.equal(null);
    expect(field(el, 'postalCode').getAttribute('aria-invalid')).to.equal('false');
    await typeInto(el, 'city', 'Stockholm');
    await waitUntil(() => root.querySelector('input[name=deliveryMethod]'), 'delivery methods load');
    await tabTo(el, (a) => a.getAttribute('name') === 'deliveryMethod', 'the delivery methods');
    await sendKeys({ press: 'Space' });
    await expectNoAxeViolations(el);
    await submitStep(el);
    await atStep(el, 'Payment');
    await fillPayment(el, 'invoice');
    await placeOrder(el);
    await waitUntil(() => root.querySelector('sf-order-confirmation'), 'the order is placed');
    expect(adapter.orders()[0]!.shippingAddress).to.include({ postalCode: '123 45', country: 'SE' });
  });

  it("uses the adapter's postal code pattern over the country's rule", async () => {
    const adapter = testAdapter();
    // As VendureCommerceAdapter does with its `postalCodePattern` option.
    Object.assign(adapter, { addressRules: { postalCodePattern: /^\d{4}$/ } });
    const { el, root } = await mount({ adapter });
    await fillContact(el);
    expect(root.querySelector('#h-postalCode'), 'no Finnish hint for a rule the checkout cannot describe').to.equal(null);
    await enterPostalCode(el, '00100');
    expect(error(root, 'postalCode')).to.equal('Error: Check the postal code: it is not in the format the shop accepts');
    await enterPostalCode(el, '0150');
    expect(error(root, 'postalCode')).to.equal(null);
    await expectNoAxeViolations(el);
  });
});
