import type { Content } from '../src/core/content.js';
import { isoDay } from '../src/core/knowledge/dates.js';
import type { Understand } from '../src/core/understand.js';
import type { Localizer } from '../src/i18n.js';
import type { CommandMatcher } from './commands.js';
import type { BotStateAccessors } from './context/state.js';

/** What every dialog may use: the content, the one `understand` function, translations and state. */
export interface DialogServices {
  content: Content;
  understand: Understand;
  localizer: Localizer;
  state: BotStateAccessors;
  commands: CommandMatcher;
  /** Idle minutes after which state is deleted (for the privacy answer). */
  stateTtlMinutes: number;
  /** The clock that decides which facts hold today (tests pass a fixed one); the system clock when absent. */
  clock?: () => Date;
  /** `PUBLIC_URL` (may be empty): the base of absolute links such as the checklist's. */
  publicUrl?: string;
}

/** The day of this turn as `YYYY-MM-DD`, from the services' clock. */
export const todayOf = (services: Pick<DialogServices, 'clock'>): string => isoDay(services.clock?.() ?? new Date());
