import type { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/** What a form control's validity is: the flags, the message, and the shadow element the browser points at. */
export interface FormValidity {
  flags: ValidityStateFlags;
  message: string;
  anchor?: HTMLElement | undefined;
}

/** The public form API a form-associated kit element has, like a native `<input>`'s. */
export interface FormAssociated {
  /** Name under which the value is submitted with a form. */
  name: string;
  /** Disables the control itself; a disabled `<fieldset>` around it disables it too (see `matches(':disabled')`). */
  disabled: boolean;
  /** The form the control belongs to. */
  readonly form: HTMLFormElement | null;
  /** The `<label>` elements that label the control. */
  readonly labels: NodeList;
  /** True when the control takes part in constraint validation (it is not disabled). */
  readonly willValidate: boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  /** A custom error (an empty string clears it), as on a native input. */
  setCustomValidity(message: string): void;
  formResetCallback(): void;
  formDisabledCallback(disabled: boolean): void;
  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;
}

// The element's side of the contract is keyed by symbols, as in Material Web: it stays out of the public API and
// out of the Custom Elements Manifest.
/** The element's ElementInternals (for ARIA and custom states as well). */
export const internals = Symbol('internals');
/** Implemented by the element: the value to submit (null: nothing). */
export const getFormValue = Symbol('getFormValue');
/** Implemented by the element: its own validity (e.g. a range error), or null when valid. */
export const getFormValidity = Symbol('getFormValidity');
/** Implemented by the element: back to the default value, as `form.reset()` does for a native input. */
export const resetFormValue = Symbol('resetFormValue');
/** Implemented by the element: take back a value the browser restores (back/forward navigation, autofill). */
export const restoreFormValue = Symbol('restoreFormValue');
/** Called by the element whenever its displayed value changes, before it fires `input`/`change`. */
export const updateFormValue = Symbol('updateFormValue');

/** What the mixin adds, and what the element must implement. */
export interface FormAssociatedElement extends FormAssociated {
  readonly [internals]: ElementInternals;
  [updateFormValue](): void;
  [getFormValue](): string | File | FormData | null;
  [getFormValidity](): FormValidity | null;
  [resetFormValue](): void;
  [restoreFormValue](state: string | File | FormData | null): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/**
 * Form participation for a kit element, after Material Web's `mixinFormAssociated`: `static formAssociated`,
 * ElementInternals, `name`, `disabled`, `form`, `labels`, the validity API, reset and state restore. The element
 * implements the `getFormValue`, `getFormValidity`, `resetFormValue` and `restoreFormValue` symbol methods and
 * calls `this[updateFormValue]()` whenever its displayed value changes, before it fires `input`/`change`, so a
 * listener reading `new FormData(form)` sees the new value. Every update syncs too, for values set by the page.
 *
 * A `<label for>` click focuses the control (through the element's `focus()`), as it does a native input.
 */
export function mixinFormAssociated<T extends Constructor<LitElement>>(base: T): T & Constructor<FormAssociatedElement> {
  abstract class FormAssociatedMixin extends base implements FormAssociatedElement {
    static formAssociated = true;

    /** Name under which the value is submitted with a form. */
    @property({ reflect: true }) name = '';

    /** Disables the control; a disabled `<fieldset>` around it disables it too. */
    @property({ type: Boolean, reflect: true }) disabled = false;

    readonly [internals]: ElementInternals;
    #customError = '';

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this[internals] = this.attachInternals();
      // A label's click reaches the host itself (not one of its parts): focus the control, as a native input would.
      this.addEventListener('click', (e) => {
        if (e.composedPath()[0] === this && !this.matches(':disabled')) this.focus();
      });
    }

    get form(): HTMLFormElement | null {
      return this[internals].form;
    }

    get labels(): NodeList {
      return this[internals].labels;
    }

    get willValidate(): boolean {
      return this[internals].willValidate;
    }

    get validity(): ValidityState {
      this[updateFormValue]();
      return this[internals].validity;
    }

    get validationMessage(): string {
      this[updateFormValue]();
      return this[internals].validationMessage;
    }

    checkValidity(): boolean {
      this[updateFormValue]();
      return this[internals].checkValidity();
    }

    reportValidity(): boolean {
      this[updateFormValue]();
      return this[internals].reportValidity();
    }

    setCustomValidity(message: string): void {
      this.#customError = message;
      this[updateFormValue]();
    }

    formResetCallback(): void {
      this[resetFormValue]();
      this[updateFormValue]();
    }

    formDisabledCallback(): void {
      // Not copied into `disabled`: reflecting it would leave the control disabled once the fieldset is enabled.
      // The element renders from `matches(':disabled')`, which covers both.
      this.requestUpdate();
    }

    formStateRestoreCallback(state: string | File | FormData | null): void {
      this[restoreFormValue](state);
      this[updateFormValue]();
    }

    /** Hands the form the current value and validity, synchronously. */
    [updateFormValue](): void {
      const value = this[getFormValue]();
      this[internals].setFormValue(value, value);
      const own = this.#customError ? { flags: { customError: true }, message: this.#customError } : this[getFormValidity]();
      // Before the first render there is no anchor yet, and an explicit `undefined` anchor throws.
      if (own?.anchor) this[internals].setValidity(own.flags, own.message, own.anchor);
      else if (own) this[internals].setValidity(own.flags, own.message);
      else this[internals].setValidity({});
    }

    protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
      super.willUpdate(changed);
      this[updateFormValue]();
    }

    abstract [getFormValue](): string | File | FormData | null;
    abstract [getFormValidity](): FormValidity | null;
    abstract [resetFormValue](): void;
    abstract [restoreFormValue](state: string | File | FormData | null): void;
  }
  return FormAssociatedMixin;
}
