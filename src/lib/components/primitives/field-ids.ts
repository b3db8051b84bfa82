/**
 * The ids a field's parts carry, from the field's own id: the control is `<id>` (labels and
 * the error summary's links point at it), its hint `<id>-hint`, its error `<id>-error`.
 * Tests and assistive technology rely on these, so they are made in this one place.
 */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The control's aria-describedby: its hint and its error, when shown; none: undefined. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
	return (
		[hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean).join(' ') || undefined
	);
}
