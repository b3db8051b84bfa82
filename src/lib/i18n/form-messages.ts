/**
 * Texts of the generic e-service form (renderer and field validation messages). Field
 * labels and hints come from each service's definition, not from here.
 */
export const formLv = {};

export const formEn: Record<keyof typeof formLv, string> = {};
