import { warn } from '../internal/authoring.js';
import type { NoticeChecklistItem } from './notice-checklist-item.js';

/**
 * Tells the page's author, once per step, what keeps a tick from being remembered: a step with no
 * id, two steps with one id, a list with no `notice-id`. For authors only (see authoring.ts).
 */
export class StepWarnings {
  private readonly warned = new WeakSet<NoticeChecklistItem>();
  private warnedNoId = false;

  constructor(private readonly tag: string) {}

  /** `added` are the steps new to the list, `all` the whole list. */
  check(added: NoticeChecklistItem[], all: NoticeChecklistItem[], remembered: boolean): void {
    const ids = new Map<string, number>();
    for (const item of all) if (item.id) ids.set(item.id, (ids.get(item.id) ?? 0) + 1);
    for (const item of added) {
      if (this.warned.has(item)) continue;
      if (!item.id) {
        this.warned.add(item);
        warn(
          this.tag,
          `the step "${item.stepTitle}" has no id, so its tick is not remembered. Give it an id that stays the same, such as id="monitor-statements".`,
        );
      } else if ((ids.get(item.id) ?? 0) > 1) {
        this.warned.add(item);
        warn(
          this.tag,
          `two steps have id="${item.id}"; they share one remembered tick. Give each its own id.`,
        );
      }
    }
    if (!remembered && added.length && !this.warnedNoId) {
      this.warnedNoId = true;
      warn(
        this.tag,
        'has no notice-id, so ticks are not remembered on the device. Add notice-id="…".',
      );
    }
  }
}
