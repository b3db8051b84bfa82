/** The service's id, on its own so the light descriptor need not load the definition. */
export const STREET_TRADE = 'street-trade';
