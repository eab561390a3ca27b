/**
 * Tagged PDF (ISO 32000-1, 14.7–14.8) with pdf-lib's low-level objects, which have no tagging API:
 * marked content with MCIDs around drawn text, artifacts around everything else, then the structure
 * tree (StructTreeRoot, StructElem, ParentTree) from the layout's `StructNode`s.
 */

import {
	PDFArray,
	PDFDict,
	PDFName,
	PDFNumber,
	PDFOperator,
	PDFOperatorNames,
	type PDFDocument,
	type PDFPage,
	type PDFRef,
} from 'pdf-lib';
import type { StructNode } from './pdf-style.ts';

/** What a marked sequence or an annotation is, as a kid of its structure element. */
type Kid =
	| { kind: 'mcid'; page: PDFRef; mcid: number; seq: number }
	| { kind: 'annot'; page: PDFRef; annot: PDFRef; seq: number };

/** Where a page's running text sits, for the artifact's subtype. */
export type ArtifactKind = 'Header' | 'Footer' | 'Layout';

/** Marks one page's content. */
export interface PageTags {
	/** Opens marked content for text of `node`; close it with `end`. */
	text(node: StructNode): void;
	/** Opens an artifact (decorations, repeated table headers, running header and footer). */
	artifact(kind?: ArtifactKind): void;
	/** Closes what `text` or `artifact` opened. */
	end(): void;
	/** Ties a link annotation of this page to its `Link` element. */
	link(node: StructNode, annot: PDFRef): void;
}

/** Tags one document: `page` for each page in order, then `finish` once. */
export interface Tagger {
	page(page: PDFPage): PageTags;
	finish(root: StructNode): void;
}

const op = (name: PDFOperatorNames, ...args: (PDFName | string)[]): PDFOperator =>
	PDFOperator.of(name, args);

/** A tagger for `pdf`. */
export function createTagger(pdf: PDFDocument): Tagger {
	const { context } = pdf;
	const kids = new Map<StructNode, Kid[]>();
	/** Per page (its StructParents key), the element of each MCID. */
	const pageElements: StructNode[][] = [];
	const annots: { annot: PDFRef; node: StructNode }[] = [];
	let seq = 0;
	const kidsOf = (node: StructNode): Kid[] => {
		let list = kids.get(node);
		if (list === undefined) {
			list = [];
			kids.set(node, list);
		}
		return list;
	};

	const page = (pdfPage: PDFPage): PageTags => {
		const key = pageElements.length;
		const elements: StructNode[] = [];
		pageElements.push(elements);
		pdfPage.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
		const pageRef = pdfPage.ref;
		return {
			text(node) {
				const mcid = elements.length;
				elements.push(node);
				kidsOf(node).push({ kind: 'mcid', page: pageRef, mcid, seq: seq++ });
				pdfPage.pushOperators(
					op(
						PDFOperatorNames.BeginMarkedContentSequence,
						PDFName.of(node.role),
						`<< /MCID ${mcid} >>`,
					),
				);
			},
			artifact(kind = 'Layout') {
				const properties =
					kind === 'Layout' ? '<< /Type /Layout >>' : `<< /Type /Pagination /Subtype /${kind} >>`;
				pdfPage.pushOperators(
					op(PDFOperatorNames.BeginMarkedContentSequence, PDFName.of('Artifact'), properties),
				);
			},
			end() {
				pdfPage.pushOperators(op(PDFOperatorNames.EndMarkedContent));
			},
			link(node, annot) {
				kidsOf(node).push({ kind: 'annot', page: pageRef, annot, seq: seq++ });
				annots.push({ annot, node });
			},
		};
	};

	const finish = (root: StructNode): void => {
		const refs = new Map<StructNode, PDFRef>();
		const allocate = (node: StructNode): void => {
			refs.set(node, context.nextRef());
			node.children.forEach(allocate);
		};
		allocate(root);
		const rootRef = context.nextRef();

		/** First sequence number in the element or its descendants, for the order of kids. */
		const firstSeq = new Map<StructNode, number>();
		const first = (node: StructNode): number => {
			let found = firstSeq.get(node);
			if (found === undefined) {
				found = Math.min(
					...(kids.get(node) ?? []).map((kid) => kid.seq),
					...node.children.map(first),
				);
				firstSeq.set(node, found);
			}
			return found;
		};

		const write = (node: StructNode, parent: PDFRef): void => {
			const ref = refs.get(node);
			if (ref === undefined) return;
			// Kids in the order they were drawn, which is the reading order; an element with no
			// content (an empty cell) keeps its place after its previous sibling.
			let previous = -1;
			const ordered: { key: number; value: PDFDict | PDFRef }[] = [];
			for (const child of node.children) {
				const key = first(child);
				previous = Number.isFinite(key) ? key : previous;
				const childRef = refs.get(child);
				if (childRef !== undefined) ordered.push({ key: previous + 0.5, value: childRef });
				write(child, ref);
			}
			for (const kid of kids.get(node) ?? []) {
				const value =
					kid.kind === 'mcid'
						? context.obj({ Type: 'MCR', Pg: kid.page, MCID: kid.mcid })
						: context.obj({ Type: 'OBJR', Pg: kid.page, Obj: kid.annot });
				ordered.push({ key: kid.seq, value });
			}
			ordered.sort((a, b) => a.key - b.key);
			const dict = context.obj({
				Type: 'StructElem',
				S: node.role,
				P: parent,
				K: ordered.map((entry) => entry.value),
			});
			if (node.scope !== undefined)
				dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: node.scope }));
			context.assign(ref, dict);
		};
		write(root, rootRef);

		const nums: (PDFNumber | PDFArray | PDFRef)[] = [];
		pageElements.forEach((elements, key) => {
			nums.push(PDFNumber.of(key));
			const array = context.obj(elements.map((node) => refs.get(node) ?? null));
			nums.push(context.register(array));
		});
		annots.forEach(({ annot, node }, index) => {
			const key = pageElements.length + index;
			const dict = context.lookup(annot, PDFDict);
			dict.set(PDFName.of('StructParent'), PDFNumber.of(key));
			const ref = refs.get(node);
			if (ref !== undefined) nums.push(PDFNumber.of(key), ref);
		});
		const rootRefOfDocument = refs.get(root);
		const treeRoot = context.obj({
			Type: 'StructTreeRoot',
			K: rootRefOfDocument ?? null,
			ParentTree: context.register(context.obj({ Nums: nums })),
			ParentTreeNextKey: pageElements.length + annots.length,
		});
		context.assign(rootRef, treeRoot);
		pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
		pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
	};

	return { page, finish };
}
