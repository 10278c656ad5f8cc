// #region readme
import { discover } from 'storefront-elements/autoloader';
import { LocalCommerceAdapter } from 'storefront-elements/local';

// Typed already (the entry carries the element types), and safe before the element is defined: it takes the
// property when it upgrades.
const shop = document.querySelector('sf-shop')!;
shop.adapter = new LocalCommerceAdapter();
shop.addEventListener('sf-cart-change', (event) => {
  console.log('items in cart:', event.cart.lines.length);
});

// Optional: wait until every kit element on the page is defined.
await discover();
// #endregion
document.body.dataset.defined = String(customElements.get('sf-shop') !== undefined);
