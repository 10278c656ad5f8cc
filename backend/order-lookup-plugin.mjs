// A guest order lookup for the Shop API: `sfOrderByCodeAndEmail(code, emailAddress)`.
//
// Vendure's own `orderByCode` lets a guest read an order only from the session that placed it, and only for a while
// after (DefaultOrderByCodeAccessStrategy, 2 h): a shopper who opens "where is my order" from the confirmation email
// on another device, or the next day, is refused. Shops add a lookup like this one; the kit's Vendure adapter uses it
// for `getOrderProgress(code, { email })` when the server has it, and falls back to `orderByCode` when it does not.
//
// An order answers only when the email is its customer's (compared case-insensitively) and it belongs to the
// request's channel; anything else answers null, exactly as an unknown code, so codes cannot be probed by email.
// A production shop would also rate-limit this query per client (as any login form).
//
// Plain JavaScript: Nest's decorators are applied by hand (the same calls TypeScript would emit).
import { parse } from 'graphql';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, OrderService, Permission, PluginCommonModule, VendurePlugin } from '@vendure/core';

class OrderLookupResolver {
  /** @param {OrderService} orders */
  constructor(orders) {
    this.orders = orders;
  }

  async sfOrderByCodeAndEmail(ctx, args) {
    const code = String(args.code ?? '').trim();
    const email = String(args.emailAddress ?? '').trim().toLowerCase();
    if (!code || !email) return null;
    const order = await this.orders.findOneByCode(ctx, code);
    if (!order || order.active) return null;
    if (!order.channels?.some((c) => String(c.id) === String(ctx.channelId))) return null;
    if ((order.customer?.emailAddress ?? '').toLowerCase() !== email) return null;
    return order;
  }
}

Reflect.defineMetadata('design:paramtypes', [OrderService], OrderLookupResolver);
const method = 'sfOrderByCodeAndEmail';
const descriptor = Object.getOwnPropertyDescriptor(OrderLookupResolver.prototype, method);
Ctx()(OrderLookupResolver.prototype, method, 0);
Args()(OrderLookupResolver.prototype, method, 1);
Allow(Permission.Public)(OrderLookupResolver.prototype, method, descriptor);
Query()(OrderLookupResolver.prototype, method, descriptor);
Resolver()(OrderLookupResolver);

export class OrderLookupPlugin {}

VendurePlugin({
  imports: [PluginCommonModule],
  shopApiExtensions: {
    schema: parse(/* GraphQL */ `
      extend type Query {
        "A placed order by its code and its customer's email address (guest lookup); null when they do not match."
        sfOrderByCodeAndEmail(code: String!, emailAddress: String!): Order
      }
    `),
    resolvers: [OrderLookupResolver],
  },
  compatibility: '^3.0.0',
})(OrderLookupPlugin);
