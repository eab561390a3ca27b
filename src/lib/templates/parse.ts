/**
 * A small, line-oriented template language a jurist can edit without reading code:
 *   # / ## / ###  headings          - item      bullet list          @centre text   centred line
 *   @titre … @fin  title lines       @bloc(nom)  generated blocks     > text         framed note line
 *   @si(nom) … @sinon … @fin         conditional section (nestable)
 *   @chaque(nom) … @fin              the section once per item of a list (each item brings its
 *                                    own values and conditions, e.g. one article per delegation)
 * Inline: {nom} value, [[id]] legal citation (content/legal id), **bold**, *italic*.
 * Paragraphs are separated by blank lines. Lines starting with `%` are comments.
 */

/** One parsed node of a template. */
export type TemplateNode =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string; line: number }
	| { kind: 'paragraph'; text: string; align: 'left' | 'center'; line: number }
	| { kind: 'list'; items: string[]; line: number }
	| { kind: 'note'; lines: string[]; line: number }
	| { kind: 'title'; lines: string[]; line: number }
	| { kind: 'block'; name: string; line: number }
	| { kind: 'if'; name: string; then: TemplateNode[]; else: TemplateNode[]; line: number }
	| { kind: 'each'; name: string; body: TemplateNode[]; line: number };

/** A syntax error with its line number (1-based). */
export interface TemplateError {
	line: number;
	message: string;
}

/** Parses a template; never throws, returns the nodes and any syntax errors. */
export function parseTemplate(source: string): { nodes: TemplateNode[]; errors: TemplateError[] } {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const errors: TemplateError[] = [];
	const root: TemplateNode[] = [];
	// Stack of open sections: where new nodes go, and the @si / @titre that opened them.
	const stack: {
		target: TemplateNode[];
		node?: Extract<TemplateNode, { kind: 'if' }>;
		each?: Extract<TemplateNode, { kind: 'each' }>;
		inElse?: boolean;
		title?: Extract<TemplateNode, { kind: 'title' }>;
	}[] = [{ target: root }];
	let paragraph: { lines: string[]; line: number } | undefined;
	let list: Extract<TemplateNode, { kind: 'list' }> | undefined;
	let noteNode: Extract<TemplateNode, { kind: 'note' }> | undefined;
	const top = () => stack[stack.length - 1] ?? { target: root };
	const flush = () => {
		if (paragraph)
			top().target.push({
				kind: 'paragraph',
				text: paragraph.lines.join(' '),
				align: 'left',
				line: paragraph.line,
			});
		paragraph = undefined;
		list = undefined;
		noteNode = undefined;
	};

	lines.forEach((raw, index) => {
		const lineNo = index + 1;
		const line = raw.trim();
		const frame = top();
		if (frame.title && line !== '@fin') {
			if (line) frame.title.lines.push(line);
			return;
		}
		if (line.startsWith('%')) return;
		if (line === '') return flush();
		const directive = /^@(si|bloc|chaque)\(([a-z0-9_]+)\)$/.exec(line);
		if (directive) {
			flush();
			const name = directive[2] ?? '';
			if (directive[1] === 'bloc') frame.target.push({ kind: 'block', name, line: lineNo });
			else if (directive[1] === 'chaque') {
				const node: Extract<TemplateNode, { kind: 'each' }> = {
					kind: 'each',
					name,
					body: [],
					line: lineNo,
				};
				frame.target.push(node);
				stack.push({ target: node.body, each: node });
			} else {
				const node: Extract<TemplateNode, { kind: 'if' }> = {
					kind: 'if',
					name,
					then: [],
					else: [],
					line: lineNo,
				};
				frame.target.push(node);
				stack.push({ target: node.then, node });
			}
			return;
		}
		if (line === '@sinon') {
			flush();
			if (!frame.node || frame.inElse)
				errors.push({ line: lineNo, message: '@sinon sans @si ouvert.' });
			else stack[stack.length - 1] = { target: frame.node.else, node: frame.node, inElse: true };
			return;
		}
		if (line === '@fin') {
			flush();
			if (stack.length === 1)
				errors.push({ line: lineNo, message: '@fin sans @si ni @titre ouvert.' });
			else stack.pop();
			return;
		}
		if (line === '@titre') {
			flush();
			const node: Extract<TemplateNode, { kind: 'title' }> = {
				kind: 'title',
				lines: [],
				line: lineNo,
			};
			frame.target.push(node);
			stack.push({ target: frame.target, title: node });
			return;
		}
		if (line.startsWith('@centre ')) {
			flush();
			frame.target.push({
				kind: 'paragraph',
				text: line.slice(8).trim(),
				align: 'center',
				line: lineNo,
			});
			return;
		}
		if (line.startsWith('@')) {
			errors.push({
				line: lineNo,
				message: `Directive inconnue : ${line}. Directives possibles : @si(nom), @sinon, @fin, @bloc(nom), @chaque(nom), @titre, @centre.`,
			});
			return;
		}
		const heading = /^(#{1,3})\s+(.+)$/.exec(line);
		if (heading) {
			flush();
			frame.target.push({
				kind: 'heading',
				level: (heading[1]?.length ?? 1) as 1 | 2 | 3,
				text: heading[2] ?? '',
				line: lineNo,
			});
			return;
		}
		if (line.startsWith('- ')) {
			if (paragraph) flush();
			if (!list) {
				list = { kind: 'list', items: [], line: lineNo };
				frame.target.push(list);
			}
			list.items.push(line.slice(2).trim());
			return;
		}
		if (line.startsWith('> ')) {
			if (paragraph || list) flush();
			if (!noteNode) {
				noteNode = { kind: 'note', lines: [], line: lineNo };
				frame.target.push(noteNode);
			}
			noteNode.lines.push(line.slice(2).trim());
			return;
		}
		if (list && !paragraph) {
			// A continuation line of the last list item.
			const last = list.items.length - 1;
			list.items[last] = `${list.items[last] ?? ''} ${line}`;
			return;
		}
		if (noteNode) flush();
		if (!paragraph) paragraph = { lines: [], line: lineNo };
		paragraph.lines.push(line);
	});
	flush();
	if (stack.length > 1)
		errors.push({
			line: lines.length,
			message: `Section ouverte ligne ${stack[stack.length - 1]?.node?.line ?? stack[stack.length - 1]?.each?.line ?? stack[stack.length - 1]?.title?.line ?? '?'} jamais fermée par @fin.`,
		});
	return { nodes: root, errors };
}

/** Every inline placeholder {name} and citation [[id]] in a text, in order. */
export function inlineNames(text: string): { values: string[]; citations: string[] } {
	return {
		values: [...text.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1] ?? ''),
		citations: [...text.matchAll(/\[\[([a-z0-9-]+)\]\]/g)].map((m) => m[1] ?? ''),
	};
}
