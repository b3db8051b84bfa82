export const EDUCATION_ENROLMENT = 'education-enrolment';
