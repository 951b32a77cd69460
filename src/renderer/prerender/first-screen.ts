import { render } from 'svelte/server';
import type { TendBridge } from '../../shared/contract';
import type { AnsweredRead, RenderFirstScreen } from '../../shared/first-screen';
import { installBridge } from '../app/bridge';
import { answeredAhead, answeredAlready } from '../app/read-ahead';
import { isDrawnAhead, parseRoute } from '../app/routes';
import { router } from '../app/router.svelte';
import { windowDay } from '../app/window-day.svelte';
import { people } from '../features/people/people-store.svelte';
import { attention } from '../features/today/attention-store.svelte';
import { weekStart, type WeekStart } from '../features/settings/week-start.svelte';
import FirstScreen from './FirstScreen.svelte';

function isWeekStart(input: unknown): input is { weekStartsOn: WeekStart } {
  const day = (input as { weekStartsOn?: unknown } | null)?.weekStartsOn;
  return typeof day === 'number' && Number.isInteger(day) && day >= 0 && day <= 6;
}

/**
 * Nothing is asked while drawing: the views draw from the answers already in (answeredAhead), and
 * what they start to listen for or to read again is never answered, here where no window lives.
 */
const STILL: TendBridge = {
  invoke: () => new Promise(() => undefined),
  on: () => () => undefined,
};

/**
 * The route's first screen, drawn in the host (issue 21) with Svelte's server renderer from the same
 * components the window mounts, fed with the answers to the window's first reads: the window shows it
 * while its own code is still being evaluated, then replaces it with the live app (app/start.ts).
 * Null for a route not drawn ahead (isDrawnAhead) or a page the answers do not hold.
 * Text is escaped by Svelte; notes go through markdown.ts, which without a DOM escapes any note that
 * is not plain text rather than sanitising it.
 */
export const renderFirstScreen: RenderFirstScreen = (hash: string, answers: readonly AnsweredRead[], now: Date) => {
  const route = parseRoute(hash);
  if (!isDrawnAhead(route)) return null;
  // The stores are this module's own, shared by every screen it draws: each screen sets all that it
  // shows from its own answers, and draws none without them (no list or count left from the last).
  const count = answers.find((read) => read.method === 'attention.summary');
  if (!count || !isWeekStart(count.input)) return null;
  installBridge(STILL);
  answeredAlready(answers);
  try {
    router.route = route;
    windowDay.turn(now);
    // Counted from the week start the window asked with (its last session's), as the window counts.
    weekStart.value = count.input.weekStartsOn;
    if (!people.showAnswered() || !attention.showAnswered()) return null;
    // A person's page draws the person from the team (a Prep sheet from its own read, below).
    if (route.name === 'person' && !people.byId(route.id)) return null;
    if (route.name === 'prep-person' && !answeredAhead('prep.forPerson', { personId: route.id })) return null;
    const { head, body } = render(FirstScreen, { props: { route } });
    return { head, body };
  } finally {
    // The next screen starts from its own answers only.
    answeredAlready([]);
  }
};
