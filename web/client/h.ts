/// <reference lib="dom" />

/** A child of an element built with `h`: text is set as text, never parsed as HTML. */
export type HChild = Node | string | null | undefined | false;

/**
 * Builds an element with attributes and children. Why no innerHTML anywhere: the pages show
 * what patients typed, and text nodes cannot run.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: HChild[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) element.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** The form's field as a trimmed string ('' when absent). */
export const field = (form: HTMLFormElement, name: string): string => {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value.trim() : '';
};

const running = new WeakSet<HTMLElement>();

/**
 * Runs `task` once at a time per form: a second click while it runs does nothing, so a double
 * click sends one command. Why `aria-disabled` and not `disabled`: disabling the focused
 * button throws focus to `<body>`, and a nurse's keyboard place is lost.
 */
export async function busy<T>(form: HTMLElement, task: () => Promise<T>): Promise<T | undefined> {
  if (running.has(form)) return undefined;
  running.add(form);
  const buttons = [...form.querySelectorAll('button')];
  for (const b of buttons) b.setAttribute('aria-disabled', 'true');
  form.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } finally {
    running.delete(form);
    for (const b of buttons) b.removeAttribute('aria-disabled');
    form.removeAttribute('aria-busy');
  }
}
