import { peopleRepo } from './people.repo';

/**
 * What other areas read and record of people: this area's public face onto `person` (a
 * name for a document; who holds a staff role; a grantor found or recorded by personal code, for applications made
 * under a power of attorney).
 */
export const people = {
	findById: peopleRepo.findById.bind(peopleRepo),
	namesOf: peopleRepo.namesOf.bind(peopleRepo),
	setLang: peopleRepo.setLang.bind(peopleRepo),
	findByPersonalCode: peopleRepo.findByPersonalCode.bind(peopleRepo),
	insertByCode: peopleRepo.insertByCode.bind(peopleRepo),
	roleServices: peopleRepo.roleServices.bind(peopleRepo),
	holdersOf: peopleRepo.holdersOf.bind(peopleRepo)
};
