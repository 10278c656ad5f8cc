// Checked on its own by the consumer test: the event prop is misspelt, so tsc must refuse this file.
export const Misspelt = () => <sf-product-list add-to-cart onSfCartChange={() => {}} />;
