import { css, html, nothing, type PropertyValues } from 'lit';
import { property, queryAll } from 'lit/decorators.js';
import type { Image } from '../../core/model.js';
import { safeUrl } from '../../core/url.js';
import { validateImages } from '../../core/validate.js';
import { productMessages } from '../../messages/product.js';
import { SfElement } from '../base/sf-element.js';
import { oneOfCheck, validated, type PropertyCheck } from '../base/property-checks.js';

/** `srcset` from an image's widths; each candidate passes `safeUrl`, a refused one is left out. */
function srcsetOf(image: Image): string | undefined {
  const candidates = (image.sources ?? [])
    .map((s) => ({ url: safeUrl(s.src, { use: 'image' }), width: s.width }))
    .filter((s): s is { url: string; width: number } => !!s.url && Number.isInteger(s.width) && s.width > 0)
    // A comma ending a candidate's URL would be read as the list separator.
    .filter((s) => !s.url.endsWith(','))
    .map((s) => `${s.url} ${s.width}w`);
  return candidates.length > 0 ? candidates.join(', ') : undefined;
}

/**
 * A product's pictures: the main image, and below it one thumbnail button per image when there are several.
 *
 * Keyboard pattern (WAI-ARIA APG toolbar with selection following focus): the thumbnails are one tab stop (a
 * roving tabindex on the shown one); Left/Right and Up/Down move to the previous/next thumbnail and show it,
 * wrapping; Home and End go to the first and last. The shown thumbnail carries `aria-current="true"`; each is named
 * "Image 2 of 4: <alt>". The main image's `alt` comes from the data (an empty `alt` marks a decorative picture).
 *
 * No layout shift: the main image's box keeps the aspect ratio of the first image's `width`/`height` (4 / 3 without
 * them, or `--sf-product-gallery-aspect-ratio`), before and after the picture loads. With `sources` the browser gets
 * a `srcset` (`sizes` says how wide the gallery is shown). The main image loads eagerly (a product page's largest
 * picture) unless `loading="lazy"` says the gallery sits below the fold; thumbnails always load lazily. Every URL
 * passes `safeUrl` (images: `http(s)`, relative or `data:image/*`); a refused one shows the empty box.
 *
 * @tag sf-product-gallery
 * @summary Main product image with keyboard-operable thumbnails, srcset and a reserved aspect ratio.
 * @csspart main - The main image's box (keeps the aspect ratio).
 * @csspart image - The main image.
 * @csspart thumbnails - The row of thumbnail buttons.
 * @csspart thumbnail - One thumbnail button.
 * @cssproperty --sf-product-gallery-aspect-ratio - The main image's box ratio; default from the first image, else 4 / 3.
 * @cssproperty --sf-product-gallery-thumbnail-size - Width of a thumbnail, default 4.5rem.
 * @cssproperty --sf-product-gallery-selected-color - Border of the shown thumbnail.
 * @cssstate empty - No image to show (none given, or all refused).
 * @since 0.1.0
 * @status experimental
 */
export class SfProductGallery extends SfElement {
  static override styles = [
    SfElement.styles,
    css`
      :host {
        display: block;
      }
      [part='main'] {
        aspect-ratio: var(--sf-product-gallery-aspect-ratio, var(--_ratio, 4 / 3));
        inline-size: 100%;
        overflow: hidden;
        border-radius: var(--_sf-radius-m);
        background: var(--_sf-color-surface-muted);
        display: grid;
        place-items: center;
        color: var(--_sf-color-text-muted);
      }
      [part='image'] {
        inline-size: 100%;
        block-size: 100%;
        object-fit: contain;
        display: block;
      }
      [part='thumbnails'] {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_sf-space-2);
        margin: var(--_sf-space-2) 0 0;
      }
      [part='thumbnail'] {
        inline-size: var(--sf-product-gallery-thumbnail-size, 4.5rem);
        min-block-size: 2.75rem;
        aspect-ratio: var(--sf-product-gallery-aspect-ratio, var(--_ratio, 4 / 3));
        padding: 0;
        border: 1px solid var(--_sf-color-border);
        border-radius: var(--_sf-radius-s);
        background: var(--_sf-color-surface);
        cursor: pointer;
        overflow: hidden;
      }
      [part='thumbnail'][aria-current='true'] {
        border-color: var(--sf-product-gallery-selected-color, var(--_sf-color-primary));
        box-shadow: inset 0 0 0 2px var(--sf-product-gallery-selected-color, var(--_sf-color-primary));
      }
      [part='thumbnail'] img {
        inline-size: 100%;
        block-size: 100%;
        object-fit: contain;
        display: block;
      }
    `,
  ];

