import { render } from 'svelte/server';
import type { TendBridge } from '../../shared/contract';
import type { AnsweredRead, RenderFirstScreen } from '../../shared/first-screen';
import { installBridge } from '../app/bridge';
import { answeredAhead, answeredAlready } from '../app/read-ahead';
import { drawnWithoutTeam, isDrawnAhead, parseRoute, type DrawnRoute } from '../app/routes';
import { router } from '../app/router.svelte';
import { windowDay } from '../app/window-day.svelte';
import { people } from '../features/people/people-store.svelte';
import { attention } from '../features/today/attention-store.svelte';
import { draftNewerThan, type DraftStore } from '../features/journal/journal-actions';
import { weekStart, type WeekStart } from '../features/settings/week-start.svelte';
import FirstScreen from './FirstScreen.svelte';

function isWeekDay(day: unknown): day is WeekStart {
  return typeof day === 'number' && Number.isInteger(day) && day >= 0 && day <= 6;
}

/**
 * The week start the window counts from, as its first reads say: the one it asked who needs
 * attention with (its last session's). A page drawn without the team asks for that later
 * (app/first-reads.ts): it is drawn with the stored setting, which is the same unless another
 * window changed it since (the Journal's calendar, a Person page's trends once opened).
 */
function weekStartAsked(route: DrawnRoute, answers: readonly AnsweredRead[]): WeekStart | null {
  const count = answers.find((read) => read.method === 'attention.summary');
  const asked = (count?.input as { weekStartsOn?: unknown } | undefined)?.weekStartsOn;
  if (isWeekDay(asked)) return asked;
  if (count || !drawnWithoutTeam(route)) return null;
  const settings = answers.find((read) => read.method === 'settings.get')?.result;
  const stored = settings?.ok ? (settings.value as { weekStart?: unknown } | null)?.weekStart : undefined;
  return isWeekDay(stored) ? stored : null;
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
 * Whether the Journal's day can be drawn as the window will show it: its entry is answered, and the
 * window keeps no unsaved draft of it. A draft is the leader's newest text, in the window's private
 * storage; the host draws none of it, and a page drawn with the saved text would change under the
 * leader's eyes as the draft took its place — so such a day (rare: a save never acknowledged) is
 * left to the window. The kept entries are only looked at, never changed (draftNewerThan forgets a
 * stale draft: here that is a no-op).
 */
function journalDrawable(day: string): boolean {
  const entry = answeredAhead('journal.get', { day });
  const kept = answeredAhead('privateState.list', undefined);
  if (!entry || !kept) return false;
  const values = new Map(kept.map(({ key, value }) => [key, value]));
  const keptOnly: DraftStore = { getItem: (key) => values.get(key) ?? null, setItem: () => undefined, removeItem: () => undefined };
  return draftNewerThan(keptOnly, day, entry.revision) === null;
}

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
  const weekStartsOn = weekStartAsked(route, answers);
  if (weekStartsOn === null) return null;
  installBridge(STILL);
  answeredAlready(answers);
  try {
    router.route = route;
    windowDay.turn(now);
    weekStart.value = weekStartsOn;
    people.forget();
    attention.forget();
    // Asked for without the team (app/first-reads.ts), a page is drawn with the sidebar without
    // names or count, as the window's first render draws it until they are in; a person's page
    // draws the person from their own read.
    const team = people.showAnswered() && attention.showAnswered();
    if (!team && !drawnWithoutTeam(route)) return null;
    if (route.name === 'person' && !team) people.showPerson(route.id);
    if (route.name === 'person' && !people.byId(route.id)) return null;
    // A Prep sheet and a Journal day draw from their own reads.
    if (route.name === 'prep-person' && !answeredAhead('prep.forPerson', { personId: route.id })) return null;
    if (route.name === 'journal' && !journalDrawable(route.day ?? windowDay.day)) return null;
    const { head, body } = render(FirstScreen, { props: { route } });
    return { head, body };
  } finally {
    // The next screen starts from its own answers only.
    answeredAlready([]);
  }
};
