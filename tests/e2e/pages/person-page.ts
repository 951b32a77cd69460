import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from './app-frame';
import { PersonForm } from './person-form';

export type GoalKind = 'goal' | 'challenge';
export type Sphere = 'personal' | 'professional';

export interface NoteFields {
  kind?: 'One-on-one' | 'Observation' | 'Praise' | 'Constructive feedback' | 'Other';
  body: string;
  /** YYYY-MM-DD */
  date?: string;
  /** 1–5 as the leader perceived it. */
  mood?: number;
  energy?: number;
}

/** A person's page (#/people/<id>): the header, its actions and every section below it. */
export class PersonPage {
  readonly frame: AppFrame;
  /** The page's article, named by the person's name; the header and later sections live in it. */
  readonly article: Locator;
  readonly name: Locator;
  readonly editButton: Locator;
  readonly archiveButton: Locator;
  readonly restoreButton: Locator;
  readonly moreButton: Locator;
  readonly form: PersonForm;
  readonly whatMatters: Locator;
  readonly goals: Locator;
  readonly challenges: Locator;
  readonly personal: Locator;
  readonly dates: Locator;
  readonly timeline: Locator;
  readonly invested: Locator;
  readonly commitments: Locator;
  readonly talkingPoints: Locator;
  /** Notes and progress rendered in the timeline right now (it is virtualised: not all of them). */
  readonly timelineEntries: Locator;
  readonly deleteDialog: Locator;

  constructor(readonly page: Page) {
    this.frame = new AppFrame(page);
    this.article = this.frame.content.getByRole('article').first();
    this.name = this.frame.content.getByRole('heading', { level: 1 });
    this.editButton = this.frame.content.getByRole('button', { name: 'Edit', exact: true });
    this.archiveButton = this.frame.content.getByRole('button', { name: 'Archive', exact: true });
    this.restoreButton = this.frame.content.getByRole('button', { name: 'Restore', exact: true });
    this.moreButton = this.frame.content.getByRole('button', { name: /^More actions for / });
    this.form = new PersonForm(page);
    const section = (name: RegExp) => this.frame.content.getByRole('region', { name });
    this.whatMatters = section(/^What matters/);
    this.goals = section(/^Goals/);
    this.challenges = section(/^Challenges/);
    this.personal = section(/^Family & personal/);
    this.dates = section(/^Important dates/);
    this.timeline = section(/^Timeline/);
    this.invested = this.frame.content.getByTestId('invested-strip');
    this.commitments = section(/^Commitments/);
    this.talkingPoints = section(/^For your next 1:1/);
    this.timelineEntries = this.timeline.getByRole('article');
    this.deleteDialog = page.getByRole('dialog');
  }

