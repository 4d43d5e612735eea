import type { Content } from '../src/core/content.js';
import { isoDay } from '../src/core/knowledge/dates.js';
import { inCalendarYear, type LevyQuestion } from '../src/core/levy/index.js';
import type { MessageReader } from '../src/core/text/analysedMessage.js';
import { levyFigures, type Understand } from '../src/core/understand.js';
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

const datedFigures = new WeakMap<Pick<DialogServices, 'clock'>, MessageReader<LevyQuestion>>();

/** The levy figures of a message with a year named relative to today ("für dieses Jahr") made the calendar year of this turn. */
export function levyFiguresToday(services: Pick<DialogServices, 'clock'>): MessageReader<LevyQuestion> {
  let read = datedFigures.get(services);
  if (!read) datedFigures.set(services, (read = (message) => inCalendarYear(message.get(levyFigures), todayOf(services))));
  return read;
}
