import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Marks = { lang?: string; dir?: 'ltr' | 'rtl' };

/**
 * `<p ${markWords(this.language.marks)}>`: gives the element `lang` (and `dir`) when it holds the
 * element's own words in a language other than the page's, and removes them when it does not.
 */
class MarkWords extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('markWords() goes on an element');
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- update() reads the argument
  render(_marks: Marks) {
    return nothing;
  }

  override update(part: ElementPart, [marks]: [Marks]) {
    for (const name of ['lang', 'dir'] as const) {
      const value = marks[name];
      if (value) part.element.setAttribute(name, value);
      else part.element.removeAttribute(name);
    }
    return nothing;
  }
}

export const markWords = directive(MarkWords);
