import { discover } from 'storefront-elements/autoloader';
import { LocalCommerceAdapter } from 'storefront-elements/local';

// Typed by the autoloader entry alone, before the element is defined: the property waits for the upgrade.
const shop = document.querySelector('sf-shop')!;
shop.adapter = new LocalCommerceAdapter();
shop.addEventListener('sf-cart-change', (event) => {
  console.log('items in cart:', event.cart.lines.length);
});
// Settles once every kit element on the page is defined.
void discover().then(() => {
  document.body.dataset.defined = String(customElements.get('sf-shop') !== undefined);
});
