import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { navMessages } from '../../messages/nav.js';
import { SfElement } from '../base/sf-element.js';

/**
 * A "Skip to main content" link for keyboard users: hidden until focused, then shown at the top of the page.
 * Put it first in `<body>`. Activating it moves focus to the element whose id is `target` (in the page's light
 * DOM), giving it `tabindex="-1"` if it cannot take focus otherwise.
 *
 * It moves focus itself rather than following `#target`, so shops with hash routes (`#/product/…`) keep their
 * route, and so focus really moves (following a fragment only moves the reading position).
 *
 * @tag sf-skip-link
 * @summary Skip link to the page's main content.
 * @csspart link - The link.
 * @cssproperty --sf-skip-link-background - Background when shown.
 * @cssproperty --sf-skip-link-color - Text colour when shown.
 * @since 0.1.0
 * @status experimental
 */
export class SfSkipLink extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: contents;
      }
      [part~='link'] {
        position: absolute;
        inset-block-start: var(--_sf-space-2);
        inset-inline-start: var(--_sf-space-2);
        z-index: var(--sf-skip-link-z-index, 1000);
        padding: var(--_sf-space-2) var(--_sf-space-4);
        border-radius: var(--_sf-radius-m);
        background: var(--sf-skip-link-background, var(--_sf-color-primary));
        color: var(--sf-skip-link-color, var(--_sf-color-on-primary));
        font-weight: 600;
        text-decoration: underline;
      }
      [part~='link']:not(:focus) {
        width: 1px;
        height: 1px;
        padding: 0;
        margin: -1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `,
  ];

  /** The id of the main content element in the page. */
  @property() target = 'main';

  /** The link text; defaults to the localised "Skip to main content". */
  @property() label?: string;

  /** The target element, looked up in the document (or the shadow root) that holds this link. */
  get targetElement(): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return (root.getElementById?.(this.target) ?? document.getElementById(this.target)) as HTMLElement | null;
  }

  #activate = (e: MouseEvent) => {
    const target = this.targetElement;
    if (!target) return;
    e.preventDefault();
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
  };

  protected override render() {
    return html`<a part="link" href=${`#${this.target}`} @click=${this.#activate}>${this.label || navMessages[this.effectiveLocale].skipToMain}</a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-skip-link': SfSkipLink;
  }
}
