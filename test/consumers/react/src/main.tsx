import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'storefront-elements/define';
import 'storefront-elements/react';
import { LocalCommerceAdapter } from 'storefront-elements/local';
import type { SfCartChangeEvent } from 'storefront-elements';

const adapter = new LocalCommerceAdapter();

function Shop() {
  const [lines, setLines] = useState(0);
  return (
    <sf-shop adapter={adapter} locale="en">
      <p role="status">Lines in cart: {lines}</p>
      <sf-product-list
        add-to-cart
        category="helmets"
        onsf-cart-change={(event: SfCartChangeEvent) => setLines(event.cart.lines.length)}
      />
    </sf-shop>
  );
}

createRoot(document.getElementById('root')!).render(<Shop />);
