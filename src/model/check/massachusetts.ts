/** Massachusetts General Laws chapter 93H, § 3(b): the patient's rights. Applies with `--state MA`. */
import type { Notice } from '../notice.types.js';
import { requireAll, type Requirement } from './required.js';
import type { Report } from './rules.js';

const REQUIRED: Requirement[] = [
  {
    rule: 'maRights',
    path: 'patientRights.policeReport',
    message:
      'The notice does not tell patients of their right to obtain a police report. Massachusetts requires it. Add patientRights.policeReport.',
  },
  {
    rule: 'maRights',
    path: 'patientRights.securityFreeze',
    message:
      'The notice does not tell patients how to ask for a security freeze, free of charge, and what to give when asking. Massachusetts requires it. Add patientRights.securityFreeze.',
  },
];

export function massachusetts(n: Notice, report: Report) {
  requireAll(n, report, REQUIRED);
}
