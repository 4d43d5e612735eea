import { loadContent } from '../core/content.js';
import { ContentValidationError } from '../core/knowledge/validationError.js';

/** `npm run validate:data`: checks every file in data/ and locales/ and exits non-zero on a problem. */
try {
  const content = loadContent(process.cwd());
  console.log(`data ok: ${content.knowledge.topics.length} topics`);
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
