/**
 * Text in a task's colour that stays readable (WCAG AA, 4.5:1): the task colour mixed with the
 * theme's text colour, so the hue still says which task it is and the lightness follows the theme
 * (darker on light backgrounds, lighter on dark ones, including the task-tinted editor lines).
 */
export function taskInk(colour: string): string {
  return `color-mix(in srgb, ${colour} 50%, var(--fg))`;
}
