/**
 * How long a draft form waits after the last keystroke before it writes the typing to
 * IndexedDB as one saveDraft mutation. Every keystroke is journalled to localStorage at once
 * (decision 0003), so this is not how long typing is at risk; it keeps a word typed fast from
 * becoming a mutation per letter. Its own module so the benchmark can state it.
 */
export const AUTOSAVE_MS = 250;

/** The localStorage key prefix of the keystroke journal: `kopa.typing.<recordId>`. */
export const JOURNAL_PREFIX = 'kopa.typing.';
