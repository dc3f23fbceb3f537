// The checker's registry of rules: the README's table is written from it, and every finding the
// checker gives names one of its rules, with that rule's severity, from a law that applies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { rulesTable, withRulesTable } from '../../scripts/rules-table.mjs';
import { checkNotice, RULES, type Rule } from '../../src/model/check/index.js';
import { plainWords, type RuleId } from '../../src/model/check/rules.js';
import type { Notice } from '../../src/model/notice.types.js';
import { sample } from './check-cases.js';

const rules: Rule[] = Object.values(RULES);

/** A notice that breaks many rules at once, of every jurisdiction. */
function broken(): Notice {
  const n = structuredClone(sample);
  delete n.sections!.whatHappened;
  delete n.sections!.otherImportantInformation;
  delete n.lawEnforcementDelay;
  delete n.patientRights;
  delete n.translations!.es!.summary;
  n.translations!.es!.faq!['no-such-question'] = { question: '¿Qué?' };
  n.title = 'Important Notice';
  n.contact!.tollFreePhone = '(415) 555-0142';
  n.contact!.email = 'mailto:privacy@larkspurvalley.example';
  n.dates.postedUntil = '2027-01-19';
  n.dates.noticeDate = '2027-01-10';
  n.dates.updated = '2026-11-01';
  n.sections!.informationInvolved!.types.push({ label: 'SSNs', category: 'ssn' });
  return n;
}

describe('RULES', () => {
  it('is the README rules table (npm run docs:rules writes it)', async () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.equal(
      withRulesTable(readme, await rulesTable()),
      readme,
      'README.md is out of date with src/model/check/rules.ts: run npm run docs:rules',
    );
  });

  it('says each rule in one sentence of plain words, without field names', () => {
    for (const id of Object.keys(RULES) as RuleId[]) {
      const words = plainWords(id);
      assert.match(words, /^[A-Z].{15,400}\.$/, id);
      assert.doesNotMatch(words, /`|\b[a-z]+[A-Z]\w*\.|\bCFR\b|§/, `${id}: ${words}`);
    }
  });

  it('gives each rule a citation, a jurisdiction and a sentence of what is checked', () => {
    for (const rule of rules) {
      assert.ok(rule.citation.trim(), JSON.stringify(rule));
      assert.match(rule.checks, /^\S.*\.$/s, rule.citation);
    }
    const rows = new Set(rules.map((rule) => `${rule.citation} ${rule.checks}`));
    assert.equal(rows.size, rules.length, 'no rule is listed twice');
  });

  for (const states of [[], ['CA'], ['MA'], ['CA', 'MA']]) {
    it(`names a rule, its severity and a law that applies in every finding (states: ${states.join(', ') || 'none'})`, () => {
      const findings = checkNotice(broken(), { states, today: '2027-03-01' });
      assert.ok(findings.length >= 10);
      const applies = ['HIPAA', 'clinic-notice', ...states];
      for (const finding of findings) {
        const rule = rules.find(
          (r) =>
            r.citation === finding.rule &&
            r.severity === finding.severity &&
            applies.includes(r.jurisdiction),
        );
        assert.ok(rule, `no rule in the registry for ${JSON.stringify(finding)}`);
      }
      const seen = new Set(findings.map((finding) => finding.rule));
      for (const rule of rules.filter(
        (r) => !['HIPAA', 'clinic-notice'].includes(r.jurisdiction),
      )) {
        const expected = states.includes(rule.jurisdiction);
        assert.equal(seen.has(rule.citation), expected, `${rule.citation}, states ${states}`);
      }
    });
  }

  it('reports a file that breaks the schema under the schema rule', () => {
    const [finding] = checkNotice({}, {});
    assert.equal(finding.rule, RULES.schema.citation);
    assert.equal(finding.severity, RULES.schema.severity);
  });
});
