// GraphQL documents for Vendure's Shop API (v2/v3), as plain strings: the kit ships no GraphQL client.
// Every mutation that can fail in a way the shopper should hear about selects `... on ErrorResult`.

const PRODUCT = /* GraphQL */ `
  fragment SfProduct on Product {
    id slug name description createdAt
    featuredAsset { preview width height }
    facetValues { name facet { code } }
    collections { slug breadcrumbs { slug } }
    variants {
      id sku name priceWithTax currencyCode stockLevel
      taxRateApplied { value }
      options { name group { name } }
    }
  }`;

const ERROR = /* GraphQL */ `... on ErrorResult { errorCode message }`;
const STOCK_ERROR = /* GraphQL */ `${ERROR} ... on InsufficientStockError { quantityAvailable }`;

const ORDER = /* GraphQL */ `
  fragment SfOrder on Order {
    id code state active updatedAt orderPlacedAt currencyCode couponCodes
    subTotalWithTax shippingWithTax totalWithTax total
    discounts { description amountWithTax adjustmentSource }
    promotions { couponCode name }
    shippingLines { priceWithTax discountedPriceWithTax shippingMethod { id code name description } }
    customer { emailAddress phoneNumber }
    shippingAddress { fullName company streetLine1 streetLine2 postalCode city countryCode }
    billingAddress { fullName streetLine1 postalCode city countryCode }
    payments { state method }
    lines {
      id quantity unitPriceWithTax linePriceWithTax unitPriceWithTaxChangeSinceAdded
      featuredAsset { preview }
      productVariant {
        id name sku stockLevel
        options { name group { name } }
        product { slug name featuredAsset { preview } }
      }
    }
  }`;

export const PRODUCT_BY_SLUG = `query SfProduct($slug: String!) { product(slug: $slug) { ...SfProduct } } ${PRODUCT}`;

export const PRODUCTS = `query SfProducts($options: ProductListOptions) {
  products(options: $options) { totalItems items { ...SfProduct } }
} ${PRODUCT}`;

export const SEARCH = `query SfSearch($input: SearchInput!) {
  search(input: $input) { totalItems items { productId } }
}`;

export const COLLECTIONS = `query SfCollections {
  collections(options: { take: 100 }) { items { id slug name parentId position } }
}`;

export const ACTIVE_ORDER = `query SfActiveOrder { activeOrder { ...SfOrder } } ${ORDER}`;

export const ORDER_BY_CODE = `query SfOrderByCode($code: String!) { orderByCode(code: $code) { ...SfOrder } } ${ORDER}`;

export const ADD_ITEM = `mutation SfAdd($variantId: ID!, $quantity: Int!) {
  addItemToOrder(productVariantId: $variantId, quantity: $quantity) { __typename ...SfOrder ${STOCK_ERROR} }
} ${ORDER}`;

export const ADJUST_LINE = `mutation SfAdjust($lineId: ID!, $quantity: Int!) {
  adjustOrderLine(orderLineId: $lineId, quantity: $quantity) { __typename ...SfOrder ${STOCK_ERROR} }
} ${ORDER}`;

export const REMOVE_LINE = `mutation SfRemove($lineId: ID!) {
  removeOrderLine(orderLineId: $lineId) { __typename ...SfOrder ${ERROR} }
} ${ORDER}`;

export const APPLY_COUPON = `mutation SfApplyCoupon($code: String!) {
  applyCouponCode(couponCode: $code) { __typename ...SfOrder ${ERROR} }
} ${ORDER}`;

export const REMOVE_COUPON = `mutation SfRemoveCoupon($code: String!) {
  removeCouponCode(couponCode: $code) { ...SfOrder }
} ${ORDER}`;

export const ACTIVE_CHANNEL = `query SfChannel { activeChannel { defaultCurrencyCode currencyCode pricesIncludeTax } }`;

export const SHIPPING_METHODS = `query SfShipping {
  activeOrder { id }
  eligibleShippingMethods { id code name description priceWithTax }
}`;

export const PAYMENT_METHODS = `query SfPayment {
  eligiblePaymentMethods { id code name isEligible }
}`;

export const SET_CUSTOMER = `mutation SfCustomer($input: CreateCustomerInput!) {
  setCustomerForOrder(input: $input) { __typename ...SfOrder ${ERROR} }
} ${ORDER}`;

export const SET_ADDRESSES = `mutation SfAddresses($shipping: CreateAddressInput!, $billing: CreateAddressInput!) {
  setOrderShippingAddress(input: $shipping) { __typename ${ERROR} }
  setOrderBillingAddress(input: $billing) { __typename ...SfOrder ${ERROR} }
} ${ORDER}`;

export const SET_SHIPPING_METHOD = `mutation SfShippingMethod($ids: [ID!]!) {
  setOrderShippingMethod(shippingMethodId: $ids) { __typename ...SfOrder ${ERROR} }
} ${ORDER}`;

export const TRANSITION = `mutation SfTransition($state: String!) {
  transitionOrderToState(state: $state) { __typename ...SfOrder ${ERROR} ... on OrderStateTransitionError { transitionError } }
} ${ORDER}`;

export const ADD_PAYMENT = `mutation SfPay($input: PaymentInput!) {
  addPaymentToOrder(input: $input) { __typename ...SfOrder ${ERROR} }
} ${ORDER}`;

const PROGRESS = /* GraphQL */ `
  history(options: { take: 100, sort: { createdAt: ASC } }) { items { type createdAt data } }
  fulfillments { id state createdAt updatedAt method trackingCode }`;

/** An order with its history and fulfilments, for the session that may read it (Vendure's `orderByCode`). */
export const ORDER_PROGRESS = `query SfOrderProgress($code: String!) {
  orderByCode(code: $code) { ...SfOrder ${PROGRESS} }
} ${ORDER}`;

/** The same by code and email: the guest lookup a shop adds (backend/order-lookup-plugin.mjs). */
export const ORDER_PROGRESS_GUEST = `query SfOrderProgressGuest($code: String!, $email: String!) {
  sfOrderByCodeAndEmail(code: $code, emailAddress: $email) { ...SfOrder ${PROGRESS} }
} ${ORDER}`;
