/**
 * The states whose breach-notice laws the checker knows beyond California's and Massachusetts'
 * own checks, as data: the deadline, what the notice must contain, what it may not say, how long
 * identity protection must last when Social Security numbers were exposed, and the notices to
 * regulators the file cannot show (given as notes). One generic check reads each table
 * (state-checks.ts); the registry gets one rule for each entry (rules-tables.ts), so that each
 * finding cites that state's statute. A state is a table here; California and Massachusetts also
 * keep their own files for what no table says.
 *
 * These tables summarise the statutes as amended to 2026; they are not legal advice, and a
 * clinic's counsel should confirm them.
 */

/** What a notice must say for a state: a field, and what it holds. */
export interface Content {
  path: 'patientRights.creditBureaus' | 'patientRights.agencies' | 'patientRights.securityFreeze';
  what: string;
}

export interface StateTable {
  name: string;
  /** Days from discovery to the notice, with the section that sets them. */
  deadline?: { days: number; cite: string };
  /** What the notice must contain, with the section that asks for it. */
  contents?: { items: Content[]; cite: string };
  /** Months of identity-theft prevention owed when these numbers were exposed. */
  protection?: { months: number; numbers: ('ssn' | 'taxpayer-id')[]; cite: string };
  /** The notice may not state how many residents were affected. */
  noCount?: { cite: string };
  /** The notices to regulators and others the clinic must also send. */
  reminders: { text: string; cite: string };
}

const BUREAUS: Content = {
  path: 'patientRights.creditBureaus',
  what: 'the toll-free numbers and addresses of the major credit reporting agencies',
};
const AGENCIES: Content = {
  path: 'patientRights.agencies',
  what: 'the telephone numbers and websites of the state and federal agencies that give identity-theft information (the Federal Trade Commission, the state attorney general)',
};

export const STATE_TABLES = {
  CA: {
    name: 'California',
    reminders: {
      text: 'If more than 500 California residents are notified, send a sample copy of the notice to the Attorney General.',
      cite: 'Cal. Civ. Code 1798.82(f)',
    },
  },
  MA: {
    name: 'Massachusetts',
    reminders: {
      text: 'Notify the Attorney General and the Office of Consumer Affairs and Business Regulation, as soon as practicable and without unreasonable delay, with the number of residents affected (which the notice to residents must not state). Read "What Happened" once more: the notice to residents may not describe the nature of the breach beyond what HIPAA requires.',
      cite: 'Mass. Gen. Laws ch. 93H, § 3(b)',
    },
  },
  NY: {
    name: 'New York',
    deadline: { days: 30, cite: 'N.Y. Gen. Bus. Law § 899-aa(2)' },
    contents: { items: [AGENCIES], cite: 'N.Y. Gen. Bus. Law § 899-aa(7)' },
    reminders: {
      text: 'Notify the Attorney General, the Department of State and the Division of State Police; a HIPAA covered entity also sends the Attorney General, within 5 business days, any breach report it makes to HHS.',
      cite: 'N.Y. Gen. Bus. Law § 899-aa(8), (9)',
    },
  },
  TX: {
    name: 'Texas',
    deadline: { days: 60, cite: 'Tex. Bus. & Com. Code § 521.053(b)' },
    reminders: {
      text: 'If the breach involves at least 250 Texas residents, notify the Attorney General (through its online form) within 30 days of determining that it occurred.',
      cite: 'Tex. Bus. & Com. Code § 521.053(i)',
    },
  },
  FL: {
    name: 'Florida',
    deadline: { days: 30, cite: 'Fla. Stat. § 501.171(4)(a)' },
    reminders: {
      text: 'If 500 or more Florida residents are affected, notify the Department of Legal Affairs within 30 days; if more than 1,000, also the nationwide credit reporting agencies.',
      cite: 'Fla. Stat. § 501.171(3), (5)',
    },
  },
  WA: {
    name: 'Washington',
    deadline: { days: 30, cite: 'RCW 19.255.010(8)' },
    contents: { items: [BUREAUS], cite: 'RCW 19.255.010(6)' },
    reminders: {
      text: 'If more than 500 Washington residents are notified, send the Attorney General a sample notice and the number of residents affected within 30 days of discovery.',
      cite: 'RCW 19.255.010(7)',
    },
  },
  IL: {
    name: 'Illinois',
    contents: {
      items: [
        BUREAUS,
        AGENCIES,
        {
          path: 'patientRights.securityFreeze',
          what: 'how to place a fraud alert or a security freeze',
        },
      ],
      cite: '815 ILCS 530/10(a)',
    },
    noCount: { cite: '815 ILCS 530/10(a)' },
    reminders: {
      text: 'A HIPAA covered entity that notifies HHS of a breach affecting more than 500 Illinois residents also notifies the Attorney General within 5 business days.',
      cite: '815 ILCS 530/50',
    },
  },
  CT: {
    name: 'Connecticut',
    deadline: { days: 60, cite: 'Conn. Gen. Stat. § 36a-701b(b)(1)' },
    protection: {
      months: 24,
      numbers: ['ssn', 'taxpayer-id'],
      cite: 'Conn. Gen. Stat. § 36a-701b(b)(2)(B)',
    },
    reminders: {
      text: 'Notify the Attorney General no later than the residents are notified.',
      cite: 'Conn. Gen. Stat. § 36a-701b(b)(2)(A)',
    },
  },
} as const satisfies Record<string, StateTable>;

export type State = keyof typeof STATE_TABLES;
