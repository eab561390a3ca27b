/**
 * Content collections: one per folder of content/, each validated by the schema shared with the
 * Node loader (src/lib/schema/catalogue.ts). Field comments live on those schemas.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { aid, criterion, dataItem, editor, guide, legalArticle } from './lib/schema/catalogue';
import { contentDir } from './integrations/content-dir';

const yaml = (folder: string) =>
	glob({ pattern: '*.{yaml,yml}', base: `${contentDir()}/${folder}` });

/** Legal articles: code, article, status, Légifrance link, versions, date checked. */
const legal = defineCollection({ loader: yaml('legal'), schema: legalArticle });
/** Data items of API Particulier and API Impôt particulier, with scopes and coverage. */
const data = defineCollection({ loader: yaml('data'), schema: dataItem });
/** Eligibility conditions and the data (or manual proof) behind each. */
const criteria = defineCollection({ loader: yaml('criteria'), schema: criterion });
/** Typical CCAS aids and their usual conditions. */
const aids = defineCollection({ loader: yaml('aids'), schema: aid });
/** Software editors connected to API Particulier. */
const editors = defineCollection({ loader: yaml('editors'), schema: editor });
/** Guides written in MDX. */
const guides = defineCollection({
	loader: glob({ pattern: '*.mdx', base: `${contentDir()}/guides` }),
	schema: guide,
});

export const collections = { legal, data, criteria, aids, editors, guides };
