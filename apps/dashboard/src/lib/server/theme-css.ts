import type { Theme } from '$lib/preferences';

/** The dark palette, over app.css's light one. */
const dark = `:root:root {
  --bg: #111316;
  --surface: #1a1d21;
  --text: #eceef1;
  --muted: #a7adb5;
  --border: #33383f;
  --accent: #8ab4f8;
  --accent-text: #0b1a2e;
  --warn-bg: #3a2f10;
  --warn-text: #ffe39a;
  --chart-1: #7fb0f0;
  --chart-2: #f0a868;
  color-scheme: dark;
}`;

/** Marks the chosen theme in the switch (the layout also sets aria-current once its script runs). */
const chosen = (theme: Theme) => `.theme a[data-choice='${theme}'] { border-color: var(--accent); font-weight: 600; }`;

/**
 * The stylesheet of a theme. The theme is applied here rather than in the page's HTML, so every
 * reader gets the same HTML for a URL (a shared cache may keep one copy), and the switch still
 * works without JavaScript: the cookie reaches this stylesheet, which is private to each reader.
 */
export function themeCss(theme: Theme): string {
  const palette = theme === 'dark' ? dark : theme === 'system' ? `@media (prefers-color-scheme: dark) {\n${dark}\n}` : '';
  return `${palette}\n${chosen(theme)}\n`;
}
