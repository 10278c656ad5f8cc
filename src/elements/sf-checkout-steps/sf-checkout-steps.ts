import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { checkoutMessages } from '../../messages/checkout.js';
import { SfElement } from '../base/sf-element.js';
import { SfCheckoutStepRequestEvent } from '../events/index.js';
import { validateLabelledItems, validateStrings } from '../../core/validate.js';
import { validated, type PropertyCheck } from '../base/property-checks.js';

/** One step of the progress indicator. */
export interface CheckoutStepItem {
  id: string;
  label: string;
}

/**
 * The checkout's progress: an ordered list of its steps. The current step carries `aria-current="step"` and says
 * "Step 2 of 4" to screen readers; completed steps are buttons (they act in the page, they do not navigate) that
 * ask to go back; upcoming steps are plain text. Wraps onto several lines on a 320 px phone. Its geometry does not
 * change from step to step: each label keeps the width of its bold, current form, so nothing reflows on Continue.
 *
 * @tag sf-checkout-steps
 * @summary Checkout progress indicator with links back to completed steps.
 * @csspart list - The ordered list.
 * @csspart step - Each step's list item.
 * @cssproperty --sf-checkout-steps-current-color - Colour of the current step's marker.
 * @cssproperty --sf-checkout-steps-done-color - Colour of completed steps.
 * @cssproperty --sf-checkout-steps-upcoming-color - Colour of steps still ahead.
 * @fires sf-checkout-step-request - A completed step was chosen; `event.step` is its id.
 * @since 0.1.0
 * @status experimental
 */
export class SfCheckoutSteps extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: block;
      }
      ol {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_sf-space-1) var(--_sf-space-4);
        margin: 0;
        padding: 0;
        list-style: none;
        counter-reset: step;
      }
      li {
        counter-increment: step;
        display: flex;
        align-items: center;
        gap: var(--_sf-space-2);
        min-height: 2.75rem;
        color: var(--sf-checkout-steps-upcoming-color, var(--_sf-color-text-muted));
      }
      li::before {
        content: counter(step);
        display: inline-grid;
        place-items: center;
        width: 1.75rem;
        height: 1.75rem;
        border-radius: 50%;
        border: 2px solid currentColor;
        font-weight: 600;
        font-size: 0.875rem;
        flex: none;
      }
      li.done {
        color: var(--sf-checkout-steps-done-color, var(--_sf-color-primary));
      }
      li.done::before {
        content: '✓';
      }
      li.current {
        color: var(--sf-checkout-steps-current-color, var(--_sf-color-text));
        font-weight: 700;
      }
      li.current::before {
        background: var(--sf-checkout-steps-current-color, var(--_sf-color-text));
        border-color: var(--sf-checkout-steps-current-color, var(--_sf-color-text));
        color: var(--_sf-color-surface);
      }
      /* Every label is as wide as its bold (current) form, so the list never reflows when the current step moves:
         a hidden bold copy of the text, zero height, sets the width. */
      .label {
        display: inline-flex;
        flex-direction: column;
      }
      .label::after {
        content: attr(data-label);
        height: 0;
        overflow: hidden;
        visibility: hidden;
        font-weight: 700;
        user-select: none;
      }
      button {
        min-height: 2.75rem;
        padding: 0;
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        text-decoration: underline;
        text-underline-offset: 0.2em;
        cursor: pointer;
      }
    `,
  ];

  /** Values the page may set on this element's own properties; see SfElement for what a refused value does. */
  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    steps: validated(validateLabelledItems, []),
    completed: validated(validateStrings, []),
  };

  /** The steps in order. */
  @property({ attribute: false }) steps: readonly CheckoutStepItem[] = [];

  /** Id of the current step. */
  @property() current = '';

  /** Ids of the steps the shopper completed: these become links back. */
  @property({ attribute: false }) completed: readonly string[] = [];

  protected override render() {
    const t = checkoutMessages[this.effectiveLocale];
    const index = this.steps.findIndex((s) => s.id === this.current);
    return html`<nav aria-label=${t.progress}>
      <ol part="list">
        ${this.steps.map((step, i) => {
          const current = i === index;
          const done = !current && i < index && this.completed.includes(step.id);
          const label = html`<span class="label" data-label=${step.label}>${step.label}</span>`;
          return html`<li part="step" class=${current ? 'current' : done ? 'done' : 'upcoming'}>
            ${current
              ? html`<span aria-current="step"><span class="visually-hidden">${t.stepOf(i + 1, this.steps.length)}: </span>${label}</span>`
              : done
                ? html`<button type="button" @click=${() => this.dispatchEvent(new SfCheckoutStepRequestEvent(step.id))}>
                    ${label}<span class="visually-hidden"> (${t.completed})</span>
                  </button>`
                : label}
          </li>`;
        })}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-checkout-steps': SfCheckoutSteps;
  }
}
