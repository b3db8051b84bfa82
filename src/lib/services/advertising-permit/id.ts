/** The service's id, on its own so the light descriptor need not load the definition. */
export const ADVERTISING_PERMIT = 'advertising-permit';
