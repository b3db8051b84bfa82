/** The admin's rule set editor on the placement settings page (issue 16 item 1). */
export const placement2Lv: Record<string, string> = {
	'placementRules.title': 'Prioritāšu noteikumi',
	'placementRules.lead':
		'Katrai uzņemšanai savs noteikumu kopums, kas ir spēkā no norādītās dienas. Sadales kārta izmanto to, kas ir spēkā tās dienā; saglabājot tiek izveidota jauna versija.',
	'placementRules.inForce': 'Šodien spēkā: versija {version}, no {validFrom}.',
	'placementRules.default': 'Šodien spēkā: noklusējums no pašvaldības prioritāšu pamatiem.',
	'placementRules.intake': 'Uzņemšana:',
	'placementRules.save': 'Saglabāt jaunu versiju',
	'placementRules.saved': 'Noteikumu versija {version} saglabāta.',
	'placement.ruleSet.invalid': 'Noteikumus nevar saglabāt: izlabojiet atzīmētos laukus.'
};

export const placement2En: Record<string, string> = {
	'placementRules.title': 'Priority rules',
	'placementRules.lead':
		'Each intake has its own rule set, in force from the day given. A round uses the one in force on its day; saving makes a new version.',
	'placementRules.inForce': 'In force today: version {version}, from {validFrom}.',
	'placementRules.default': 'In force today: the default from the municipality’s priority grounds.',
	'placementRules.intake': 'Intake:',
	'placementRules.save': 'Save a new version',
	'placementRules.saved': 'Rule set version {version} saved.',
	'placement.ruleSet.invalid': 'The rules cannot be saved: correct the marked fields.'
};