  protected static override propertyChecks: Readonly<Record<string, PropertyCheck>> = {
    images: validated(validateImages, []),
    loading: oneOfCheck(['eager', 'lazy']),
  };

  /** The pictures, first shown first; `alt` is read as given. */
  @property({ attribute: false }) images: readonly Image[] = [];

  /** Which image is shown, from 0. */
  @property({ type: Number, reflect: true }) index = 0;

  /** `eager` for a gallery at the top of the page (default); `lazy` when it sits below the fold. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** How wide the main image is shown, for `srcset` (the `sizes` attribute). */
  @property() sizes = '(min-width: 48rem) 50vw, 100vw';

  @queryAll('[part="thumbnail"]') private thumbs!: NodeListOf<HTMLButtonElement>;

  /** The images whose URL passes `safeUrl`, with it. */
  get #shown(): { image: Image; src: string }[] {
    return this.images
      .map((image) => ({ image, src: safeUrl(image.src, { use: 'image' }) }))
      .filter((x): x is { image: Image; src: string } => !!x.src);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const count = this.#shown.length;
    if (!Number.isInteger(this.index) || this.index < 0 || this.index >= count) this.index = 0;
    this.toggleState('empty', count === 0);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('images')) return;
    const first = this.#shown[0]?.image;
    const ratio = first?.width && first?.height ? `${first.width} / ${first.height}` : '';
    // Through the CSSOM before the first paint, not a style attribute: strict CSP pages allow no inline styles.
    if (ratio) this.style.setProperty('--_ratio', ratio);
    else this.style.removeProperty('--_ratio');
  }

  #show(index: number, focus: boolean) {
    const count = this.#shown.length;
    if (count === 0) return;
    this.index = ((index % count) + count) % count;
    if (focus) void this.updateComplete.then(() => this.thumbs[this.index]?.focus());
  }

  #onKeydown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: this.index + 1, ArrowDown: this.index + 1, ArrowLeft: this.index - 1, ArrowUp: this.index - 1,
      Home: 0, End: this.#shown.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.#show(next, true);
  };

  protected override render() {
    const t = productMessages[this.effectiveLocale];
    const shown = this.#shown;
    const current = shown[this.index];
    return html`
      <div part="main">
        ${current
          ? html`<img part="image" src=${current.src} srcset=${srcsetOf(current.image) ?? nothing}
              sizes=${srcsetOf(current.image) ? this.sizes : nothing} alt=${current.image.alt}
              width=${current.image.width ?? nothing} height=${current.image.height ?? nothing}
              loading=${this.loading} decoding="async" />`
          : html`<span>${t.noImage}</span>`}
      </div>
      ${shown.length > 1
        ? html`<div part="thumbnails" role="toolbar" aria-label=${t.images} @keydown=${this.#onKeydown}>
            ${shown.map(({ image, src }, i) => html`<button part="thumbnail" type="button" tabindex=${i === this.index ? '0' : '-1'}
                aria-current=${i === this.index ? 'true' : 'false'} aria-label=${t.showImage(i + 1, shown.length, image.alt)}
                @click=${() => this.#show(i, false)}>
                <img src=${src} srcset=${srcsetOf(image) ?? nothing} sizes=${srcsetOf(image) ? '5rem' : nothing} alt=""
                  width=${image.width ?? nothing} height=${image.height ?? nothing} loading="lazy" decoding="async" />
              </button>`)}
          </div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-product-gallery': SfProductGallery;
  }
}
