/** SIRET and SIREN checks (Luhn), used by the editors collection, the editor form and the Dossier. */

/** True when `digits` (only digits) passes the Luhn checksum. */
export function luhn(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		// Double every second digit counting from the right.
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return sum % 10 === 0;
}

/** True for a well-formed SIRET: 14 digits and a valid Luhn key (La Poste's establishments may use a digit-sum rule). */
export function isValidSiret(value: string): boolean {
	if (!/^\d{14}$/.test(value)) return false;
	if (luhn(value)) return true;
	// La Poste (SIREN 356000000) numbers its establishments so that the digit sum is a multiple of 5.
	if (value.startsWith('356000000')) {
		const sum = [...value].reduce((total, d) => total + Number(d), 0);
		return sum % 5 === 0;
	}
	return false;
}
