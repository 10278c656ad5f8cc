/**
 * The base of the kit's own events: they bubble and are composed, so a page hears them from outside every shadow
 * root. Cancelable where the element leaves the default action to the page.
 */
export abstract class SfEvent extends Event {
  constructor(type: string, { cancelable = false }: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}
