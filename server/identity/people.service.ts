import { peopleRepo } from './people.repo';

/**
 * What other areas read and record of people: this area's public face onto `person` (a
 * grantor found or recorded by personal code, for applications made under a power of
 * attorney).
 */
export const people = {
	findByPersonalCode: peopleRepo.findByPersonalCode.bind(peopleRepo),
	insertByCode: peopleRepo.insertByCode.bind(peopleRepo)
};
