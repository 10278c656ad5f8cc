import 'storefront-elements/define';
import { LocalCommerceAdapter } from 'storefront-elements/local';

const shop = document.querySelector('sf-shop')!;
shop.adapter = new LocalCommerceAdapter();
shop.addEventListener('sf-cart-change', (event) => {
  console.log('items in cart:', event.cart.lines.length);
});
