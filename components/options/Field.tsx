import type { ComponentChildren, JSX } from 'preact';

/** A form row: the label above its control (text, number, select, textarea), passed as the child. */
export function Field(props: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child, so the label wraps it.
    <label class="rg-field">
      <span class="rg-field-label">{props.label}</span>
      {props.children}
    </label>
  );
}

type CheckProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type' | 'label' | 'onChange'> & {
  label: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
};

/** A checkbox row: the box first, its label beside it. */
export function Check({ label, checked, onChange, ...input }: CheckProps) {
  return (
    <label class="rg-check">
      <input
        {...input}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
