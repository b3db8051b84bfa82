// Pages render in the browser only: the same shell serves every URL offline, and drafts
// come from IndexedDB, which the server cannot see.
export const ssr = false;