  /**
   * Scrolls the page to its end once the timeline has drawn what it last loaded: a scroll that lands
   * while a page is still on its way asks for nothing (one load at a time).
   */
  async scrollTimelineToEnd(): Promise<void> {
    await expect(this.timeline.locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
    await this.frame.content.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  }

  async goto(url: string, id: string, name: string): Promise<void> {
    await this.frame.open(`${url}#/people/${id}`);
    await this.expectPerson(name);
    await expect(this.timeline).toBeVisible();
  }

  async expectPerson(name: string): Promise<void> {
    await expect(this.name).toHaveText(name);
  }

  async openEditForm(): Promise<PersonForm> {
    await this.editButton.click();
    await expect(this.form.dialog).toBeVisible();
    return this.form;
  }

  /** The open inline form in a section (there is one at a time per place). */
  inlineForm(scope: Locator): Locator {
    return scope.getByRole('form').last();
  }

  async addMatter(what: string, why?: string): Promise<void> {
    const add = this.whatMatters.getByRole('button', { name: /^Add/ }).first();
    await add.click();
    const form = this.inlineForm(this.whatMatters);
    await expect(form.getByLabel(/^What matters to/)).toBeFocused();
    await form.getByLabel(/^What matters to/).fill(what);
    if (why) await form.getByLabel('Why it matters').fill(why);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(this.matter(what)).toBeVisible();
  }

  matter(what: string): Locator {
    return this.whatMatters.getByRole('listitem').filter({ hasText: what });
  }

  goalSection(kind: GoalKind): Locator {
    return kind === 'goal' ? this.goals : this.challenges;
  }

  async addGoal(kind: GoalKind, sphere: Sphere, title: string, fields: { detail?: string; targetOn?: string } = {}): Promise<void> {
    const section = this.goalSection(kind);
    await section.getByRole('button', { name: `Add ${sphere} ${kind}` }).click();
    const form = this.inlineForm(section);
    await form.getByLabel('Title').fill(title);
    if (fields.detail) await form.getByLabel('Detail').fill(fields.detail);
    if (fields.targetOn) await form.getByLabel('Target date').fill(fields.targetOn);
    await form.getByLabel('Title').press('Enter');
    await expect(form).toBeHidden();
    await expect(this.goal(kind, title)).toBeVisible();
  }

  /** A goal or challenge, found by its title. */
  goal(kind: GoalKind, title: string): Locator {
    return this.goalSection(kind).getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async addProgress(kind: GoalKind, title: string, body: string, status?: string): Promise<void> {
    const item = this.goal(kind, title);
    await item.getByRole('button', { name: 'Add progress' }).click();
    const form = item.getByRole('form');
    await form.getByLabel('Progress note').fill(body);
    if (status) await form.getByRole('radio', { name: status }).check();
    await form.getByRole('button', { name: 'Add progress' }).click();
    await expect(form).toBeHidden();
  }

  async addFamilyMember(name: string, relation: string, birthday?: string): Promise<void> {
    await this.personal.getByRole('button', { name: 'Add family member or pet' }).click();
    const form = this.inlineForm(this.personal);
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Relation').fill(relation);
    if (birthday) await form.getByLabel('Birthday').fill(birthday);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(form).toBeHidden();
  }

  async addDate(title: string, on: string, options: { yearly?: boolean; daysAhead?: string } = {}): Promise<void> {
    await this.dates.getByRole('button', { name: 'Add date' }).click();
    const form = this.inlineForm(this.dates);
    await form.getByLabel('What').fill(title);
    await form.getByLabel('Date').fill(on);
    if (options.daysAhead !== undefined) await form.getByLabel('Remind me').fill(options.daysAhead);
    if (options.yearly) await form.getByRole('switch', { name: 'Every year' }).check();
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(form).toBeHidden();
  }

  dateRow(title: string): Locator {
    return this.dates.getByRole('listitem').filter({ hasText: title });
  }

  /** The note composer, opened with the page's `N` shortcut or the New note button. */
  composer(): Locator {
    return this.timeline.getByRole('form', { name: /^(New note|Edit note)/ });
  }

  async fillNote(form: Locator, note: NoteFields): Promise<void> {
    if (note.kind) await form.getByLabel('Kind').selectOption({ label: note.kind });
    if (note.date) await form.getByLabel('Date').fill(note.date);
    await form.getByLabel('Note', { exact: true }).fill(note.body);
    if (note.mood) await form.getByRole('radiogroup', { name: /^Mood/ }).getByRole('radio', { name: new RegExp(`^${note.mood} of 5`) }).check();
    if (note.energy) await form.getByRole('radiogroup', { name: /^Energy/ }).getByRole('radio', { name: new RegExp(`^${note.energy} of 5`) }).check();
  }

  async addNote(note: NoteFields, via: 'button' | 'shortcut' = 'button'): Promise<void> {
    if (via === 'shortcut') {
      await this.name.focus();
      await this.page.keyboard.press('n');
    } else {
      await this.timeline.getByRole('button', { name: /^New note/ }).click();
    }
    const form = this.composer();
    await expect(form.getByLabel('Note', { exact: true })).toBeFocused();
    await this.fillNote(form, note);
    await form.getByRole('button', { name: 'Add note' }).click();
    await expect(form).toBeHidden();
  }

  /** A rendered note or progress entry containing `text`. */
  entry(text: string): Locator {
    return this.timelineEntries.filter({ hasText: text });
  }

  async openDeleteDialog(): Promise<Locator> {
    await this.moreButton.click();
    await this.page.getByRole('menuitem', { name: /^Delete / }).click();
    await expect(this.deleteDialog).toBeVisible();
    return this.deleteDialog;
  }
}
