import { z } from 'zod';

// zod 4 compiles object parsers with `new Function` when it may. The Content-Security-Policy
// (svelte.config.js) allows no eval, and zod's probe for it, though caught, is reported as
// a policy violation on every page: tell zod not to try. Parsing stays correct, only slower
// for very large objects, which the browser does not parse.
z.config({ jitless: true });
