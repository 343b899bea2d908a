/// <reference lib="dom" />

/**
 * Sets an element's text only if it differs, in its own text node when it has just one. Why:
 * what ticks every second mostly reads the same, and each write (a replaced node above all) is
 * style and layout for the browser to redo.
 */
export function setText(el: HTMLElement, text: string): void {
  const node = el.firstChild;
  if (node instanceof Text && node === el.lastChild) {
    if (node.data !== text) node.data = text;
  } else if (el.textContent !== text) el.textContent = text;
}
