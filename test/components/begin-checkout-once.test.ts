import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sf-shop.js';
import '../../src/define/sf-cart-drawer.js';
import '../../src/define/sf-checkout.js';
import type { SfShop } from '../../src/elements/sf-shop/sf-shop.js';
import type { SfCartDrawer } from '../../src/elements/sf-cart-drawer/sf-cart-drawer.js';
import type { TelemetryService } from '../../src/services/telemetry/types.js';
import { testAdapter, uniqueKey } from '../helpers/shop.js';

// GA4 funnels count begin_checkout once per checkout: entering from the drawer and then opening the checkout
// must not report it twice, and a new cart after an order begins a new checkout.
describe('begin_checkout', () => {
  it('is reported once when the shopper goes from the drawer to the checkout', async () => {
    const names: string[] = [];
    const telemetry: TelemetryService = { track: (name) => void names.push(name) };
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter} .telemetry=${telemetry} locale="en">
      <sf-cart-drawer checkout-href="#checkout"></sf-cart-drawer>
    </sf-shop>`);
    await waitUntil(() => shop.cart?.state.status === 'ready', 'cart loads');
    const drawer = shop.querySelector('sf-cart-drawer') as SfCartDrawer;
    drawer.addEventListener('sf-checkout-request', (e) => e.preventDefault());
    drawer.show();
    await waitUntil(() => drawer.shadowRoot!.querySelector('[part=checkout-button]'), 'drawer shows the CTA');
    (drawer.shadowRoot!.querySelector('[part=checkout-button]') as HTMLElement).click();
    expect(names.filter((n) => n === 'begin_checkout')).to.have.length(1);
    const checkout = document.createElement('sf-checkout');
    checkout.setAttribute('storage-key', uniqueKey('checkout'));
    shop.append(checkout);
    await waitUntil(() => checkout.shadowRoot?.querySelector('form'), 'checkout renders');
    expect(names.filter((n) => n === 'begin_checkout'), 'not again from the checkout').to.have.length(1);
  });

  it('is claimed once per cart by the shared store', async () => {
    const adapter = testAdapter();
    await adapter.addLine({ productId: 'light-set', variantId: 'light-set-default', quantity: 1 });
    const shop = await fixture<SfShop>(html`<sf-shop .adapter=${adapter}></sf-shop>`);
    await waitUntil(() => shop.cart, 'store');
    await shop.cart!.load();
    expect(shop.cart!.claimBeginCheckout()).to.equal(true);
    expect(shop.cart!.claimBeginCheckout()).to.equal(false);
  });
});
