/**
 * Preformatted JSON that scrolls inside its own box on narrow screens. Keyboard users can focus
 * the box to scroll it (axe: scrollable-region-focusable), and it is named for screen readers.
 */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <pre
      tabIndex={0}
      role="region"
      aria-label={label}
      className="max-h-96 max-w-full overflow-auto rounded border border-line bg-surface p-3 text-xs leading-relaxed text-ink sm:text-sm"
    >
      <code>{children}</code>
    </pre>
  );
}
