import { checklistAsOf, checklistDateRange } from '../../cards/checklistFacts.js';
import type { ChecklistRequest } from '../../core/checklist/link.js';
import type { Content } from '../../core/content.js';
import type { AnswerLanguage, Translator } from '../../i18n.js';
import { escapeHtml as e } from '../pageTemplate.js';
import { contactsSection } from './contactsSection.js';
import { programmeSection } from './programmeSection.js';

/** Paths of the page's own stylesheet and script (same origin; the CSP allows nothing else). */
export const CHECKLIST_ASSETS = { css: '/checkliste/checklist.css', js: '/checkliste/checklist.js' } as const;

/** What the page is built from: the validated link, the content and a translator of the link's language. */
export interface ChecklistPageInput {
  request: ChecklistRequest;
  content: Content;
  t: Translator;
  /** The link of this page to forward: absolute with `PUBLIC_URL`, else a path the page's script completes. */
  shareUrl: string;
}

/** `<html lang>` for an answer language: Einfache Sprache is German. */
export const htmlLang = (language: string): string => (language === 'en' ? 'en' : 'de');

/** The head and the opening of the body, shared with the error page. */
export function documentStart(language: string, title: string): string {
  return `<!doctype html>
<html lang="${htmlLang(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CHECKLIST_ASSETS.css}">
<script src="${CHECKLIST_ASSETS.js}" defer></script>
</head>
<body>`;
}

function actions(input: ChecklistPageInput): string {
  const { t } = input;
  const mail = `mailto:?subject=${encodeURIComponent(t('checklist:page.emailSubject'))}&body=${encodeURIComponent(`${t('checklist:page.emailBody')}\n\n${input.shareUrl}`)}`;
  return `<nav class="actions" aria-label="${e(t('checklist:page.actions'))}">
<button type="button" id="print-button" hidden>${e(t('checklist:page.print'))}</button>
<a id="email-link" href="${e(mail)}" data-body="${e(t('checklist:page.emailBody'))}">${e(t('checklist:page.email'))}</a>
<a href="/">${e(t('checklist:page.toChat'))}</a>
</nav>`;
}

/**
 * The checklist page: header with title, region and the sources' dates, first steps, one section per programme,
 * the district's contact points, the disclaimer. Every text is ours; the link supplied only ids.
 */
export function checklistPage(input: ChecklistPageInput): string {
  const { request, content, t } = input;
  const language = request.language as AnswerLanguage;
  const locale = t('page.webChatLocale');
  const district = request.districtKey ? content.regions.districtsByKey.get(request.districtKey) : undefined;
  const context = { t, language, locale, ...(district ? { landschaftsverband: district.landschaftsverband } : {}) };
  const topics = request.topicIds.map((id) => content.knowledge.byId.get(id)!);
  const title = t('checklist:page.title');
  const firstSteps = t('checklist:firstSteps.items', { returnObjects: true }) as string[];
  return `${documentStart(language, `${title} – ${t('checklist:page.site')}`)}
<header class="page-header">
<p class="site">${e(t('checklist:page.site'))}</p>
<h1>${e(title)}</h1>
<p class="meta">${e(district ? t('checklist:page.region', { place: district.name }) : t('checklist:page.noRegion'))}<br>${e(checklistAsOf(checklistDateRange(content, request.topicIds, district), t, locale))}</p>
</header>
<main>
<p class="intro">${e(t('checklist:page.intro'))}</p>
${actions(input)}
<section class="first-steps" aria-labelledby="first-steps-heading">
<h2 id="first-steps-heading">${e(t('checklist:firstSteps.heading'))}</h2>
<ul class="todo">${firstSteps.map((step) => `<li>${e(step)}</li>`).join('')}</ul>
</section>
<section aria-labelledby="programmes-heading">
<h2 id="programmes-heading">${e(t('checklist:page.programmes'))}</h2>
${topics.map((topic) => programmeSection(topic, content.checklist.byTopic.get(topic.id), context)).join('\n')}
</section>
${contactsSection(content, district, t, locale)}
<p class="disclaimer">${e(t('checklist:page.disclaimer'))}</p>
</main>
</body>
</html>
`;
}

/** The friendly 400 page for a link that cannot be read, in the link's language when it named a valid one. */
export function checklistErrorPage(t: Translator, language: string): string {
  return `${documentStart(language, `${t('checklist:error.title')} – ${t('checklist:page.site')}`)}
<main>
<h1>${e(t('checklist:error.title'))}</h1>
<p>${e(t('checklist:error.text'))}</p>
<p><a href="/">${e(t('checklist:error.toChat'))}</a></p>
</main>
</body>
</html>
`;
}
