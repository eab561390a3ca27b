/** Saving bytes the page made as a file (every download button of the site goes through here). */

/** « 42 ko », « 1,2 Mo »: a file size as French writes it. */
export function fileSizeFr(bytes: number): string {
	if (bytes < 1024) return `${bytes} octets`;
	if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}\u00a0ko`;
	return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)}\u00a0Mo`;
}

/** Offers `bytes` as a file named `name`; the object URL is released once the browser has it. */
export function saveFile(bytes: Uint8Array | string, mime: string, name: string): void {
	const blob = new Blob([typeof bytes === 'string' ? bytes : (bytes as BlobPart)], { type: mime });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
