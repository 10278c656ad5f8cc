import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { CommerceAdapter } from '../../core/adapter.js';
import { needsPickupPoint, postalCodeOrNull, type AddressRules, type CheckoutDraft } from '../../core/checkout.js';
import type { DeliveryMethod } from '../../core/model.js';

/** What the checkout's loads depend on. */
export interface CheckoutDataSource {
  adapter(): CommerceAdapter | undefined;
  /** Delivery methods the server already loaded (`<sf-shop snapshot>`), used instead of loading them. */
  serverMethods(): readonly DeliveryMethod[] | undefined;
  draft(): CheckoutDraft;
  address(): AddressRules;
}

/**
 * The lists the checkout offers, each a `Task` that reloads when what it depends on changes: delivery and payment
 * methods with the adapter, pickup points once the postal code is valid by the shipping country's rule and a
 * method that needs one is chosen.
 */
export function checkoutData(host: ReactiveControllerHost, source: CheckoutDataSource) {
  return {
    methods: new Task(host, {
      task: async ([adapter, loaded], { signal }) => loaded ?? (adapter ? adapter.getDeliveryMethods({}, { signal }) : undefined),
      args: () => {
        const loaded = source.serverMethods();
        return [loaded ? undefined : source.adapter(), loaded] as const;
      },
    }),
    points: new Task(host, {
      task: async ([adapter, postalCode, methodId], { signal }) =>
        adapter && postalCode && methodId ? adapter.getPickupPoints({ postalCode, methodId }, { signal }) : undefined,
      args: () => {
        const draft = source.draft();
        return [
          source.adapter(),
          postalCodeOrNull(draft.address.postalCode, source.address()) ?? '',
          needsPickupPoint(draft.deliveryKind) ? draft.deliveryMethodId : '',
        ] as const;
      },
    }),
    payments: new Task(host, {
      task: async ([adapter], { signal }) => (adapter ? adapter.getPaymentMethods({ signal }) : undefined),
      args: () => [source.adapter()] as const,
    }),
  };
}
