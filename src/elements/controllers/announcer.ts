import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per element. `announce()` replaces the message; the same text said twice is read twice
 * (the region is emptied first). Render `announcer.render()` once, from the first render on, so that assistive
 * technology knows the region before anything is said in it. Style `.visually-hidden` (shared/styles.ts).
 */
export class Announcer implements ReactiveController {
  #message = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The message currently in the region. */
  get message(): string {
    return this.#message;
  }

  announce(message: string): void {
    clearTimeout(this.#timer);
    this.#message = '';
    this.#host.requestUpdate();
    // A separate task, so the emptied region is rendered before the new text arrives.
    this.#timer = setTimeout(() => {
      this.#message = message;
      this.#host.requestUpdate();
    }, 50);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#message}</div>`;
  }
}
