import { loadContent } from '../core/content.js';
import { ContentValidationError } from '../core/knowledge/validationError.js';

/** `npm run validate:data`: checks every file in data/ and locales/ and exits non-zero on a problem. */
try {
  const content = loadContent(process.cwd());
  const { knowledge, regions } = content;
  const contacts = regions.contacts.defaults.length + regions.contacts.regional.length;
  console.log(`data ok: ${knowledge.topics.length} topics in ${knowledge.topics[0] ? Object.keys(knowledge.topics[0].texts).length : 0} languages, ${regions.districts.length} districts, ${regions.municipalities.length} municipalities, ${contacts} contact entries`);
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
